import { strToU8, unzipSync, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { patchXlsx } from '../../../src/adapters/xlsx/patch-xlsx';
import { readXlsx } from '../../../src/adapters/xlsx/read-xlsx';
import { fflateCodec, nodeZlibCodec, type RawDeflateCodec } from '../../../src/adapters/xlsx/zip/raw-deflate';
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
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}

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

  const codecs: RawDeflateCodec[] = [fflateCodec, nodeZlibCodec()].filter((c): c is RawDeflateCodec => c !== undefined);

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
