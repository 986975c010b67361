import { strToU8 } from 'fflate';
import { SheetReader } from '../../../src/adapters/xlsx/read/read-sheet';
import { readSharedStrings, SharedStringTable } from '../../../src/adapters/xlsx/read/read-shared-strings';
import { XlsxReadError } from '../../../src/adapters/xlsx/xlsx-read-error';
import { chunkedXmlCursor } from '../../../src/adapters/xlsx/xml/chunked-xml';
import { MAIN_NS } from './helpers/build-package';
import { rowsOf } from '../../helpers/sheet-rows';

const SHEET =
  `\uFEFF<?xml version="1.0" encoding="UTF-8"?>\r\n<!-- dibuat <b>oleh</b> alat -->` +
  `<x:worksheet xmlns:x="${MAIN_NS}"><x:sheetData>` +
  '<x:row r="1" spans="1:4"><x:c r="A1" t="inlineStr"><x:is><x:t xml:space="preserve">Capaian ≥ 100% ✓ 𝄞\r\nbaris</x:t></x:is></x:c>' +
  '<x:c r="B1"><x:v>12345</x:v></x:c><x:c r="C1" t="str"><x:f>IF(B1&gt;0,"ya &amp; &lt;tidak&gt;","")</x:f><x:v>ya &amp; &lt;tidak&gt;</x:v></x:c>' +
  '<x:c r="D1" t="s"><x:v>1</x:v></x:c></x:row><?pi data?>' +
  '<x:row r="3"><x:c r="A3" t="inlineStr"><x:is><x:t><![CDATA[<tag> & "kutip" é]]></x:t></x:is></x:c>' +
  '<x:c r="B3" t="e"><x:v>#DIV/0!</x:v></x:c><x:c r="C3"><x:f t="shared" ref="C3:C4" si="0">B3*2</x:f><x:v>0</x:v></x:c></x:row>' +
  '<x:row r="4"><x:c r="C4"><x:f t="shared" si="0"/><x:v>-1.5E-3</x:v></x:c><x:c r="D4" t="b"><x:v>1</x:v></x:c></x:row>' +
  '</x:sheetData><x:conditionalFormatting sqref="A1"><x:cfRule type="containsText" text="a&gt;b" operator="containsText"/></x:conditionalFormatting>' +
  '<x:mergeCells count="1"><x:mergeCell ref="A5:D5"/></x:mergeCells></x:worksheet>';

const STRINGS = `<sst xmlns="${MAIN_NS}"><si><t>nol</t></si><si><r><t>sa</t></r><r><rPr><b/></rPr><t>tu é</t></r><rPh><t>x</t></rPh></si></sst>`;

function readSheet(xml: string, chunkBytes: number): unknown {
  const styles = { sharedStrings: readSharedStrings(strToU8(STRINGS), 's.xml', chunkBytes), numberFormats: [] };
  const content = new SheetReader(chunkedXmlCursor(strToU8(xml), 'sheet.xml', chunkBytes), styles).read();
  return { rows: rowsOf(content), merges: content.merges };
}

describe('reading a part in chunks', () => {
  const whole = readSheet(SHEET, 1 << 20);

  test('the whole-part read is right', () => {
    expect(whole).toMatchObject({
      rows: [
        [{ value: 'Capaian ≥ 100% ✓ 𝄞\nbaris' }, { value: 12345 }, { value: 'ya & <tidak>', formula: 'IF(B1>0,"ya & <tidak>","")' }, { value: 'satu é' }],
        undefined,
        [{ value: '<tag> & "kutip" é' }, { value: { error: '#DIV/0!' } }, { value: 0, formula: 'B3*2' }],
        [undefined, undefined, { value: -0.0015, formula: 'B4*2' }, { value: true }],
      ],
      merges: [{ r1: 4, c1: 0, r2: 4, c2: 3 }],
    });
  });

  test('every chunk size gives the same result, whatever it cuts', () => {
    for (let size = 1; size <= 80; size++) expect(readSheet(SHEET, size)).toEqual(whole);
  });

  test('broken XML is refused whatever the chunk size', () => {
    const broken = SHEET.replace('</x:c></x:row><?pi', '</x:row><?pi');
    for (const size of [1, 2, 3, 7, 64, 1 << 20]) {
      expect(() => readSheet(broken, size)).toThrow(XlsxReadError);
    }
    // Rows and cells in the one-match forms, closed by the wrong end tag.
    const plain = (rows: string): string => `<worksheet xmlns="${MAIN_NS}"><sheetData>${rows}</sheetData></worksheet>`;
    for (const rows of ['<row r="1"><c r="A1"><v>1</v></c></rowx>', '<row r="1"><c r="A1"><v>1</v></c></ro>', '<row r="1"><c r="A1"><v>1</v></c></abc>', '<row r="1"><c r="A1"><v>1</v></c></sheetData>']) {
      for (const size of [3, 1 << 20]) expect(() => readSheet(plain(rows), size)).toThrow(XlsxReadError);
    }
    expect(readSheet(plain('<row r="2" spans="1:2"><c r="A2"><v>1</v></c> </row ><row/><row r="4" ht="9"/><row><c><v>2</v></c></row>'), 1 << 20)).toEqual({
      rows: [undefined, [{ value: 1 }], undefined, undefined, [{ value: 2 }]],
      merges: [],
    });
    const bad = new Uint8Array([...strToU8('<a><b>'), 0xff, 0xfe, ...strToU8('</b></a>')]);
    expect(() => new SheetReader(chunkedXmlCursor(bad, 'bad.xml', 4), { sharedStrings: new SharedStringTable(), numberFormats: [] }).read()).toThrow(
      XlsxReadError,
    );
  });
});
