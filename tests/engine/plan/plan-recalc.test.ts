import { analyzeWorkbook } from '../../../src/engine/pipeline';
import { applyPlanToModel } from '../../../src/engine/plan/apply-to-model';
import { planRecalc } from '../../../src/engine/plan/plan-recalc';
import { WARNINGS_SHEET } from '../../../src/engine/plan/warnings-sheet';
import { toA1 } from '../../../src/engine/workbook/a1';
import { DEFAULT_SETTINGS } from '../../../src/engine/settings/types';
import type { Workbook } from '../../../src/engine/workbook/types';
import { allFixtures } from '../../fixtures/all';
import { fixtureWorkbook } from '../../fixtures/fixture-workbook';
import { sheetOf } from '../../helpers/sheet-rows';

const DERIVED_CODES = new Set([
  'CAPAIAN_MISMATCH', 'KEMAJUAN_MISMATCH', 'SERAPAN_MISMATCH', 'EFISIENSI_MISMATCH', 'SHARE_MISMATCH',
  'KETERSEDIAAN_MISMATCH', 'TOTAL_MISMATCH', 'AVERAGE_MISMATCH', 'SUMMARY_COUNT_MISMATCH', 'PREDIKAT_MISMATCH',
]);

function recalc(workbook: Workbook): Workbook {
  const analysis = analyzeWorkbook(workbook, DEFAULT_SETTINGS);
  return applyPlanToModel(workbook, planRecalc(workbook, analysis, DEFAULT_SETTINGS).plan);
}

describe.each(allFixtures.map((f) => [f.name, f] as const))('Hitung Ulang on %s', (_name, fixture) => {
  const original = fixtureWorkbook(fixture);
  const once = recalc(original);

  test('after recalculating, a check finds no mismatch on any derived cell', () => {
    const after = analyzeWorkbook(once, DEFAULT_SETTINGS);
    const derivedCells = new Set(after.derived.map((d) => `${d.sheet}!${d.row}:${d.col}`));
    const left = after.warnings.filter((w) => DERIVED_CODES.has(w.code));
    // Only formula cells (never overwritten) may still disagree, and they say so as FORMULA_DIFFERS.
    expect(left.map((w) => `${w.sheet}!${w.cell} ${w.code}`)).toEqual([]);
    expect(derivedCells.size).toBe(new Set(analyzeWorkbook(original, DEFAULT_SETTINGS).derived.map((d) => `${d.sheet}!${d.row}:${d.col}`)).size);
  });

  test('recalculating twice gives identical cell contents', () => {
    expect(recalc(once)).toEqual(once);
  });

  test('input cells are never written', () => {
    const analysis = analyzeWorkbook(original, DEFAULT_SETTINGS);
    const derived = new Set(analysis.derived.map((d) => `${d.sheet}!${d.row}:${d.col}`));
    const { plan } = planRecalc(original, analysis, DEFAULT_SETTINGS);
    const writtenInputs = plan.cells.filter((w) => w.content && !derived.has(`${w.sheet}!${w.row}:${w.col}`));
    expect(writtenInputs).toEqual([]);
  });
});

describe('Hitung Ulang writes each cell once', () => {
  test('a cell highlighted before (each listed twice) and written now is one write with its value and its fill cleared', () => {
    const fixture = allFixtures.find((f) => analyzeWorkbook(fixtureWorkbook(f), DEFAULT_SETTINGS).derived.length > 0)!;
    const workbook = fixtureWorkbook(fixture);
    const derived = analyzeWorkbook(workbook, DEFAULT_SETTINGS).derived[0]!;
    const input = { sheet: derived.sheet, row: derived.row, col: 0 };
    const listed = (at: { row: number; col: number }) => [{ value: 1 }, { value: derived.sheet }, { value: toA1(at.row, at.col) }];
    const previous = sheetOf({
      name: WARNINGS_SHEET,
      rows: [[{ value: 'No' }, { value: 'Sheet' }, { value: 'Sel' }], listed(derived), listed(input), listed(derived), listed(input)],
      merges: [],
    });
    const before = { ...workbook, sheets: [...workbook.sheets, previous] };
    const { plan } = planRecalc(before, analyzeWorkbook(before, DEFAULT_SETTINGS), DEFAULT_SETTINGS);
    const at = (c: { sheet: string; row: number; col: number }) => plan.cells.filter((w) => w.sheet === c.sheet && w.row === c.row && w.col === c.col);
    expect(at(derived)).toEqual([expect.objectContaining({ fill: 'none', content: expect.anything() })]);
    expect(at(input)).toEqual([{ ...input, fill: 'none' }]);
    const keys = plan.cells.map((w) => `${w.sheet}!${w.row}:${w.col}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
