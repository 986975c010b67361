import fc from 'fast-check';
import { TextEdits } from '../../../src/adapters/xlsx/patch/text-edits';
import { Utf8Builder } from '../../../src/adapters/xlsx/xml/utf8-builder';

const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

describe('Utf8Builder', () => {
  it('gives the UTF-8 of the joined pieces, whatever the first guess of the size', () => {
    const piece = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('é', '≥', '𝔸', 'Rp 1.000', ''));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(200), (pieces, expected) => {
        const builder = new Utf8Builder(expected);
        for (const p of pieces) builder.append(p);
        expect(Array.from(builder.bytes())).toEqual(Array.from(new TextEncoder().encode(pieces.join(''))));
      }),
      { numRuns: 300 },
    );
  });

  it('encodes batches larger than one flush, across a grown buffer', () => {
    const builder = new Utf8Builder(10);
    const big = 'ä'.repeat(70_000);
    builder.append('<a>');
    builder.append(big);
    builder.append('</a>');
    expect(decode(builder.bytes())).toBe(`<a>${big}</a>`);
  });
});

describe('TextEdits.applyAsUtf8', () => {
  it('equals the UTF-8 of the edited text', () => {
    const edit = fc.record({ at: fc.nat(60), length: fc.nat(5), text: fc.string({ unit: 'grapheme', maxLength: 8 }) });
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 60, maxLength: 80 }), fc.array(edit, { maxLength: 6 }), (original, raw) => {
        // Edits that do not overlap and do not cut a character in two, as the patcher makes them (at tags).
        const inside = (i: number): boolean => i > 0 && i < original.length && /[\uDC00-\uDFFF]/.test(original[i]!);
        const edits = new TextEdits();
        let pos = 0;
        for (const e of [...raw].sort((a, b) => a.at - b.at)) {
          if (e.at < pos || e.at + e.length > original.length || inside(e.at) || inside(e.at + e.length)) continue;
          edits.replace(e.at, e.at + e.length, e.text);
          pos = e.at + e.length;
        }
        const bytes = edits.applyAsUtf8(original);
        expect(decode(bytes)).toBe(edits.apply(original));
      }),
      { numRuns: 300 },
    );
  });
});
