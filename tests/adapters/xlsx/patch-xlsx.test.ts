import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import fc from 'fast-check';
import { patchXlsx, XlsxPatchError, type XlsxPatchErrorCode } from '../../../src/adapters/xlsx/patch-xlsx';
import { readXlsx } from '../../../src/adapters/xlsx/read-xlsx';
import type { CellContent, CellWrite, Fill, GeneratedSheet, WritePlan } from '../../../src/engine/plan/types';
import { toA1 } from '../../../src/engine/workbook/a1';
import { buildPackage, MAIN_NS, stylesXml, worksheetXml } from './helpers/build-package';
import { loadWithExcelJs } from './helpers/excel-js';
import { changedCells, fixtureWorkbook } from './helpers/fixture-workbook';
import { partText, unzipParts } from './helpers/zip-bytes';
import { rowsWithCellsOutOfOrder } from './helpers/cell-order';
import { rowsOf } from '../../helpers/sheet-rows';

const REALWORLD_DIR = join(__dirname, '../../../../shared/realworld');
const SHEET = 'Tabel 3.1';
const EMPTY_PLAN: WritePlan = { cells: [], sheets: [] };
const FILL_COLORS: Record<Exclude<Fill, 'none'>, string> = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' };

function differingParts(a: Uint8Array, b: Uint8Array): string[] {
  const pa = unzipParts(a);
  const pb = unzipParts(b);
  const names = new Set([...pa.keys(), ...pb.keys()]);
  return [...names].filter((n) => {
    const x = pa.get(n);
    const y = pb.get(n);
    return !x || !y || Buffer.compare(Buffer.from(x), Buffer.from(y)) !== 0;
  }).sort();
}

function patchError(original: Uint8Array, plan: WritePlan): XlsxPatchError {
  try {
    patchXlsx(original, plan);
  } catch (err) {
    if (err instanceof XlsxPatchError) return err;
    throw err;
  }
  throw new Error('no error thrown');
}

function expectPatchError(original: Uint8Array, plan: WritePlan, code: XlsxPatchErrorCode): void {
  const err = patchError(original, plan);
  expect(err.code).toBe(code);
  expect(err.message.length).toBeGreaterThan(20);
}

async function fillOf(bytes: Uint8Array, sheet: string, address: string): Promise<string | undefined> {
  const wb = await loadWithExcelJs(bytes);
  const fill = wb.getWorksheet(sheet)?.getCell(address).fill;
  return fill?.type === 'pattern' && fill.pattern === 'solid' ? fill.fgColor?.argb : undefined;
}

const warningsSheet = (rows: GeneratedSheet['rows']): GeneratedSheet => ({
  name: 'Peringatan LKjIP',
  rows,
  merges: [{ r1: 0, c1: 0, r2: 0, c2: 3 }],
  columnWidths: [18, 8, 24, 60],
  freeze: { rows: 2, cols: 0 },
  printLandscapeFitWidth: true,
});

