import { analyzeWorkbook } from '../../src/engine/pipeline';
import { planRecalc } from '../../src/engine/plan/plan-recalc';
import type { CellWrite } from '../../src/engine/plan/types';
import { DEFAULT_SETTINGS } from '../../src/engine/settings/types';
import type { Workbook } from '../../src/engine/workbook/types';
import { FIXTURE_WORKBOOKS } from './helpers/arbitraries';
import { planViolations } from './helpers/plan-invariants';
import { rowsOf, sheetOf } from '../helpers/sheet-rows';

/** The checker the properties rely on: it must see every kind of unsafe write, or they prove nothing. */
describe('planViolations', () => {
  const standar = FIXTURE_WORKBOOKS.find((f) => f.name === 'standar')!.workbook;
  // Tabel 3.1: F = target, G = realisasi, H = capaian (0-based 5, 6, 7); data from row 5 (0-based 4).
  const withFormula: Workbook = {
    ...standar,
    sheets: standar.sheets.map((s) =>
      s.name === 'Tabel 3.1' ? sheetOf({ ...s, rows: rowsOf(s).map((r, i) => (i === 4 && r ? r.map((c, j) => (j === 7 && c ? { ...c, formula: 'G5/F5*100' } : c)) : r)) }) : s,
    ),
  };

  test('a safe plan of a real workbook has none', () => {
    const analysis = analyzeWorkbook(standar, DEFAULT_SETTINGS);
    const { plan } = planRecalc(standar, analysis, DEFAULT_SETTINGS);
    expect(plan.cells.filter((c) => c.content).length).toBeGreaterThan(50);
    expect(planViolations(standar, analysis, plan)).toEqual([]);
  });

  test('writes to an input cell, a formula, a non-derived cell, an unknown sheet and a NaN are each reported', () => {
    const analysis = analyzeWorkbook(withFormula, DEFAULT_SETTINGS);
    const bad: CellWrite[] = [
      { sheet: 'Tabel 3.1', row: 4, col: 5, content: { kind: 'number', value: 1 } },
      { sheet: 'Tabel 3.1', row: 4, col: 7, content: { kind: 'number', value: 100 } },
      { sheet: 'Tabel 3.1', row: 0, col: 0, content: { kind: 'text', value: 'x' } },
      { sheet: 'Tidak Ada', row: 1, col: 1, fill: 'error' },
      { sheet: 'Tabel 3.1', row: 5, col: 7, content: { kind: 'number', value: NaN } },
    ];
    const problems = planViolations(withFormula, analysis, { cells: bad, sheets: [] });
    expect(problems).toEqual([
      'Tabel 3.1!R4C5: written but not a derived cell',
      'Tabel 3.1!R4C5: writes an input cell (target)',
      'Tabel 3.1!R4C7: overwrites the formula G5/F5*100',
      'Tabel 3.1!R0C0: written but not a derived cell',
      'Tidak Ada!R1C1: no such sheet',
      'Tabel 3.1!R5C7: writes the number NaN',
    ]);
  });
});
