import { existsSync, readdirSync, readFileSync } from 'fs';
import type ExcelJS from 'exceljs';
import { join } from 'path';
import { zipSync, strToU8 } from 'fflate';
import { readXlsx, XlsxReadError, type XlsxReadErrorCode } from '../../../src/adapters/xlsx/read-xlsx';
import { toA1 } from '../../../src/engine/workbook/a1';
import type { Cell, Sheet } from '../../../src/engine/workbook/types';
import { buildPackage, stylesXml, worksheetXml, MAIN_NS } from './helpers/build-package';
import { excelJsBytes, excelJsCell, loadWithExcelJs } from './helpers/excel-js';
import { withDeclaredSize } from './helpers/zip-bytes';
import { rowsOf } from '../../helpers/sheet-rows';

const REALWORLD_DIR = join(__dirname, '../../../../shared/realworld');

function cellsOf(sheet: Sheet): Map<string, Cell> {
  const out = new Map<string, Cell>();
  sheet.cells.forEachCell((r, c) => out.set(toA1(r, c), sheet.cells.cell(r, c)!));
  return out;
}

function readError(bytes: Uint8Array, limits?: Parameters<typeof readXlsx>[1]): XlsxReadError {
  try {
    readXlsx(bytes, limits);
  } catch (err) {
    if (err instanceof XlsxReadError) return err;
    throw new Error(`not an XlsxReadError: ${String(err)}`);
  }
  throw new Error('no error thrown');
}

function expectCode(bytes: Uint8Array, code: XlsxReadErrorCode, limits?: Parameters<typeof readXlsx>[1]): XlsxReadError {
  const err = readError(bytes, limits);
  expect(err.code).toBe(code);
  expect(err.message.length).toBeGreaterThan(20);
  return err;
}

describe('readXlsx on a workbook written by ExcelJS', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await excelJsBytes((wb) => {
      const ws = wb.addWorksheet('Data');
      ws.getCell('A1').value = 'Indikator';
      ws.getCell('B1').value = 42;
      ws.getCell('C1').value = 'Indikator';
      ws.getCell('A2').value = { formula: 'B1*0', result: 0 };
      ws.getCell('B2').value = { formula: 'B1/2', date1904: false };
      ws.getCell('A3').value = 1;
      ws.getCell('B3').value = 2;
      ws.getCell('A4').value = 3;
      ws.getCell('B4').value = 4;
      // ExcelJS reads and writes shared formula masters, but its types do not declare them.
      const master = { formula: 'A3+B3*$B$1', result: 85, shareType: 'shared', ref: 'C3:C4' };
      ws.getCell('C3').value = master as ExcelJS.CellFormulaValue;
      ws.getCell('C4').value = { sharedFormula: 'C3', result: 171, date1904: false };
      ws.getCell('D1').value = true;
      ws.getCell('D2').value = false;
      ws.getCell('E1').value = { error: '#DIV/0!' };
      ws.getCell('F1').value = 0.9476;
      ws.getCell('F1').numFmt = '0.00%';
      ws.getCell('F2').value = 2684530000;
      ws.getCell('F2').numFmt = '#,##0';
      ws.mergeCells('A5:C5');
      wb.addWorksheet('Rahasia', { state: 'hidden' }).getCell('A1').value = 'x';
      wb.definedNames.add('Data!$B$1', 'pagu');
    });
  });

  test('reads every cell with its type, formula, cached result and format', () => {
    const wb = readXlsx(bytes);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Data', 'Rahasia']);
    expect(Object.fromEntries(cellsOf(wb.sheets[0]!))).toEqual({
      A1: { value: 'Indikator' },
      B1: { value: 42 },
      C1: { value: 'Indikator' },
      D1: { value: true },
      E1: { value: { error: '#DIV/0!' } },
      F1: { value: 0.9476, numFmt: '0.00%' },
      A2: { value: 0, formula: 'B1*0' },
      B2: { value: null, formula: 'B1/2' },
      D2: { value: false },
      F2: { value: 2684530000, numFmt: '#,##0' },
      A3: { value: 1 },
      B3: { value: 2 },
      C3: { value: 85, formula: 'A3+B3*$B$1' },
      A4: { value: 3 },
      B4: { value: 4 },
      C4: { value: 171, formula: 'A4+B4*$B$1' },
    });
  });

  test('a cached 0 stays 0 and a missing cached result is null, never 0', () => {
    const rows = rowsOf(readXlsx(bytes).sheets[0]!);
    expect(rows[1]![0]!.value).toBe(0);
    expect(rows[1]![1]!.value).toBeNull();
  });

  test('reads merges, visibility and defined names', () => {
    const wb = readXlsx(bytes);
    expect(wb.sheets[0]!.merges).toEqual([{ r1: 4, c1: 0, r2: 4, c2: 2 }]);
    expect(wb.sheets[0]!.hidden).toBeUndefined();
    expect(wb.sheets[1]!.hidden).toBe(true);
    expect(wb.definedNames).toEqual([{ name: 'pagu', ref: 'Data!$B$1' }]);
  });
});