describe('patchXlsx', () => {
  let fixture: Uint8Array;
  beforeAll(async () => {
    fixture = await fixtureWorkbook();
  });

  test('an empty plan changes only workbook.xml (full recalculation on open)', () => {
    const out = patchXlsx(fixture, EMPTY_PLAN);
    expect(differingParts(fixture, out)).toEqual(['xl/workbook.xml']);
    const before = partText(fixture, 'xl/workbook.xml');
    const after = partText(out, 'xl/workbook.xml');
    expect(after).toBe(before.replace('<calcPr calcId="171027"/>', '<calcPr calcId="171027" fullCalcOnLoad="1"/>'));
    expect(readXlsx(out)).toEqual(readXlsx(fixture));
  });

  test('calcChain.xml is dropped with its relationship and content type', () => {
    const TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain';
    const calcRel = `<Relationship Id="rIdC" Type="${TYPE}" Target="calcChain.xml"/>`;
    const calcOverride = '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>';
    const plain = buildPackage({ sheets: [{ name: 'S', xml: worksheetXml('<row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row>') }] });
    const parts = unzipParts(plain);
    const text = (name: string): string => new TextDecoder().decode(parts.get(name));
    const withChain = buildPackage({
      sheets: [{ name: 'S', xml: worksheetXml('<row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row>') }],
      extra: {
        'xl/calcChain.xml': `<calcChain xmlns="${MAIN_NS}"><c r="A1" i="1"/></calcChain>`,
        'xl/_rels/workbook.xml.rels': text('xl/_rels/workbook.xml.rels').replace('</Relationships>', `${calcRel}</Relationships>`),
        '[Content_Types].xml': text('[Content_Types].xml').replace('</Types>', `${calcOverride}</Types>`),
      },
    });
    const out = patchXlsx(withChain, EMPTY_PLAN);
    expect(differingParts(withChain, out)).toEqual(['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/calcChain.xml', 'xl/workbook.xml']);
    expect(unzipParts(out).has('xl/calcChain.xml')).toBe(false);
    expect(partText(out, 'xl/_rels/workbook.xml.rels')).toBe(text('xl/_rels/workbook.xml.rels'));
    expect(partText(out, '[Content_Types].xml')).toBe(text('[Content_Types].xml'));
    expect(partText(out, 'xl/workbook.xml')).toContain('<calcPr fullCalcOnLoad="1"/></workbook>');
  });

  test('a plan changes only the written cells, the sheet written into and styles.xml', () => {
    const plan: WritePlan = {
      cells: [
        { sheet: SHEET, row: 2, col: 4, fill: 'error' },
        { sheet: SHEET, row: 3, col: 6, content: { kind: 'number', value: 0.9123, numFmt: '0.00%' } },
        { sheet: SHEET, row: 14, col: 6, content: { kind: 'text', value: 'Baik' }, fill: 'info' },
        { sheet: SHEET, row: 20, col: 1, content: { kind: 'formula', formula: 'SUM(F3:F14)', cached: 78000000, numFmt: '#,##0' } },
        { sheet: SHEET, row: 4, col: 5, content: { kind: 'empty' }, fill: 'warning' },
      ],
      sheets: [],
    };
    const out = patchXlsx(fixture, plan);
    expect(differingParts(fixture, out)).toEqual(['xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    const before = readXlsx(fixture);
    const after = readXlsx(out);
    expect(changedCells(before, after).sort()).toEqual(['Tabel 3.1!B21', 'Tabel 3.1!F5', 'Tabel 3.1!G15', 'Tabel 3.1!G4'].sort());
    const rows = rowsOf(after.sheets[0]!);
    expect(rows[3]![6]).toEqual({ value: 0.9123, numFmt: '0.00%' });
    expect(rows[14]![6]).toEqual({ value: 'Baik' });
    expect(rows[20]![1]).toEqual({ value: 78000000, formula: 'SUM(F3:F14)', numFmt: '#,##0' });
    expect(rows[4]![5]).toEqual({ value: null, numFmt: '#,##0' });
    expect(after.definedNames).toEqual(before.definedNames);
    // Existing styles keep their indices: the original styles.xml is a prefix-preserving edit.
    const stylesBefore = partText(fixture, 'xl/styles.xml');
    const stylesAfter = partText(out, 'xl/styles.xml');
    const cellXfsBefore = /<cellXfs[^>]*>(.*?)<\/cellXfs>/.exec(stylesBefore)![1]!;
    expect(/<cellXfs[^>]*>(.*?)<\/cellXfs>/.exec(stylesAfter)![1]!.startsWith(cellXfsBefore)).toBe(true);
  });

  test('inside a written sheet, every byte outside the written cells stays', () => {
    const out = patchXlsx(fixture, { cells: [{ sheet: SHEET, row: 5, col: 3, content: { kind: 'number', value: 99 } }], sheets: [] });
    const before = partText(fixture, 'xl/worksheets/sheet1.xml');
    const after = partText(out, 'xl/worksheets/sheet1.xml');
    const oldCell = /<c r="D6"[^>]*>.*?<\/c>/.exec(before)![0];
    expect(after).toBe(before.replace(oldCell, '<c r="D6"><v>99</v></c>'));
  });

  test('ExcelJS reads the output back with the same values, formats and highlights', async () => {
    const plan: WritePlan = {
      cells: [
        { sheet: SHEET, row: 2, col: 4, fill: 'error' },
        { sheet: SHEET, row: 3, col: 4, fill: 'warning' },
        { sheet: SHEET, row: 3, col: 6, content: { kind: 'number', value: 0.9123, numFmt: '0.00%' }, fill: 'info' },
        { sheet: SHEET, row: 15, col: 2, content: { kind: 'formula', formula: 'SUM(C3:C14)', cached: 1026, numFmt: '#,##0' } },
        { sheet: SHEET, row: 16, col: 2, content: { kind: 'formula', formula: 'IF(C3>0,"ya","tidak")', cached: 'ya' } },
      ],
      sheets: [],
    };
    const out = patchXlsx(fixture, plan);
    const wb = await loadWithExcelJs(out);
    const ws = wb.getWorksheet(SHEET)!;
    expect(ws.getCell('G4').value).toBe(0.9123);
    expect(ws.getCell('G4').numFmt).toBe('0.00%');
    expect(ws.getCell('C16').formula).toBe('SUM(C3:C14)');
    expect(ws.getCell('C16').result).toBe(1026);
    expect(ws.getCell('C16').numFmt).toBe('#,##0');
    expect(ws.getCell('C17').result).toBe('ya');
    expect(ws.getCell('E3').numFmt).toBe('0.00%');
    expect(ws.getCell('E3').formula).toBe('D3/C3');
    expect(await fillOf(out, SHEET, 'E3')).toBe(FILL_COLORS.error);
    expect(await fillOf(out, SHEET, 'E4')).toBe(FILL_COLORS.warning);
    expect(await fillOf(out, SHEET, 'G4')).toBe(FILL_COLORS.info);
    expect(ws.getCell('A1').isMerged).toBe(true);
    expect(ws.getColumn(2).width).toBe(40);
    expect(wb.getWorksheet('Catatan')!.state).toBe('hidden');
    expect(ws.getCell('B3').note).toBe('Sumber: Renstra');
  });

  test('fill none removes our highlight (back to fillId 0) and leaves other fills alone', async () => {
    const highlighted = patchXlsx(fixture, { cells: [{ sheet: SHEET, row: 2, col: 4, fill: 'error' }], sheets: [] });
    const cleared = patchXlsx(highlighted, { cells: [{ sheet: SHEET, row: 2, col: 4, fill: 'none' }], sheets: [] });
    expect(await fillOf(cleared, SHEET, 'E3')).toBeUndefined();
    expect(readXlsx(cleared)).toEqual(readXlsx(fixture));
    // The restored cell points at the original format again: no new format was needed.
    const s = (bytes: Uint8Array): string | undefined => /<c r="E3"( s="(\d+)")?/.exec(partText(bytes, 'xl/worksheets/sheet1.xml'))![2];
    expect(s(cleared)).toBe(s(fixture));
    const untouched = patchXlsx(fixture, { cells: [{ sheet: SHEET, row: 2, col: 4, fill: 'none' }], sheets: [] });
    expect(differingParts(fixture, untouched)).toEqual(['xl/workbook.xml']);
  });

  test('applying the same plan twice gives the same workbook', () => {
    const plan: WritePlan = {
      cells: [
        { sheet: SHEET, row: 2, col: 4, fill: 'error' },
        { sheet: SHEET, row: 3, col: 6, content: { kind: 'number', value: 0.9123, numFmt: '0.00%' }, fill: 'warning' },
        { sheet: SHEET, row: 30, col: 0, content: { kind: 'number', value: 1, numFmt: '0.000' } },
      ],
      sheets: [warningsSheet([[{ kind: 'text', value: 'Peringatan', style: { bold: true } }]])],
    };
    const once = patchXlsx(fixture, plan);
    const twice = patchXlsx(once, plan);
    expect(differingParts(once, twice)).toEqual([]);
  });

  test('text beginning with = + - @ stays text', async () => {
    const texts = ['=SUM(A1:A2)', '+62 812', '-', '@user', '=1+1'];
    const out = patchXlsx(fixture, {
      cells: texts.map((value, i) => ({ sheet: SHEET, row: 30 + i, col: 1, content: { kind: 'text', value } })),
      sheets: [],
    });
    const rows = rowsOf(readXlsx(out).sheets[0]!);
    texts.forEach((value, i) => expect(rows[30 + i]![1]).toEqual({ value }));
    const ws = (await loadWithExcelJs(out)).getWorksheet(SHEET)!;
    texts.forEach((value, i) => expect(ws.getCell(30 + i + 1, 2).value).toBe(value));
  });

  test('text with markup, control characters and _x escapes survives', () => {
    const value = 'a < b & "c" _x0041_ \u0001 tab\tline\nend ';
    const out = patchXlsx(fixture, { cells: [{ sheet: SHEET, row: 40, col: 0, content: { kind: 'text', value } }], sheets: [] });
    expect(readXlsx(out).sheets[0]!.cells.cell(40, 0)).toEqual({ value });
  });

  test('a generated sheet is added at the end, then replaced in place', async () => {
    const first = warningsSheet([
      [{ kind: 'text', value: 'Daftar peringatan', style: { bold: true, align: 'center' } }, null, null, null],
      [
        { kind: 'text', value: 'Lembar', style: { bold: true, border: true, fill: 'info' } },
        { kind: 'text', value: 'Sel', style: { bold: true, border: true } },
        { kind: 'text', value: 'Kode', style: { bold: true, border: true } },
        { kind: 'text', value: 'Pesan', style: { bold: true, border: true, wrap: true } },
      ],
      [
        { kind: 'text', value: SHEET, style: { border: true } },
        { kind: 'text', value: 'E3', style: { border: true } },
        { kind: 'text', value: 'CAPAIAN_MISMATCH', style: { border: true } },
        { kind: 'text', value: '=Capaian 93,75% ≠ 95%', style: { border: true, wrap: true } },
      ],
      [null, { kind: 'number', value: 0.5, numFmt: '0.00%' }, { kind: 'number', value: 1234567, numFmt: '#,##0' }, { kind: 'formula', formula: 'C4*2', cached: 2469134 }],
    ]);
    const added = patchXlsx(fixture, { cells: [], sheets: [first] });
    const wb = readXlsx(added);
    expect(wb.sheets.map((s) => s.name)).toEqual([SHEET, 'Catatan', 'Peringatan LKjIP']);
    const sheet = wb.sheets[2]!;
    expect(sheet.merges).toEqual([{ r1: 0, c1: 0, r2: 0, c2: 3 }]);
    expect(sheet.cells.cell(2, 3)).toEqual({ value: '=Capaian 93,75% ≠ 95%' });
    expect(sheet.cells.cell(3, 1)).toEqual({ value: 0.5, numFmt: '0.00%' });
    expect(sheet.cells.cell(3, 3)).toEqual({ value: 2469134, formula: 'C4*2' });
    const xml = partText(added, 'xl/worksheets/sheet3.xml');
    expect(xml).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(xml).toContain('<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(xml).toContain('<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>');
    expect(xml).toContain('<col min="4" max="4" width="60" customWidth="1"/>');

    const ws = (await loadWithExcelJs(added)).getWorksheet('Peringatan LKjIP')!;
    expect(ws.getCell('A2').font?.bold).toBe(true);
    expect(ws.getCell('A2').border?.top?.style).toBe('thin');
    expect(ws.getCell('D2').alignment?.wrapText).toBe(true);
    expect(ws.getCell('A1').alignment?.horizontal).toBe('center');
    expect(await fillOf(added, 'Peringatan LKjIP', 'A2')).toBe(FILL_COLORS.info);
    expect(ws.getColumn(4).width).toBe(60);
    expect(ws.views[0]?.state).toBe('frozen');

    const second = warningsSheet([[{ kind: 'text', value: 'Tidak ada peringatan' }]]);
    const replaced = patchXlsx(added, { cells: [], sheets: [second] });
    const wb2 = readXlsx(replaced);
    expect(wb2.sheets.map((s) => s.name)).toEqual([SHEET, 'Catatan', 'Peringatan LKjIP']);
    expect(rowsOf(wb2.sheets[2]!)).toEqual([[{ value: 'Tidak ada peringatan' }]]);
    expect(partText(replaced, 'xl/workbook.xml')).toBe(partText(added, 'xl/workbook.xml'));
    expect(partText(replaced, 'xl/_rels/workbook.xml.rels')).toBe(partText(added, 'xl/_rels/workbook.xml.rels'));
    expect(differingParts(added, replaced)).toEqual(['xl/worksheets/sheet3.xml']);
  });

  test('a generated sheet replaces an existing sheet in place, dropping its drawings and comments links', () => {
    const out = patchXlsx(fixture, { cells: [], sheets: [{ ...warningsSheet([[{ kind: 'number', value: 1 }]]), name: SHEET }] });
    const wb = readXlsx(out);
    expect(wb.sheets.map((s) => s.name)).toEqual([SHEET, 'Catatan']);
    expect(rowsOf(wb.sheets[0]!)).toEqual([[{ value: 1 }]]);
    expect(unzipParts(out).has('xl/worksheets/_rels/sheet1.xml.rels')).toBe(false);
  });

  test('overwriting the first cell of a shared formula keeps the formulas of the others', () => {
    const out = patchXlsx(fixture, { cells: [{ sheet: SHEET, row: 2, col: 4, content: { kind: 'number', value: 0.5 } }], sheets: [] });
    const before = readXlsx(fixture);
    const after = readXlsx(out);
    expect(changedCells(before, after)).toEqual(['Tabel 3.1!E3']);
    expect(after.sheets[0]!.cells.cell(9, 4)!.formula).toBe('D10/C10');
  });

  test('rows and cells without r keep their positions when cells and rows are inserted', () => {
    const original = buildPackage({
      sheets: [{ name: 'S', xml: worksheetXml('<row><c><v>1</v></c><c><v>2</v></c></row><row/><row><c><v>3</v></c><c><v>4</v></c></row>') }],
    });
    const out = patchXlsx(original, {
      cells: [
        { sheet: 'S', row: 0, col: 3, content: { kind: 'number', value: 9 } },
        { sheet: 'S', row: 1, col: 0, content: { kind: 'number', value: 8 } },
        { sheet: 'S', row: 5, col: 0, content: { kind: 'number', value: 7 } },
        { sheet: 'S', row: 2, col: 0, content: { kind: 'number', value: 6 } },
      ],
      sheets: [],
    });
    const cells: Record<string, unknown> = {};
    rowsOf(readXlsx(out).sheets[0]!).forEach((row, r) => row?.forEach((c, col) => c && (cells[toA1(r, col)] = c.value)));
    expect(cells).toEqual({ A1: 1, B1: 2, D1: 9, A2: 8, A3: 6, B3: 4, A6: 7 });
  });

  test('an unnumbered row before an inserted row keeps its tag; one after it is given its number', () => {
    const original = buildPackage({
      sheets: [{ name: 'S', xml: worksheetXml('<row><c><v>1</v></c></row><row r="4"><c r="A4"><v>4</v></c></row><row><c><v>5</v></c></row>') }],
    });
    const out = patchXlsx(original, { cells: [{ sheet: 'S', row: 2, col: 0, content: { kind: 'number', value: 3 } }], sheets: [] });
    const xml = partText(out, 'xl/worksheets/sheet1.xml');
    expect(xml).toContain('<sheetData><row><c><v>1</v></c></row><row r="3"><c r="A3"><v>3</v></c></row><row r="4">');
    expect(xml).toContain('<row r="5"><c><v>5</v></c></row>');
    expect(rowsOf(readXlsx(out).sheets[0]!).map((row) => row?.[0]?.value)).toEqual([1, undefined, 3, 4, 5]);
  });

  test('rows out of document order: each written in place, new rows before the first greater one', () => {
    const rows = '<row r="5"><c r="A5"><v>5</v></c></row><row r="2"><c r="A2"><v>2</v></c></row><row r="9"><c r="A9"><v>9</v></c></row>';
    const original = buildPackage({ sheets: [{ name: 'S', xml: worksheetXml(rows) }] });
    const out = patchXlsx(original, {
      cells: [
        { sheet: 'S', row: 1, col: 1, content: { kind: 'number', value: 22 } },
        { sheet: 'S', row: 3, col: 0, content: { kind: 'number', value: 4 } },
        { sheet: 'S', row: 4, col: 1, content: { kind: 'number', value: 55 } },
        { sheet: 'S', row: 8, col: 1, content: { kind: 'number', value: 99 } },
        { sheet: 'S', row: 11, col: 0, content: { kind: 'number', value: 12 } },
      ],
      sheets: [],
    });
    const xml = partText(out, 'xl/worksheets/sheet1.xml');
    expect(xml.match(/<row r="\d+"/g)).toEqual(['<row r="4"', '<row r="5"', '<row r="2"', '<row r="9"', '<row r="12"']);
    const values = rowsOf(readXlsx(out).sheets[0]!).map((row) => row?.map((c) => c?.value));
    expect(values[1]).toEqual([2, 22]);
    expect(values[3]).toEqual([4]);
    expect(values[4]).toEqual([5, 55]);
    expect(values[8]).toEqual([9, 99]);
    expect(values[11]).toEqual([12]);
  });

  test('a shared formula cell met before its overwritten first cell still gets the formula written out', () => {
    const rows =
      '<row r="1"><c r="A1"><f t="shared" si="0"/><v>1</v></c></row>' +
      '<row r="2"><c r="B2"><f t="shared" ref="A1:B3" si="0">C2*2</f><v>2</v></c></row>' +
      '<row r="3"><c r="B3"><f t="shared" si="0"/><v>3</v></c></row>';
    const original = buildPackage({ sheets: [{ name: 'S', xml: worksheetXml(rows) }] });
    const out = patchXlsx(original, { cells: [{ sheet: 'S', row: 1, col: 1, content: { kind: 'number', value: 7 } }], sheets: [] });
    const sheet = readXlsx(out).sheets[0]!;
    expect(sheet.cells.formula(0, 0)).toBe('B1*2');
    expect(sheet.cells.value(1, 1)).toBe(7);
    expect(sheet.cells.formula(1, 1)).toBeUndefined();
    expect(sheet.cells.formula(2, 1)).toBe('C3*2');
  });

  test('a sheet of 60,000 rows is patched in one pass: every written cell and only those change', () => {
    const rowXml = (r: number): string => `<row r="${r}" spans="1:3"><c r="A${r}"><v>${r}</v></c><c r="B${r}" s="1"><v>${r * 2}</v></c><c r="C${r}"><v>0</v></c></row>`;
    const original = buildPackage({
      sheets: [{ name: 'S', xml: worksheetXml(Array.from({ length: 60_000 }, (_, i) => rowXml(i + 1)).join('')) }],
    });
    const cells: CellWrite[] = [];
    for (let r = 0; r < 60_000; r += 3) cells.push({ sheet: 'S', row: r, col: 2, content: { kind: 'number', value: r + 0.5 } });
    cells.push({ sheet: 'S', row: 60_001, col: 0, content: { kind: 'text', value: 'akhir' } });
    const out = patchXlsx(original, { cells, sheets: [] });
    const before = readXlsx(original);
    const after = readXlsx(out);
    expect(changedCells(before, after).length).toBe(cells.length);
    expect(after.sheets[0]!.cells.value(59_997, 2)).toBe(59_997.5);
    expect(after.sheets[0]!.cells.value(59_998, 2)).toBe(0);
    expect(after.sheets[0]!.cells.value(60_001, 0)).toBe('akhir');
  });

  test('a cell new in an existing row goes between its neighbours, in column order', () => {
    const original = buildPackage({
      sheets: [{ name: 'S', xml: worksheetXml('<row r="1" spans="1:6"><c r="A1"><v>1</v></c><c r="D1"><v>4</v></c><c r="F1"><v>6</v></c></row>') }],
    });
    const out = patchXlsx(original, {
      cells: [
        { sheet: 'S', row: 0, col: 1, content: { kind: 'number', value: 2 } },
        { sheet: 'S', row: 0, col: 4, content: { kind: 'number', value: 5 } },
        { sheet: 'S', row: 0, col: 7, content: { kind: 'number', value: 8 } },
      ],
      sheets: [],
    });
    const xml = partText(out, 'xl/worksheets/sheet1.xml');
    expect(rowsWithCellsOutOfOrder(xml)).toEqual([]);
    expect(xml.match(/<c r="([A-Z]+)1"/g)).toEqual(['<c r="A1"', '<c r="B1"', '<c r="D1"', '<c r="E1"', '<c r="F1"', '<c r="H1"']);
  });

  test('a workbook without styles.xml gets one when a format is needed', async () => {
    const original = buildPackage({ sheets: [{ name: 'S', xml: worksheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') }] });
    const out = patchXlsx(original, { cells: [{ sheet: 'S', row: 0, col: 0, content: { kind: 'number', value: 0.25, numFmt: '0.00%' }, fill: 'error' }], sheets: [] });
    expect(readXlsx(out).sheets[0]!.cells.cell(0, 0)).toEqual({ value: 0.25, numFmt: '0.00%' });
    expect(await fillOf(out, 'S', 'A1')).toBe(FILL_COLORS.error);
  });

  test('custom number formats are appended after the existing ones', () => {
    const original = buildPackage({
      styles: stylesXml('<numFmt numFmtId="170" formatCode="0.0"/>', '<xf numFmtId="0"/><xf numFmtId="170"/>'),
      sheets: [{ name: 'S', xml: worksheetXml('<row r="1"><c r="A1" s="1"><v>1</v></c></row>') }],
    });
    const out = patchXlsx(original, {
      cells: [
        { sheet: 'S', row: 0, col: 1, content: { kind: 'number', value: 2, numFmt: '0.000' } },
        { sheet: 'S', row: 0, col: 2, content: { kind: 'number', value: 3, numFmt: '0.0' } },
      ],
      sheets: [],
    });
    const styles = partText(out, 'xl/styles.xml');
    expect(styles).toContain('<numFmts count="2"><numFmt numFmtId="170" formatCode="0.0"/><numFmt numFmtId="171" formatCode="0.000"/></numFmts>');
    expect(rowsOf(readXlsx(out).sheets[0]!)[0]).toEqual([{ value: 1, numFmt: '0.0' }, { value: 2, numFmt: '0.000' }, { value: 3, numFmt: '0.0' }]);
  });

  test('clear errors for a plan that does not fit the workbook; nothing is returned', () => {
    expectPatchError(fixture, { cells: [{ sheet: 'Tabel 9', row: 0, col: 0, fill: 'error' }], sheets: [] }, 'unknown_sheet');
    expectPatchError(fixture, { cells: [{ sheet: SHEET, row: 0, col: 2, content: { kind: 'text', value: 'x' } }], sheets: [] }, 'merged_cell');
    expect(patchError(fixture, { cells: [{ sheet: SHEET, row: 0, col: 2, fill: 'info' }], sheets: [] }).message).toContain('A1');
    expectPatchError(fixture, { cells: [{ sheet: SHEET, row: 0, col: 0, content: { kind: 'number', value: Number.NaN } }], sheets: [] }, 'invalid_plan');
    expectPatchError(fixture, { cells: [{ sheet: SHEET, row: -1, col: 0, fill: 'info' }], sheets: [] }, 'invalid_plan');
    expectPatchError(fixture, { cells: [], sheets: [{ ...warningsSheet([]), name: 'Tabel 3.1: ringkas' }] }, 'invalid_plan');
    expectPatchError(
      fixture,
      { cells: [{ sheet: 'Peringatan LKjIP', row: 0, col: 0, fill: 'info' }], sheets: [warningsSheet([])] },
      'invalid_plan',
    );
    expectPatchError(
      fixture,
      { cells: [], sheets: [warningsSheet([[null, { kind: 'text', value: 'inside the merge' }]])] },
      'merged_cell',
    );
    const array = buildPackage({
      sheets: [{ name: 'S', xml: worksheetXml('<row r="1"><c r="A1"><f t="array" ref="A1:A2">B1:B2*2</f><v>2</v></c></row><row r="2"><c r="A2"><v>4</v></c></row>') }],
    });
    expectPatchError(array, { cells: [{ sheet: 'S', row: 1, col: 0, content: { kind: 'number', value: 1 } }], sheets: [] }, 'array_formula');
  });

  test('property: random plans on existing sheets change exactly the planned cells', async () => {
    const before = readXlsx(fixture);
    const content = fc.oneof(
      fc.record({ kind: fc.constant('number' as const), value: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), numFmt: fc.constantFrom(undefined, '0.00%', '#,##0', '0.00') }),
      fc.record({ kind: fc.constant('text' as const), value: fc.string({ maxLength: 20 }) }),
      fc.record({ kind: fc.constant('formula' as const), formula: fc.constantFrom('SUM(C3:C14)', 'D3/C3*100', '"a"&"b"'), cached: fc.oneof(fc.integer(), fc.constant(null), fc.string({ maxLength: 5 })), numFmt: fc.constantFrom(undefined, '0.00') }),
      fc.constant({ kind: 'empty' as const }),
    );
    const write = fc.record(
      {
        sheet: fc.constant(SHEET),
        row: fc.integer({ min: 1, max: 25 }),
        col: fc.integer({ min: 0, max: 8 }),
        content: content as fc.Arbitrary<CellContent>,
        fill: fc.constantFrom<Fill>('error', 'warning', 'info', 'none'),
      },
      { requiredKeys: ['sheet', 'row', 'col'] },
    );
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(write, { maxLength: 12, selector: (w) => `${w.row},${w.col}` }), async (writes: CellWrite[]) => {
        const out = patchXlsx(fixture, { cells: writes, sheets: [] });
        expect(rowsWithCellsOutOfOrder(partText(out, 'xl/worksheets/sheet1.xml'))).toEqual([]);
        const after = readXlsx(out);
        const planned = new Set(writes.filter((w) => w.content).map((w) => `${SHEET}!${toA1(w.row, w.col)}`));
        for (const address of changedCells(before, after)) expect(planned.has(address)).toBe(true);
        for (const w of writes) {
          const cell = after.sheets[0]!.cells.cell(w.row, w.col);
          const c = w.content;
          if (!c) continue;
          if (c.kind === 'number') expect(cell?.value).toBe(Object.is(c.value, -0) ? 0 : c.value);
          if (c.kind === 'text') expect(cell?.value).toBe(c.value);
          if (c.kind === 'formula') expect([cell?.formula, cell?.value]).toEqual([c.formula, c.cached]);
          if (c.kind === 'empty') expect(cell?.value ?? null).toBeNull();
          if ((c.kind === 'number' || c.kind === 'formula') && c.numFmt) expect(cell?.numFmt).toBe(c.numFmt);
        }
        const wb = await loadWithExcelJs(out);
        const ws = wb.getWorksheet(SHEET)!;
        for (const w of writes.filter((x) => x.fill && x.fill !== 'none')) {
          const fill = ws.getCell(w.row + 1, w.col + 1).fill;
          expect(fill?.type === 'pattern' ? fill.fgColor?.argb : undefined).toBe(FILL_COLORS[w.fill as Exclude<Fill, 'none'>]);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('patchXlsx on real workbooks', () => {
  if (!existsSync(REALWORLD_DIR)) {
    test(`realworld skipped: ${REALWORLD_DIR} does not exist`, () => {
      console.log(`realworld skipped: ${REALWORLD_DIR} does not exist`);
    });
    return;
  }
  const files = readdirSync(REALWORLD_DIR).filter((f) => f.endsWith('.xlsx'));

  test.each(files)('%s round-trips: empty plan, then a plan', async (file) => {
    const original = new Uint8Array(readFileSync(join(REALWORLD_DIR, file)));
    const model = readXlsx(original);
    const empty = patchXlsx(original, EMPTY_PLAN);
    expect(readXlsx(empty)).toEqual(model);
    const allowed = ['xl/workbook.xml', 'xl/calcChain.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml'];
    for (const part of differingParts(original, empty)) expect(allowed).toContain(part);

    const sheet = model.sheets[0]!;
    const writes: CellWrite[] = [];
    rowsOf(sheet).forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (writes.length < 40 && r % 7 === 3 && cell && cell.value !== null) {
          const merged = sheet.merges.some((m) => r >= m.r1 && r <= m.r2 && c >= m.c1 && c <= m.c2 && (r !== m.r1 || c !== m.c1));
          if (!merged) writes.push({ sheet: sheet.name, row: r, col: c, content: { kind: 'number', value: r * 1000 + c, numFmt: '0.00' }, fill: 'warning' });
        }
      }),
    );
    const out = patchXlsx(original, { cells: writes, sheets: [warningsSheet([[{ kind: 'text', value: file }]])] });
    const after = readXlsx(out);
    const planned = new Set(writes.map((w) => `${w.sheet}!${toA1(w.row, w.col)}`));
    expect(changedCells(model, after).sort()).toEqual([...planned].sort());
    expect(after.sheets.at(-1)!.name).toBe('Peringatan LKjIP');
    const wb = await loadWithExcelJs(out);
    const first = writes[0]!;
    expect(wb.worksheets[0]!.getCell(first.row + 1, first.col + 1).value).toBe(first.row * 1000 + first.col);
  });
});

describe('LibreOffice opens the output', () => {
  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
  if (!soffice) {
    test('libreoffice skipped: neither /usr/bin/soffice nor /usr/bin/libreoffice exists', () => {
      console.log('libreoffice skipped: neither /usr/bin/soffice nor /usr/bin/libreoffice exists');
    });
    return;
  }

  test('a written value appears in its CSV export', async () => {
    const out = patchXlsx(await fixtureWorkbook(), {
      cells: [
        { sheet: SHEET, row: 3, col: 6, content: { kind: 'number', value: 4321.5 } },
        { sheet: SHEET, row: 4, col: 6, content: { kind: 'text', value: 'Sangat Baik' }, fill: 'error' },
      ],
      sheets: [],
    });
    const dir = mkdtempSync(join(tmpdir(), 'lkjip-xlsx-'));
    try {
      writeFileSync(join(dir, 'out.xlsx'), out);
      execFileSync(soffice, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'csv', '--outdir', dir, join(dir, 'out.xlsx')], {
        timeout: 120000,
        stdio: 'ignore',
      });
      const csv = readFileSync(join(dir, 'out.csv'), 'utf8');
      expect(csv).toContain('4321.5');
      expect(csv).toContain('Sangat Baik');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180000);
});
