/**
 * styles.xml: the reader takes the number format of every cell style and skips the rest by
 * searching for its end (`XmlCursor.skipUnreadElement`), walking tag by tag wherever a search
 * could be wrong.
 */
import { readCellNumberFormats } from '../../../src/adapters/xlsx/read/read-number-formats';
import { XlsxReadError } from '../../../src/adapters/xlsx/xlsx-read-error';
import { MAIN_NS } from './helpers/build-package';

const styles = (p: string, between: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><${p}styleSheet xmlns${p ? `:${p.slice(0, -1)}` : ''}="${MAIN_NS}">` +
  `<${p}numFmts count="2"><${p}numFmt numFmtId="164" formatCode="0.00%"/><${p}numFmt numFmtId="165" formatCode="#,##0.00 &quot;Rp&quot;"/></${p}numFmts>` +
  between +
  `<${p}cellXfs count="4"><${p}xf numFmtId="0"/><${p}xf numFmtId="164" applyNumberFormat="1"><${p}alignment horizontal="center"/></${p}xf>` +
  `<${p}xf numFmtId="3"/><${p}xf numFmtId="165"></${p}xf></${p}cellXfs>` +
  `<${p}dxfs count="1"><${p}dxf><${p}numFmt numFmtId="164" formatCode="0.0"/></${p}dxf></${p}dxfs></${p}styleSheet>`;

const EXPECTED = [undefined, '0.00%', '#,##0', '#,##0.00 "Rp"'];

const FONTS = '<fonts count="2"><font><b/><sz val="11"/><name val="Calibri"/></font><font><i/></font></fonts>';

describe('number formats of the cell styles', () => {
  test.each([
    ['fonts, fills and borders skipped by search', FONTS + '<fills><fill><patternFill patternType="none"/></fill></fills><borders><border><left/></border></borders>'],
    ['a comment inside a skipped element (walked instead)', '<fills><!-- </fills> in a comment --><fill/></fills>'],
    ['CDATA and a processing instruction inside skipped elements', '<fills><fill><![CDATA[</fills>]]></fill></fills><borders><?pi </borders>?></borders>'],
    ['an element of a longer name inside', '<colors><colorsX></colorsX></colors><fills><fillsExtra/></fills>'],
    ['an element of the same name inside', '<extLst><ext uri="x"><extLst></extLst></ext></extLst>'],
    ['a close tag with a space before `>`', '<fonts><font/></fonts  >'],
  ])('%s', (_, between) => {
    expect(readCellNumberFormats(styles('', between), 'xl/styles.xml')).toEqual(EXPECTED);
  });

  test('comments among and inside the xf of cellXfs (the search for markup is remembered between them)', () => {
    const xml =
      `<styleSheet xmlns="${MAIN_NS}"><numFmts><numFmt numFmtId="164" formatCode="0.00%"/></numFmts><cellXfs>` +
      '<xf numFmtId="3"><alignment/></xf><xf numFmtId="164"><!-- </xf> --><alignment/></xf><!-- x -->' +
      '<xf numFmtId="0"><alignment/></xf><xf numFmtId="164"><?pi </xf>?></xf><xf numFmtId="3"><alignment/></xf></cellXfs></styleSheet>';
    expect(readCellNumberFormats(xml, 'xl/styles.xml')).toEqual(['#,##0', '0.00%', undefined, '0.00%', '#,##0']);
  });

  test('with a namespace prefix', () => {
    expect(readCellNumberFormats(styles('x:', '<x:fonts count="1"><x:font><x:b/></x:font></x:fonts>'), 'xl/styles.xml')).toEqual(EXPECTED);
  });

  test('a numFmt inside dxfs is not a cell format', () => {
    expect(readCellNumberFormats(styles('', ''), 'xl/styles.xml')[1]).toBe('0.00%');
  });

  test('what follows a skipped element is still checked', () => {
    const broken = styles('', FONTS + '<fills></borders>');
    expect(() => readCellNumberFormats(broken, 'xl/styles.xml')).toThrow(XlsxReadError);
    expect(() => readCellNumberFormats(styles('', '<fonts><font/>'), 'xl/styles.xml')).toThrow(XlsxReadError);
  });
});