describe('readXlsx on hand-written parts', () => {
  test('inline strings, rich text without phonetic runs, formula strings, dates, escapes', () => {
    const bytes = buildPackage({
      sheets: [
        {
          name: 'S',
          xml: worksheetXml(
            '<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve"> Rp. 1.000 </t></is></c>' +
              '<c r="B1" t="s"><v>0</v></c><c r="C1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>' +
              '<c r="D1" t="d"><v>2024-01-31</v></c><c r="E1" t="str"><f>""</f><v></v></c>' +
              '<c r="F1" t="s"><v>1</v></c><c r="G1" t="n"><v>-1.5E-3</v></c></row>',
          ),
        },
      ],
      sharedStrings: `<sst xmlns="${MAIN_NS}"><si><r><rPr><b/></rPr><t>Capaian</t></r><r><t xml:space="preserve"> Kinerja</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></si><si><t>baris_x000D_
dua &amp; &lt;tiga&gt; _x005F_x0041_</t></si></sst>`,
    });
    const cells = cellsOf(readXlsx(bytes).sheets[0]!);
    expect(cells.get('A1')).toEqual({ value: ' Rp. 1.000 ' });
    expect(cells.get('B1')).toEqual({ value: 'Capaian Kinerja' });
    expect(cells.get('C1')).toEqual({ value: 'ab', formula: '"a"&"b"' });
    expect(cells.get('D1')).toEqual({ value: 45322 });
    expect(cells.get('E1')).toEqual({ value: '', formula: '""' });
    expect(cells.get('F1')).toEqual({ value: 'baris\r\ndua & <tiga> _x0041_' });
    expect(cells.get('G1')).toEqual({ value: -0.0015 });
  });

  test('cells and rows without r follow the previous cell and row', () => {
    const bytes = buildPackage({
      sheets: [{ name: 'S', xml: worksheetXml('<row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row><row/><row><c><v>3</v></c></row>') }],
    });
    expect(Object.fromEntries(cellsOf(readXlsx(bytes).sheets[0]!))).toEqual({
      A1: { value: 1 },
      B1: { value: 2 },
      E1: { value: 5 },
      F1: { value: 6 },
      A3: { value: 3 },
    });
  });

  test('shared formulas shift relative parts only, in any direction, even when a dependent comes first', () => {
    const bytes = buildPackage({
      sheets: [
        {
          name: 'S',
          xml: worksheetXml(
            '<row r="2"><c r="B2"><f t="shared" si="7"/><v>1</v></c><c r="C2"><f t="shared" ref="B2:D3" si="7">SUM($A2:A$9)+\'Tabel 3.1\'!B2*LOG10(B1)&amp;"A1"+Sheet1!$C3+pagu2024+A:A+2:2</f><v>2</v></c><c r="D2"><f t="shared" si="7"/><v>3</v></c></row>' +
              '<row r="3"><c r="D3"><f t="shared" si="7"/><v>4</v></c></row>',
          ),
        },
      ],
    });
    const cells = cellsOf(readXlsx(bytes).sheets[0]!);
    expect(cells.get('C2')!.formula).toBe(`SUM($A2:A$9)+'Tabel 3.1'!B2*LOG10(B1)&"A1"+Sheet1!$C3+pagu2024+A:A+2:2`);
    expect(cells.get('D2')!.formula).toBe(`SUM($A2:B$9)+'Tabel 3.1'!C2*LOG10(C1)&"A1"+Sheet1!$C3+pagu2024+B:B+2:2`);
    expect(cells.get('D3')!.formula).toBe(`SUM($A3:B$9)+'Tabel 3.1'!C3*LOG10(C2)&"A1"+Sheet1!$C4+pagu2024+B:B+3:3`);
    // Moving left of column A is Excel's #REF!.
    expect(cells.get('B2')!.formula).toBe(`SUM($A2:#REF!)+'Tabel 3.1'!A2*LOG10(A1)&"A1"+Sheet1!$C3+pagu2024+#REF!:#REF!+2:2`);
  });

  test('array formulas keep their formula on the first cell', () => {
    const bytes = buildPackage({
      sheets: [{ name: 'S', xml: worksheetXml('<row r="1"><c r="A1"><f t="array" ref="A1:A2">SUM(B1:B2*C1:C2)</f><v>10</v></c></row><row r="2"><c r="A2"><v>0</v></c></row>') }],
    });
    const cells = cellsOf(readXlsx(bytes).sheets[0]!);
    expect(cells.get('A1')).toEqual({ value: 10, formula: 'SUM(B1:B2*C1:C2)' });
    expect(cells.get('A2')).toEqual({ value: 0 });
  });

  test('number formats: custom codes, built-in ids, General left out, formatted empty cells kept', () => {
    const styles = stylesXml(
      '<numFmt numFmtId="164" formatCode="#,##0.00\\ &quot;Rp&quot;"/>',
      '<xf numFmtId="0"/><xf numFmtId="10"/><xf numFmtId="164"/><xf numFmtId="3"/><xf numFmtId="14"/><xf numFmtId="49"/>',
    );
    const bytes = buildPackage({
      styles,
      sheets: [{ name: 'S', xml: worksheetXml('<row r="1"><c r="A1" s="0"><v>1</v></c><c r="B1" s="1"><v>0.5</v></c><c r="C1" s="2"><v>2</v></c><c r="D1" s="3"><v>3</v></c><c r="E1" s="4"><v>45322</v></c><c r="F1" s="5"/><c r="G1" s="0"/></row>') }],
    });
    expect(Object.fromEntries(cellsOf(readXlsx(bytes).sheets[0]!))).toEqual({
      A1: { value: 1 },
      B1: { value: 0.5, numFmt: '0.00%' },
      C1: { value: 2, numFmt: '#,##0.00\\ "Rp"' },
      D1: { value: 3, numFmt: '#,##0' },
      E1: { value: 45322, numFmt: 'mm-dd-yy' },
      F1: { value: null, numFmt: '@' },
    });
  });

  test('namespace prefixes, a BOM, comments and CDATA are handled', () => {
    const xml =
      `\uFEFF<?xml version="1.0"?><!-- made by a tool --><x:worksheet xmlns:x="${MAIN_NS}"><x:sheetData>` +
      '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t><![CDATA[a<b]]></x:t></x:is></x:c><!-- c --><x:c r="B1"><x:v>7</x:v></x:c></x:row>' +
      '</x:sheetData><x:mergeCells><x:mergeCell ref="A2:B3"/></x:mergeCells></x:worksheet>';
    const sheet = readXlsx(buildPackage({ sheets: [{ name: 'S', xml }] })).sheets[0]!;
    expect(Object.fromEntries(cellsOf(sheet))).toEqual({ A1: { value: 'a<b' }, B1: { value: 7 } });
    expect(sheet.merges).toEqual([{ r1: 1, c1: 0, r2: 2, c2: 1 }]);
  });

  test('sheet order follows workbook.xml; veryHidden is hidden; local defined names keep their sheet', () => {
    const bytes = buildPackage({
      sheets: [
        { name: 'Tabel 3.1', xml: worksheetXml('') },
        { name: 'Data & Co', xml: worksheetXml(''), state: 'veryHidden' },
      ],
      definedNames:
        '<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="1">\'Data &amp; Co\'!$1:$2</definedName></definedNames>',
    });
    const wb = readXlsx(bytes);
    expect(wb.sheets.map((s) => [s.name, s.hidden === true])).toEqual([
      ['Tabel 3.1', false],
      ['Data & Co', true],
    ]);
    expect(wb.definedNames).toEqual([{ name: '_xlnm.Print_Titles', ref: "'Data & Co'!$1:$2", localSheet: 1 }]);
  });
});

