import fc from 'fast-check';
import { strToU8 } from 'fflate';
import { readSharedStrings } from '../../../src/adapters/xlsx/read/read-shared-strings';
import { XlsxReadError } from '../../../src/adapters/xlsx/xlsx-read-error';
import { encodeOoxmlEscapes, escapeXmlText } from '../../../src/adapters/xlsx/xml/xml-escape';
import { MAIN_NS } from './helpers/build-package';

type Form = 'plain' | 'preserve' | 'runs' | 'phonetic' | 'prefixed' | 'spaced';

/** Text as pieces that are never cut: a character (a surrogate pair whole) or an `_xHHHH_` escape. */
type Pieces = readonly string[];

/** The text in two runs, cut between two pieces. */
function halves(text: Pieces): [string, string] {
  const half = Math.floor(text.length / 2);
  return [text.slice(0, half).join(''), text.slice(half).join('')];
}

/** What an XML parser gives for `text` written in `form`: line ends normalised, run by run. */
function expectedText(text: Pieces, form: Form): string {
  const lines = (s: string): string => s.replace(/\r\n?/g, '\n');
  return form === 'runs' ? halves(text).map(lines).join('') : lines(text.join(''));
}

/** One string item as a writer may put it; every form reads back as `text`. */
function itemXml(text: Pieces, form: Form): string {
  const t = escapeXmlText(encodeOoxmlEscapes(text.join('')));
  switch (form) {
    case 'plain':
      return `<si><t>${t}</t></si>`;
    case 'preserve':
      return `<si><t xml:space="preserve">${t}</t></si>`;
    case 'runs': {
      const [a, b] = halves(text).map((s) => escapeXmlText(encodeOoxmlEscapes(s)));
      return `<si><r><t>${a}</t></r><r><rPr><b/></rPr><t xml:space="preserve">${b}</t></r></si>`;
    }
    case 'phonetic':
      return `<si><t>${t}</t><rPh sb="0" eb="1"><t>ヨミ</t></rPh></si>`;
    case 'prefixed':
      return `<x:si><x:t>${t}</x:t></x:si>`;
    case 'spaced':
      return `\r\n  <si>\n<t>${t}</t>\n</si>`;
  }
}

function table(items: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\r\n<sst xmlns="${MAIN_NS}" xmlns:x="${MAIN_NS}" count="${items.length}">${items.join('')}</sst>`;
}

/** Every item's text; and whether it shows text is told without the text, as its text would tell. */
const read = (xml: string, chunkBytes: number): string[] => {
  const table = readSharedStrings(strToU8(xml), 'sharedStrings.xml', chunkBytes);
  const texts = Array.from({ length: table.size }, (_, i) => table.text(i));
  expect(texts.map((_, i) => table.hasText(i))).toEqual(texts.map((t) => t.trim() !== ''));
  return texts;
};

describe('readSharedStrings', () => {
  it('reads entities, line ends, _xHHHH_ escapes, empty items and rich runs', () => {
    const xml = table([
      '<si><t>Sarana &amp; Prasarana &lt;5&gt;</t></si>',
      '<si><t>baris\r\ndua</t></si>',
      '<si><t>a_x000D_b _x005F_x0041_</t></si>',
      '<si/>',
      '<si><t/></si>',
      '<si><r><t>sa</t></r><r><t>tu</t></r></si>',
      '<si><t xml:space="preserve"> Kabupaten </t></si>',
    ]);
    expect(read(xml, 1 << 20)).toEqual(['Sarana & Prasarana <5>', 'baris\ndua', 'a\rb _x0041_', '', '', 'satu', ' Kabupaten ']);
  });

  it('gives every item back in order, in any form and whatever the chunk size', () => {
    const text = fc.array(fc.constantFrom('a', 'Z', ' ', '&', '<', '>', '"', 'é', '𝄞', '\n', '\r', '_x0041_', '%'), { maxLength: 12 });
    const form = fc.constantFrom<Form>('plain', 'preserve', 'runs', 'phonetic', 'prefixed', 'spaced');
    fc.assert(
      fc.property(fc.array(fc.tuple(text, form), { maxLength: 12 }), fc.integer({ min: 1, max: 96 }), (items, chunkBytes) => {
        const expected = items.map(([t, f]) => expectedText(t, f));
        const xml = table(items.map(([t, f]) => itemXml(t, f)));
        expect(read(xml, chunkBytes)).toEqual(expected);
        expect(read(xml, 1 << 20)).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('still refuses a broken table', () => {
    const afterEmptyRoot = `<sst xmlns="${MAIN_NS}"/><si><t>a</t></si>`;
    for (const broken of [table(['<si><t>a</t></si>', '<si><t>b</si>']), table(['<si><t>a &bogus; b</t></si>']), afterEmptyRoot]) {
      expect(() => read(broken, 1 << 20)).toThrow(XlsxReadError);
    }
  });
});
