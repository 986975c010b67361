import { badZipError } from '../read-errors';
import type { ZipEntry } from './zip-entry';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END_OF_CENTRAL_DIRECTORY = 0x06064b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const ZIP64_EXTRA_ID = 0x0001;
const MAX_COMMENT_LENGTH = 0xffff;
const U32_MAX = 0xffffffff;

const nameDecoder = new TextDecoder('utf-8');

function u64(view: DataView, offset: number): number {
  return view.getUint32(offset, true) + view.getUint32(offset + 4, true) * 0x100000000;
}

interface DirectoryLocation {
  readonly count: number;
  readonly offset: number;
}

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - MAX_COMMENT_LENGTH);
  for (let i = last; i >= first; i--) {
    if (view.getUint32(i, true) === END_OF_CENTRAL_DIRECTORY) return i;
  }
  throw badZipError('reasonNoEndOfCentralDirectory');
}

function locateDirectory(view: DataView): DirectoryLocation {
  const eocd = findEndOfCentralDirectory(view);
  const count = view.getUint16(eocd + 10, true);
  const offset = view.getUint32(eocd + 16, true);
  const locator = eocd - 20;
  if ((count === 0xffff || offset === U32_MAX) && locator >= 0 && view.getUint32(locator, true) === ZIP64_END_LOCATOR) {
    const zip64 = u64(view, locator + 8);
    if (zip64 + 56 > view.byteLength || view.getUint32(zip64, true) !== ZIP64_END_OF_CENTRAL_DIRECTORY) {
      throw badZipError('reasonNoEndOfCentralDirectory');
    }
    return { count: u64(view, zip64 + 32), offset: u64(view, zip64 + 48) };
  }
  return { count, offset };
}

interface Zip64Sizes {
  uncompressedSize: number;
  compressedSize: number;
  localHeaderOffset: number;
}

/** Replaces the 0xFFFFFFFF placeholders by the values of the zip64 extra field. */
function applyZip64Extra(view: DataView, start: number, end: number, sizes: Zip64Sizes): void {
  let p = start;
  while (p + 4 <= end) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === ZIP64_EXTRA_ID) {
      let q = p + 4;
      const next = (): number => {
        const value = q + 8 <= end ? u64(view, q) : U32_MAX;
        q += 8;
        return value;
      };
      if (sizes.uncompressedSize === U32_MAX) sizes.uncompressedSize = next();
      if (sizes.compressedSize === U32_MAX) sizes.compressedSize = next();
      if (sizes.localHeaderOffset === U32_MAX) sizes.localHeaderOffset = next();
      return;
    }
    p += 4 + size;
  }
}

function dataOffsetOf(view: DataView, name: string, localHeaderOffset: number): number {
  if (localHeaderOffset + 30 > view.byteLength || view.getUint32(localHeaderOffset, true) !== LOCAL_FILE_HEADER) {
    throw badZipError('reasonEntryOutOfBounds', { name });
  }
  return localHeaderOffset + 30 + view.getUint16(localHeaderOffset + 26, true) + view.getUint16(localHeaderOffset + 28, true);
}

/** Reads the central directory of a zip archive; no entry is inflated. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.byteLength < 22) throw badZipError('reasonNoEndOfCentralDirectory');
  const { count, offset } = locateDirectory(view);
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > view.byteLength || view.getUint32(p, true) !== CENTRAL_FILE_HEADER) {
      throw badZipError('reasonNoEndOfCentralDirectory');
    }
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const nameStart = p + 46;
    const extraEnd = nameStart + nameLength + extraLength;
    if (extraEnd + commentLength > view.byteLength) throw badZipError('reasonNoEndOfCentralDirectory');
    const nameBytes = bytes.subarray(nameStart, nameStart + nameLength);
    const name = nameDecoder.decode(nameBytes);
    if (seen.has(name)) throw badZipError('reasonDuplicateEntry', { name });
    seen.add(name);
    const sizes: Zip64Sizes = {
      compressedSize: view.getUint32(p + 20, true),
      uncompressedSize: view.getUint32(p + 24, true),
      localHeaderOffset: view.getUint32(p + 42, true),
    };
    applyZip64Extra(view, nameStart + nameLength, extraEnd, sizes);
    const dataOffset = dataOffsetOf(view, name, sizes.localHeaderOffset);
    if (dataOffset + sizes.compressedSize > view.byteLength) throw badZipError('reasonEntryOutOfBounds', { name });
    entries.push({
      name,
      nameBytes,
      versionMadeBy: view.getUint16(p + 4, true),
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      dosTime: view.getUint16(p + 12, true),
      dosDate: view.getUint16(p + 14, true),
      crc32: view.getUint32(p + 16, true),
      compressedSize: sizes.compressedSize,
      uncompressedSize: sizes.uncompressedSize,
      externalAttributes: view.getUint32(p + 38, true),
      dataOffset,
    });
    p = extraEnd + commentLength;
  }
  return entries;
}