describe('readXlsx refuses what it cannot read, with a code and an Indonesian message', () => {
  const sheet = worksheetXml('<row r="1"><c r="A1"><v>1</v></c></row>');

  test('xls: an OLE compound file', () => {
    const cfb = new Uint8Array(4096);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const err = expectCode(cfb, 'xls');
    expect(err.message).toContain('.xls');
    expect(err.message).toContain('Simpan ulang sebagai .xlsx');
  });

  test('encrypted: an OLE file holding an EncryptedPackage stream', () => {
    const cfb = new Uint8Array(4096);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const name = 'EncryptedPackage';
    for (let i = 0; i < name.length; i++) cfb[1024 + 2 * i] = name.charCodeAt(i);
    expect(expectCode(cfb, 'encrypted').message).toContain('kata sandi');
  });

  test('not_zip: a CSV or an HTML page renamed to .xlsx', () => {
    expect(expectCode(strToU8('Indikator;Target;Realisasi\nA;1;2\n'), 'not_zip').message).toContain('.csv');
    expect(expectCode(strToU8('<html><table><tr><td>1</td></tr></table></html>'), 'not_zip').message).toContain('HTML');
    expect(expectCode(new Uint8Array(0), 'not_zip').code).toBe('not_zip');
  });

  test('not_zip: a zip that is not a workbook (no content types)', () => {
    expectCode(zipSync({ 'readme.txt': strToU8('hello') }), 'not_zip');
  });

  test('macro_enabled: content types declare a macro-enabled workbook', () => {
    const bytes = buildPackage({
      sheets: [{ name: 'S', xml: sheet }],
      workbookContentType: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
    });
    expect(expectCode(bytes, 'macro_enabled').message).toContain('makro');
  });

  test('too_large: over the file size limit', () => {
    const bytes = buildPackage({ sheets: [{ name: 'S', xml: sheet }] });
    expect(expectCode(bytes, 'too_large', { maxFileBytes: 100 }).message).toContain('terlalu besar');
  });

  test('zip_bomb: a declared size over the limit is refused before inflating', () => {
    const bytes = withDeclaredSize(buildPackage({ sheets: [{ name: 'S', xml: sheet }] }), 'xl/worksheets/sheet1.xml', 600 * 1024 * 1024);
    const err = expectCode(bytes, 'zip_bomb');
    expect(err.part).toBe('xl/worksheets/sheet1.xml');
  });

  test('zip_bomb: the total of the parts read over a (low) limit', () => {
    const big = worksheetXml(`<row r="1"><c r="A1"><v>1</v></c></row>${'<row/>'.repeat(2000)}`);
    const bytes = buildPackage({ sheets: [{ name: 'A', xml: big }, { name: 'B', xml: big }] });
    expectCode(bytes, 'zip_bomb', { maxInflatedBytes: big.length + 2000 });
  });

  test('zip_bomb: a large part that compresses far beyond 200:1', () => {
    const padded = worksheetXml('<row r="1"><c r="A1"><v>1</v></c></row>').replace('<sheetData>', `<sheetData>${' '.repeat(4 * 1024 * 1024)}`);
    expectCode(buildPackage({ sheets: [{ name: 'S', xml: padded }] }), 'zip_bomb');
  });

  test('corrupt: a part that inflates to another size than it declares', () => {
    const bytes = withDeclaredSize(buildPackage({ sheets: [{ name: 'S', xml: sheet }] }), 'xl/worksheets/sheet1.xml', 20);
    expectCode(bytes, 'corrupt');
  });

  test('corrupt: missing workbook or sheet part, naming the part', () => {
    const noSheet = expectCode(buildPackage({ sheets: [{ name: 'S', xml: undefined }] }), 'corrupt');
    expect(noSheet.part).toBe('xl/worksheets/sheet1.xml');
    expect(noSheet.message).toContain('xl/worksheets/sheet1.xml');
    const noWorkbook = buildPackage({ sheets: [{ name: 'S', xml: sheet }], extra: { '_rels/.rels': '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/missing.xml"/></Relationships>' } });
    expect(expectCode(noWorkbook, 'corrupt').part).toBe('xl/missing.xml');
  });

  test('corrupt: broken XML, DOCTYPE, unknown cell type, bad reference, bad number', () => {
    const cases = [
      worksheetXml('<row r="1"><c r="A1"><v>1</v></row>'),
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet><sheetData/></worksheet>',
      worksheetXml('<row r="1"><c r="A1" t="x"><v>1</v></c></row>'),
      worksheetXml('<row r="1"><c r="1A"><v>1</v></c></row>'),
      worksheetXml('<row r="1"><c r="A1"><v>satu</v></c></row>'),
      worksheetXml('<row r="1"><c r="A1" t="s"><v>3</v></c></row>'),
      worksheetXml('<row r="1"><c r="A1"><v>&bogus;</v></c></row>'),
      worksheetXml('<row r="1"><c r="A1"><f t="shared" si="4"/><v>1</v></c></row>'),
      `<worksheet xmlns="${MAIN_NS}"><sheetData></sheetData>`,
    ];
    for (const xml of cases) {
      const err = expectCode(buildPackage({ sheets: [{ name: 'S', xml }] }), 'corrupt');
      expect(err.part).toBe('xl/worksheets/sheet1.xml');
      expect(err.message).toContain('rusak');
    }
  });

  test('corrupt: a truncated zip', () => {
    const bytes = buildPackage({ sheets: [{ name: 'S', xml: sheet }] });
    expectCode(bytes.subarray(0, bytes.length - 30), 'corrupt');
  });

  test('every failure is an XlsxReadError, never a raw TypeError', () => {
    const bytes = buildPackage({ sheets: [{ name: 'S', xml: sheet }] });
    for (let cut = 4; cut < bytes.length; cut += 97) {
      const damaged = bytes.slice();
      damaged[cut] = damaged[cut]! ^ 0xff;
      try {
        readXlsx(damaged);
      } catch (err) {
        expect(err).toBeInstanceOf(XlsxReadError);
      }
    }
  });
});

