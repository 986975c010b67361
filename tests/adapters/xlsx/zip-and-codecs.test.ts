import { strToU8, unzipSync, Zip, ZipDeflate, ZipPassThrough, zipSync } from 'fflate';
import { patchXlsx } from '../../../src/adapters/xlsx/patch-xlsx';
import { readXlsx } from '../../../src/adapters/xlsx/read-xlsx';
import { fflateCodec, nodeZlibCodec, type RawDeflateCodec } from '../../../src/adapters/xlsx/zip/raw-deflate';
import { concatBytes } from '../../../src/adapters/xlsx/zip/concat-bytes';
import { releaseBytes } from '../../../src/adapters/xlsx/zip/release-bytes';
import { buildPackage, worksheetXml } from './helpers/build-package';
import { unzipParts } from './helpers/zip-bytes';
import { rowsOf } from '../../helpers/sheet-rows';

/** The same package re-zipped as a streaming writer does: data descriptors, some parts stored. */
function streamingZip(parts: Map<string, Uint8Array>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, data) => {
    if (err) throw err;
    chunks.push(data);
  });
  for (const [name, data] of parts) {
    const file = name.endsWith('.rels') ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 9 });
    zip.add(file);
    file.push(data, true);
  }
  zip.end();
  return concatBytes(chunks);
}

const codecs: RawDeflateCodec[] = [fflateCodec, nodeZlibCodec()].filter((c): c is RawDeflateCodec => c !== undefined);

describe('zip layer', () => {
  const original = buildPackage({
    sheets: [{ name: 'S', xml: worksheetXml('<row r="1"><c r="A1"><v>1</v></c><c r="B1" t="inlineStr"><is><t>dua</t></is></c></row>') }],
  });

  test('reads and patches a zip with data descriptors and stored entries', () => {
    const streamed = streamingZip(unzipParts(original));
    expect(readXlsx(streamed)).toEqual(readXlsx(original));
    const out = patchXlsx(streamed, { cells: [{ sheet: 'S', row: 0, col: 2, content: { kind: 'number', value: 3 } }], sheets: [] });
    expect(rowsOf(readXlsx(out).sheets[0]!)[0]!.map((c) => c?.value)).toEqual([1, 'dua', 3]);
    const before = unzipParts(streamed);
    const after = unzipSync(out);
    for (const [name, data] of before) {
      if (name !== 'xl/workbook.xml' && name !== 'xl/worksheets/sheet1.xml') expect(after[name]).toEqual(data);
    }
  });

  test.each(codecs.map((c) => [c.name, c] as const))('%s inflates what it deflates and refuses a wrong size', (_name, codec) => {
    const data = strToU8('<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(500));
    const packed = codec.deflate(data);
    const same = (bytes: Uint8Array | undefined): boolean => bytes !== undefined && Buffer.compare(bytes, data) === 0;
    expect(same(codec.inflate(packed, data.length))).toBe(true);
    expect(codec.inflate(packed, data.length - 1)).toBeUndefined();
    expect(codec.inflate(packed, data.length + 1)).toBeUndefined();
    expect(codec.inflate(packed.subarray(0, packed.length >> 1), data.length)).toBeUndefined();
    for (const other of codecs) {
      expect(same(other.inflate(packed, data.length))).toBe(true);
      expect(other.crc32(data)).toBe(codec.crc32(data));
    }
    expect(codec.crc32(strToU8('123456789'))).toBe(0xcbf43926);
  });
});

describe('releasing an inflated part', () => {
  const bigSheet = worksheetXml(Array.from({ length: 3000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join(''));

  test.each(codecs.map((c) => [c.name, c] as const))('a large part %s inflated is handed back after use', (_name, codec) => {
    const data = strToU8(bigSheet);
    const inflated = codec.inflate(codec.deflate(data), data.length)!;
    releaseBytes(inflated);
    expect(inflated.length).toBe(0);
  });

  test('a view that shares its buffer, or a small buffer, is never released', () => {
    const whole = new Uint8Array(1 << 18).fill(7);
    const view = whole.subarray(16, 1 << 17);
    releaseBytes(view);
    expect([view.length, whole.length, whole[100]]).toEqual([(1 << 17) - 16, 1 << 18, 7]);
    // Node cuts small buffers from one shared pool: releasing one would empty its neighbours.
    const a = Buffer.from('satu');
    const b = Buffer.from('dua');
    releaseBytes(a);
    expect([a.toString(), b.toString()]).toEqual(['satu', 'dua']);
  });

  test('reading releases inflated sheets, never the file: a stored part stays readable', () => {
    const file = storedZip(unzipParts(buildPackage({ sheets: [{ name: 'S', xml: bigSheet }] })));
    const before = Uint8Array.from(file);
    const workbook = readXlsx(file);
    expect(workbook.sheets[0]!.cells.value(2999, 0)).toBe(2999);
    expect(Buffer.compare(Buffer.from(file), Buffer.from(before))).toBe(0);
    expect(readXlsx(file)).toEqual(workbook);
  });
});

/** The package with every part stored, uncompressed. */
function storedZip(parts: Map<string, Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(parts), { level: 0 });
}
