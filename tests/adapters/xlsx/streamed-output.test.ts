import fc from 'fast-check';
import { inflateSync } from 'fflate';
import { TextEdits } from '../../../src/adapters/xlsx/patch/text-edits';
import { Utf8ChunkWriter } from '../../../src/adapters/xlsx/xml/utf8-chunks';
import { CompressingWriter } from '../../../src/adapters/xlsx/zip/compressing-writer';
import { crc32 } from '../../../src/adapters/xlsx/zip/crc32';
import { fflateCodec, nodeZlibCodec, type RawDeflateCodec } from '../../../src/adapters/xlsx/zip/raw-deflate';

const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
const piece = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('é', '≥', '𝔸', 'Rp 1.000', ''));

describe('Utf8ChunkWriter', () => {
  it('hands over the UTF-8 of the joined pieces in chunks of at most its size, never cutting a character', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.integer({ min: 1, max: 64 }), (pieces, size) => {
        const chunks: Uint8Array[] = [];
        const writer = new Utf8ChunkWriter(size, (bytes) => chunks.push(bytes.slice()));
        for (const p of pieces) writer.write(p);
        writer.end();
        expect(chunks.every((c) => c.length > 0 && c.length <= Math.max(16, size))).toBe(true);
        // Each chunk decodes on its own: no character is split between two.
        expect(chunks.map((c) => new TextDecoder('utf-8', { fatal: true }).decode(c)).join('')).toBe(pieces.join(''));
      }),
      { numRuns: 300 },
    );
  });

  it('encodes a batch larger than many chunks', () => {
    const chunks: Uint8Array[] = [];
    const writer = new Utf8ChunkWriter(1000, (bytes) => chunks.push(bytes.slice()));
    const big = 'ä'.repeat(70_000);
    writer.write('<a>');
    writer.write(big);
    writer.write('</a>');
    writer.end();
    expect(chunks.length).toBeGreaterThan(100);
    expect(chunks.map(decode).join('')).toBe(`<a>${big}</a>`);
  });
});

const codecs: RawDeflateCodec[] = [fflateCodec, nodeZlibCodec()].filter((c): c is RawDeflateCodec => c !== undefined);

describe.each(codecs.map((c) => [c.name, c] as const))('CompressingWriter with %s', (_name, codec) => {
  it('gives one deflate stream of the whole text, with its CRC and size, whatever the piece size', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.integer({ min: 16, max: 200 }), (pieces, pieceBytes) => {
        const writer = new CompressingWriter(codec, pieceBytes);
        for (const p of pieces) writer.write(p);
        const out = writer.finish();
        const expected = new TextEncoder().encode(pieces.join(''));
        expect(out.uncompressedSize).toBe(expected.length);
        expect(out.crc32).toBe(crc32(expected));
        for (const reader of codecs) expect(Array.from(reader.inflate(out.compressed, expected.length) ?? [])).toEqual(Array.from(expected));
      }),
      { numRuns: 150 },
    );
  });

  it('compresses a large sheet about as well as one deflate of it', () => {
    const row = (r: number): string => `<row r="${r}"><c r="A${r}" t="s"><v>${r % 97}</v></c><c r="B${r}"><v>${r * 1.5}</v></c></row>`;
    const text = Array.from({ length: 40_000 }, (_, i) => row(i + 1)).join('');
    const writer = new CompressingWriter(codec);
    for (let i = 0; i < text.length; i += 5_000) writer.write(text.slice(i, i + 5_000));
    const out = writer.finish();
    const whole = codec.deflate(new TextEncoder().encode(text));
    expect(decode(inflateSync(out.compressed))).toBe(text);
    expect(out.compressed.length).toBeLessThan(whole.length * 1.02);
  });
});

describe('crc32', () => {
  it('continues from the CRC of the bytes before', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), fc.uint8Array({ maxLength: 100 }), (a, b) => {
        const both = new Uint8Array([...a, ...b]);
        for (const codec of codecs) expect(codec.crc32(b, codec.crc32(a))).toBe(crc32(both));
      }),
    );
  });
});

describe('TextEdits', () => {
  const edit = fc.record({ at: fc.nat(60), length: fc.nat(5), text: fc.string({ unit: 'grapheme', maxLength: 8 }) });

  it('written out in stretches, gives the same text as applied at once', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 60, maxLength: 80 }), fc.array(edit, { maxLength: 8 }), fc.array(fc.nat(80), { maxLength: 4 }), (original, raw, cuts) => {
        const accepted: { at: number; end: number; text: string }[] = [];
        let pos = 0;
        for (const e of [...raw].sort((a, b) => a.at - b.at)) {
          if (e.at < pos || e.at + e.length > original.length) continue;
          accepted.push({ at: e.at, end: e.at + e.length, text: e.text });
          pos = e.at + e.length;
        }
        const whole = new TextEdits();
        for (const e of accepted) whole.replace(e.at, e.end, e.text);
        const expected = whole.apply(original);

        // A stop never falls inside an edit (the patcher stops at the end of a row); within a
        // stretch, edits at different offsets arrive in any order (a row's edits do), those at one
        // offset in the order they are to appear.
        const stops = [...cuts.filter((c) => c <= original.length && !accepted.some((e) => e.at < c && c < e.end)), original.length].sort((a, b) => a - b);
        const streamed = new TextEdits();
        let out = '';
        let left = accepted;
        for (const stop of stops) {
          const due = left.filter((e) => e.end <= stop);
          left = left.filter((e) => e.end > stop);
          for (const e of [...due].sort((a, b) => b.at - a.at)) streamed.replace(e.at, e.end, e.text);
          // Only the text not yet written is at hand, as a pinned cursor holds it.
          const from = streamed.writtenUpTo;
          streamed.writeUpTo(original.slice(from), from, stop, (p) => (out += p));
        }
        expect(out).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses an edit before what is already written, and overlapping edits', () => {
    const edits = new TextEdits();
    edits.replace(2, 4, 'x');
    edits.writeUpTo('abcdefgh', 0, 5, () => undefined);
    expect(() => edits.replace(3, 3, 'y')).toThrow(/already written/);
    edits.replace(5, 7, 'p');
    edits.replace(6, 8, 'q');
    expect(() => edits.writeUpTo('fgh', 5, 8, () => undefined)).toThrow(/overlapping/);
  });
});