describe('readXlsx on real workbooks, compared with ExcelJS cell by cell', () => {
  if (!existsSync(REALWORLD_DIR)) {
    test(`realworld skipped: ${REALWORLD_DIR} does not exist`, () => {
      console.log(`realworld skipped: ${REALWORLD_DIR} does not exist`);
    });
    return;
  }
  const files = readdirSync(REALWORLD_DIR).filter((f) => f.endsWith('.xlsx'));

  test.each(files)('%s', async (file) => {
    const bytes = new Uint8Array(readFileSync(join(REALWORLD_DIR, file)));
    const ours = readXlsx(bytes);
    const theirs = await loadWithExcelJs(bytes);
    expect(ours.sheets.map((s) => s.name)).toEqual(theirs.worksheets.map((w) => w.name));
    let compared = 0;
    ours.sheets.forEach((sheet, i) => {
      const ws = theirs.worksheets[i]!;
      const expected = new Map<string, Cell>();
      ws.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          const model = excelJsCell(cell);
          if (model && !cell.isMerged) expected.set(cell.address, model);
          else if (model && cell.master === cell) expected.set(cell.address, model);
        }),
      );
      const actual = cellsOf(sheet);
      for (const [address, cell] of expected) {
        const ourCell = actual.get(address);
        // ExcelJS drops the backslash escapes of format codes (`\(` becomes `(`); we keep the file's code.
        const numFmt = ourCell?.numFmt?.replace(/\\(.)/g, '$1');
        expect({ address, ...ourCell, numFmt }).toEqual({ address, numFmt: undefined, ...cell });
        compared++;
      }
      for (const [address, cell] of actual) {
        if (!expected.has(address)) expect({ address, value: cell.value }).toEqual({ address, value: null });
      }
      expect(sheet.merges.length).toBe(Object.keys((ws.model as { merges: string[] }).merges ?? {}).length);
    });
    expect(compared).toBeGreaterThan(1000);
  });

  const e81 = files.find((f) => f.startsWith('e81-'));
  if (e81) {
    test('E.81: 1,119 formulas, all cached, 118 of them a cached 0', () => {
      const wb = readXlsx(new Uint8Array(readFileSync(join(REALWORLD_DIR, e81))));
      const formulas = [...cellsOf(wb.sheets[0]!).values()].filter((c) => c.formula !== undefined);
      expect(formulas).toHaveLength(1119);
      expect(formulas.filter((c) => c.value === null)).toHaveLength(0);
      expect(formulas.filter((c) => c.value === 0)).toHaveLength(118);
    });
  }
});
