import { analyzeWorkbook } from '../../src/engine/pipeline';
import { DEFAULT_SETTINGS } from '../../src/engine/settings/types';
import { isToolSheet } from '../../src/engine/workbook/tool-sheets';
import type { Cell, Sheet, Workbook } from '../../src/engine/workbook/types';
import { FIXTURE_WORKBOOKS } from './helpers/arbitraries';
import { runEngine } from './helpers/plan-invariants';
import { rowsOf, sheetOf } from '../helpers/sheet-rows';

/** Workbook shapes at the edges (issue 7): empty, one-row tables, far-away cells, 200 sheets. */
const book = (sheets: Sheet[]): Workbook => ({ sheets, definedNames: [] });
const bookOf = (sheets: Parameters<typeof sheetOf>[0][]): Workbook => book(sheets.map(sheetOf));
const cell = (value: Cell['value']): Cell => ({ value });

describe('empty and degenerate sheets', () => {
  const sparse: (Cell | undefined)[][] = [];
  sparse[99_999] = [];
  sparse[99_999]![16_383] = cell('JUMLAH');
  const cases: readonly (readonly [string, Workbook])[] = [
    ['no sheet at all', book([])],
    ['one empty sheet', bookOf([{ name: 'Kosong', rows: [], merges: [] }])],
    ['rows of nothing', bookOf([{ name: 'Kosong', rows: [undefined, [], [undefined, undefined]], merges: [] }])],
    ['merges on an empty sheet', bookOf([{ name: 'Gabung', rows: [], merges: [{ r1: 0, c1: 0, r2: 5, c2: 5 }, { r1: 3, c1: 3, r2: 1, c2: 1 }] }])],
    ['a header and nothing under it', bookOf([{ name: 'Tabel 3.1', rows: [['No', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)'].map(cell)], merges: [] }])],
    ['only a footer', bookOf([{ name: 'Tabel 3.10', rows: [[cell('JUMLAH'), undefined, cell(1e308), cell(-1e308)]], merges: [] }])],
    ['a lone cell at row 100,000, column XFD', bookOf([{ name: 'Jauh', rows: sparse, merges: [] }])],
    ['every tool sheet and nothing else', bookOf([{ name: 'Peringatan LKjIP', rows: [[cell('x')]], merges: [] }, { name: 'LKjIP_Pengaturan', rows: [[cell('{bukan json')]], merges: [] }])],
  ];
  test.each(cases)('%s: no throw, no unsafe write', (_name, workbook) => {
    expect(runEngine(workbook, DEFAULT_SETTINGS).violations).toEqual([]);
  });
});

/** For each table of each fixture: its sheet cut just below the table's first data row. */
function oneRowTables(): { label: string; workbook: Workbook }[] {
  const out: { label: string; workbook: Workbook }[] = [];
  for (const { name, workbook } of FIXTURE_WORKBOOKS) {
    for (const table of analyzeWorkbook(workbook, DEFAULT_SETTINGS).tables) {
      const first = table.rows.find((r) => r.kind.role === 'data');
      if (!first) continue;
      const sheet = workbook.sheets.find((s) => s.name === table.sheet)!;
      out.push({ label: `${name} ${table.sheet}!R${table.range.r1} ${table.kind}`, workbook: bookOf([{ ...sheet, rows: rowsOf(sheet).slice(0, first.row + 1) }]) });
    }
  }
  return out;
}

describe('one-row tables', () => {
  const cases = oneRowTables();
  test(`every fixture table cut to one data row (${cases.length} tables): no throw, no unsafe write`, () => {
    expect(cases.length).toBeGreaterThan(50);
    for (const c of cases) expect({ table: c.label, violations: runEngine(c.workbook, DEFAULT_SETTINGS).violations }).toEqual({ table: c.label, violations: [] });
  });
});

test('a workbook of 200 sheets: every table found, no unsafe write', () => {
  const withTable = (sheet: Sheet): boolean => analyzeWorkbook(book([sheet]), DEFAULT_SETTINGS).tables.some((t) => t.kind !== 'unknown');
  const pool = FIXTURE_WORKBOOKS.flatMap(({ workbook }) => workbook.sheets).filter((s) => !isToolSheet(s.name));
  const sheets = Array.from({ length: 200 }, (_, i) => ({ ...pool[i % pool.length]!, name: `L${String(i + 1).padStart(3, '0')} ${pool[i % pool.length]!.name}`.slice(0, 31) }));
  const { analysis, violations } = runEngine(book(sheets), DEFAULT_SETTINGS);
  expect(violations).toEqual([]);
  const found = new Set(analysis.tables.filter((t) => t.kind !== 'unknown').map((t) => t.sheet));
  expect(found.size).toBe(sheets.filter(withTable).length);
  expect(found.size).toBeGreaterThan(180);
});
