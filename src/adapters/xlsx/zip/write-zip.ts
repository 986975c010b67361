import { rawDeflateCodec } from './raw-deflate';
import { ZIP_FLAG_DATA_DESCRIPTOR, ZIP_FLAG_UTF8_NAME, ZIP_METHOD_DEFLATE, type ZipEntry } from './zip-entry';

/** New content of an entry, deflated as soon as it is made so that only the compressed bytes wait for the zip. */
export interface CompressedContent {
  readonly crc32: number;
  readonly uncompressedSize: number;
  readonly compressed: Uint8Array;
}

export function compressContent(data: Uint8Array): CompressedContent {
  return { crc32: rawDeflateCodec.crc32(data), uncompressedSize: data.length, compressed: rawDeflateCodec.deflate(data) };
}

/** An entry of the output: either copied compressed as it is from the input, or new content. */
export type ZipOutputEntry =
  | { readonly kind: 'copy'; readonly entry: ZipEntry }
  | { readonly kind: 'new'; readonly name: string; readonly content: CompressedContent; readonly like?: ZipEntry };

interface PreparedEntry {
  readonly nameBytes: Uint8Array;
  readonly flags: number;
  readonly method: number;
  readonly dosTime: number;
  readonly dosDate: number;
  readonly crc32: number;
  readonly uncompressedSize: number;
  readonly compressed: Uint8Array;
  readonly versionMadeBy: number;
  readonly externalAttributes: number;
}

const VERSION_NEEDED = 20;
/** 1980-01-01 00:00, so that the same plan gives the same bytes. */
const FIXED_DOS_DATE = 0x0021;
const encoder = new TextEncoder();

function prepare(archive: Uint8Array, out: ZipOutputEntry): PreparedEntry {
  if (out.kind === 'copy') {
    const e = out.entry;
    return {
      nameBytes: e.nameBytes,
      flags: e.flags & ~ZIP_FLAG_DATA_DESCRIPTOR,
      method: e.method,
      dosTime: e.dosTime,
      dosDate: e.dosDate,
      crc32: e.crc32,
      uncompressedSize: e.uncompressedSize,
      compressed: archive.subarray(e.dataOffset, e.dataOffset + e.compressedSize),
      versionMadeBy: e.versionMadeBy,
      externalAttributes: e.externalAttributes,
    };
  }
  const nameBytes = encoder.encode(out.name);
  const ascii = nameBytes.length === out.name.length;
  return {
    nameBytes,
    flags: ascii ? 0 : ZIP_FLAG_UTF8_NAME,
    method: ZIP_METHOD_DEFLATE,
    dosTime: out.like?.dosTime ?? 0,
    dosDate: out.like?.dosDate ?? FIXED_DOS_DATE,
    crc32: out.content.crc32,
    uncompressedSize: out.content.uncompressedSize,
    compressed: out.content.compressed,
    versionMadeBy: out.like?.versionMadeBy ?? VERSION_NEEDED,
    externalAttributes: out.like?.externalAttributes ?? 0,
  };
}

function writeCommonFields(view: DataView, p: number, e: PreparedEntry): void {
  view.setUint16(p, e.flags, true);
  view.setUint16(p + 2, e.method, true);
  view.setUint16(p + 4, e.dosTime, true);
  view.setUint16(p + 6, e.dosDate, true);
  view.setUint32(p + 8, e.crc32, true);
  view.setUint32(p + 12, e.compressed.length, true);
  view.setUint32(p + 16, e.uncompressedSize, true);
  view.setUint16(p + 20, e.nameBytes.length, true);
  view.setUint16(p + 22, 0, true);
}

/** A complete new zip archive holding `outputs` in order. */
export function writeZip(archive: Uint8Array, outputs: readonly ZipOutputEntry[]): Uint8Array {
  const prepared = outputs.map((o) => prepare(archive, o));
  let localSize = 0;
  let centralSize = 0;
  for (const e of prepared) {
    localSize += 30 + e.nameBytes.length + e.compressed.length;
    centralSize += 46 + e.nameBytes.length;
  }
  const result = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(result.buffer);
  const offsets: number[] = [];
  let p = 0;
  for (const e of prepared) {
    offsets.push(p);
    view.setUint32(p, 0x04034b50, true);
    view.setUint16(p + 4, VERSION_NEEDED, true);
    writeCommonFields(view, p + 6, e);
    result.set(e.nameBytes, p + 30);
    result.set(e.compressed, p + 30 + e.nameBytes.length);
    p += 30 + e.nameBytes.length + e.compressed.length;
  }
  prepared.forEach((e, i) => {
    view.setUint32(p, 0x02014b50, true);
    view.setUint16(p + 4, e.versionMadeBy, true);
    view.setUint16(p + 6, VERSION_NEEDED, true);
    writeCommonFields(view, p + 8, e);
    // comment length, disk, internal attributes stay 0
    view.setUint32(p + 38, e.externalAttributes, true);
    view.setUint32(p + 42, offsets[i]!, true);
    result.set(e.nameBytes, p + 46);
    p += 46 + e.nameBytes.length;
  });
  view.setUint32(p, 0x06054b50, true);
  view.setUint16(p + 8, prepared.length, true);
  view.setUint16(p + 10, prepared.length, true);
  view.setUint32(p + 12, centralSize, true);
  view.setUint32(p + 16, localSize, true);
  return result;
}
