import { analyzeWorkbook } from '../../../src/engine/pipeline';
import { applyPlanToModel } from '../../../src/engine/plan/apply-to-model';
import { planRecalc } from '../../../src/engine/plan/plan-recalc';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/engine/settings/types';
import { fixtureWorkbook } from '../../fixtures/fixture-workbook';
import { allFixtures } from '../../fixtures/all';
import { standar } from '../../fixtures/seeds/standar';
import { rowsOf } from '../../helpers/sheet-rows';

const DERIVED_CODES = new Set([
  'CAPAIAN_MISMATCH', 'KEMAJUAN_MISMATCH', 'SERAPAN_MISMATCH', 'EFISIENSI_MISMATCH', 'SHARE_MISMATCH', 'KETERSEDIAAN_MISMATCH',
  'TOTAL_MISMATCH', 'AVERAGE_MISMATCH', 'SUMMARY_COUNT_MISMATCH', 'PREDIKAT_MISMATCH', 'FORMULA_DIFFERS',
]);
const RUMUS: Settings = { ...DEFAULT_SETTINGS, modeTulis: 'rumus' };

describe('write mode "rumus"', () => {
  test('derived cells over numeric inputs become live formulas with the value cached', () => {
    const workbook = fixtureWorkbook(standar);
    const { plan } = planRecalc(workbook, analyzeWorkbook(workbook, RUMUS), RUMUS);
    const formulas = plan.cells.filter((c) => c.content?.kind === 'formula');
    expect(formulas.length).toBeGreaterThan(40);
    const total = plan.cells.find((c) => c.sheet === 'Tabel 3.10' && c.row === 25 && c.col === 2)!;
    expect(total.content).toMatchObject({ kind: 'formula', formula: expect.stringMatching(/^IFERROR\(SUM\(C5,C10,C17\)|^IFERROR\(SUM\(/) });
    const serapan = plan.cells.find((c) => c.sheet === 'Tabel 3.10' && c.row === 4 && c.col === 4)!;
    expect(serapan.content).toEqual({ kind: 'formula', formula: 'IFERROR(((D5/C5)*100),"")', cached: expect.any(Number), numFmt: '0.00' });
  });

  test('text inputs (`94,95%`, `81 (A)`) keep a value: no formula can read them without the add-in', () => {
    const workbook = fixtureWorkbook(allFixtures.find((f) => f.name === 'bangsal-2024')!);
    const { plan } = planRecalc(workbook, analyzeWorkbook(workbook, RUMUS), RUMUS);
    const f9 = plan.cells.find((c) => c.sheet === 'Tabel 3.1' && c.row === 8 && c.col === 5)!;
    expect(f9.content?.kind).toBe('number');
  });

  test('negative polarity and capping are in the formula', () => {
    const settings: Settings = { ...RUMUS, batasCapaian: 120, batasBawahNol: true };
    const workbook = fixtureWorkbook({
      name: 't', source: 'test', year: 2024, expected: [],
      sheets: [{ name: 'Tabel 3.1', rows: [
        ['No', 'Indikator Kinerja', 'Polaritas', 'Target', 'Realisasi', 'Capaian (%)'],
        [1, 'Jumlah pengaduan', 'negatif', 5, 3, null],
        [2, 'IKM', 'positif', 80, 100, null],
      ] }],
    });
    const { plan } = planRecalc(workbook, analyzeWorkbook(workbook, settings), settings);
    const at = (row: number) => plan.cells.find((c) => c.row === row && c.col === 5)!.content;
    expect(at(1)).toMatchObject({ kind: 'formula', formula: 'IFERROR(MAX(0,MIN(((((2*D2)-E2)/D2)*100),120))/100,"")', cached: 1.2, numFmt: '0.00%' });
    expect(at(2)).toMatchObject({ kind: 'formula', formula: 'IFERROR(MAX(0,MIN(((E3/D3)*100),120))/100,"")', cached: 1.2 });
  });

  test.each(allFixtures.map((f) => [f.name, f] as const))('%s: after a rumus-mode Hitung Ulang, a check finds nothing to correct, and again changes nothing', (_n, fixture) => {
    const workbook = fixtureWorkbook(fixture);
    const once = applyPlanToModel(workbook, planRecalc(workbook, analyzeWorkbook(workbook, RUMUS), RUMUS).plan);
    const after = analyzeWorkbook(once, RUMUS);
    expect(after.warnings.filter((w) => DERIVED_CODES.has(w.code))).toEqual([]);
    const twice = applyPlanToModel(once, planRecalc(once, after, RUMUS).plan);
    expect(twice.sheets.map(rowsOf)).toEqual(once.sheets.map(rowsOf));
  });
});
