/**
 * styles.xml as the patching writer grows it: equal entries already in the part are found
 * (whatever the whitespace between their tags or the order of their attributes), new ones are
 * appended once, and existing indices never move.
 */
import { StyleBook } from '../../../src/adapters/xlsx/patch/style-book';
import { thinBorderXml } from '../../../src/adapters/xlsx/patch/style-xml';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const THIN_SPACED = thinBorderXml('').replace(/></g, '>\n  <');

function stylesXml(xfs: string, borders = '<border><left/><right/><top/><bottom/><diagonal/></border>'): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${NS}">` +
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.00%"/></numFmts>' +
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    `<borders count="2">${borders}</borders>` +
    `<cellXfs count="3">${xfs}</cellXfs></styleSheet>`
  );
}

const items = (xml: string, collection: string, item: string): string[] =>
  new RegExp(`<${collection}[^>]*>(.*)</${collection}>`, 's').exec(xml)![1]!.match(new RegExp(`<${item}\\b[^>]*?(?:/>|>.*?</${item}>)`, 'gs')) ?? [];

describe('StyleBook', () => {
  test('a border of the part equal to the thin border but for its whitespace is reused, not appended', () => {
    const xml = stylesXml('<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>', `<border><left/><right/><top/><bottom/><diagonal/></border>${THIN_SPACED}`);
    const book = new StyleBook(xml, 'xl/styles.xml');
    const xf = book.generated({ border: true }, undefined);
    const out = book.serialize();
    expect(items(out, 'borders', 'border')).toHaveLength(2);
    expect(items(out, 'cellXfs', 'xf')[xf]).toContain('borderId="1"');
  });

  test('an xf of the part with the same attributes in another order, and its alignment, is found by a restyle', () => {
    const xml = stylesXml(
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>' +
        '<xf fontId="0" numFmtId="0" borderId="0" fillId="0"><alignment wrapText="1"/></xf>' +
        '<xf borderId="0" applyNumberFormat="1" fillId="0" fontId="0" numFmtId="164"><alignment wrapText="1"/></xf>',
    );
    const book = new StyleBook(xml, 'xl/styles.xml');
    expect(book.restyle(1, { numFmt: '0.00%' })).toBe(2);
    expect(book.serialize()).toBe(xml);
  });

  test('a restyle keeps the xf children and appends one new xf however often it is asked', () => {
    const xml = stylesXml('<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0"><alignment horizontal="center"/></xf>');
    const book = new StyleBook(xml, 'xl/styles.xml');
    const first = book.restyle(1, { fill: 'error' });
    expect(book.restyle(1, { fill: 'error' })).toBe(first);
    const out = book.serialize();
    const xfs = items(out, 'cellXfs', 'xf');
    expect(xfs).toHaveLength(3);
    expect(first).toBe(2);
    expect(xfs[2]).toContain('<alignment horizontal="center"/>');
    expect(items(out, 'fills', 'fill')).toHaveLength(3);
    // Existing entries keep their indices: the part's own items come first, unchanged.
    expect(xfs.slice(0, 2)).toEqual(items(xml, 'cellXfs', 'xf'));
  });

  test('generated cells share an xf per style and number format, and a second run over the output adds nothing', () => {
    const xml = stylesXml('<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>');
    const run = (styles: string): { out: string; ids: number[] } => {
      const book = new StyleBook(styles, 'xl/styles.xml');
      const ids = [
        book.generated({ bold: true, border: true }, undefined),
        book.generated({ bold: true, border: true }, undefined),
        book.generated({ bold: true, border: true }, '0.00'),
        book.generated({ border: true, align: 'center', wrap: true }, undefined),
        book.generated({ fill: 'warning' }, '0.00%'),
        book.generated(undefined, undefined),
      ];
      return { out: book.serialize(), ids };
    };
    const first = run(xml);
    expect(first.ids[0]).toBe(first.ids[1]);
    expect(new Set(first.ids).size).toBe(5);
    expect(first.ids[5]).toBe(0);
    const second = run(first.out);
    expect(second.ids).toEqual(first.ids);
    expect(second.out).toBe(first.out);
  });
});
