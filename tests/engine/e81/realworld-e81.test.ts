import { readXlsx } from '../../../src/adapters/xlsx/read-xlsx';
import { planE81 } from '../../../src/engine/e81/build-e81';
import { analyzeWorkbook } from '../../../src/engine/pipeline';
import { applyPlanToModel } from '../../../src/engine/plan/apply-to-model';
import { DEFAULT_SETTINGS } from '../../../src/engine/settings/types';
import { parseA1 } from '../../../src/engine/workbook/a1';
import { E81_FILE, describeRealworld, realworldBytes } from '../../realworld/realworld-files';

const SHEET = 'Realisasi TW IV';
/** Programs and kegiatan with a percentage or Nilai indicator whose column 14 adds last year's level. */
const LEVEL_ROWS = [13, 14, 22, 30, 39, 45, 55, 56, 64, 67, 70, 71, 77, 84, 92, 93, 97, 98, 101, 103];

describeRealworld('the Deli Serdang 2025 E.81 (variant D, live formulas)', () => {
  const workbook = readXlsx(realworldBytes(E81_FILE));
  const analysis = analyzeWorkbook(workbook, DEFAULT_SETTINGS);
  const warnings = analysis.warnings.filter((w) => w.sheet === SHEET && w.severity !== 'info');
  const rowOf = (cell: string): number => parseA1(cell)!.row + 1;

  test('its real findings: every level row at 104–200 %, and one column 13 typed 0 over a triwulan of 35', () => {
    const kemajuan = warnings.filter((w) => w.code === 'KEMAJUAN_MISMATCH');
    expect(kemajuan.map((w) => w.cell)).toEqual(LEVEL_ROWS.map((r) => `AF${r}`));
    expect(kemajuan.every((w) => w.severity === 'error' && typeof w.actual === 'number' && w.actual > 80 && w.actual <= 200)).toBe(true);
    expect(kemajuan.find((w) => w.cell === 'AF14')).toMatchObject({ expected: 100, actual: 200 });
    expect(warnings.filter((w) => w.code === 'TRIWULAN_SUM_MISMATCH').map((w) => [w.cell, w.expected, w.actual])).toEqual([['AB51', 35, 0]]);
    expect(warnings.filter((w) => w.severity === 'error')).toHaveLength(LEVEL_ROWS.length + 1);
  });

  test('no avalanche: formulas that agree give nothing, no child sum from a hierarchy guessed by position', () => {
    expect(warnings.filter((w) => w.code === 'CHILD_SUM_MISMATCH')).toEqual([]);
    const differs = warnings.filter((w) => w.code === 'FORMULA_DIFFERS');
    // Column 13 K formulas (P+S+V+Y) all agree, the level ones included (shares adding up to 100).
    expect(differs.filter((w) => /^AB\d/.test(w.cell))).toEqual([]);
    // Column 14/15 K disagree only on the level rows and on AB51's row.
    const kRows = [...new Set(differs.filter((w) => /^A[DF]\d/.test(w.cell)).map((w) => rowOf(w.cell)))];
    expect(kRows).toEqual([...LEVEL_ROWS, 51].sort((a, b) => a - b));
    // Rupiah: rows 11-12 (whose triwulan add two sibling rows that their column 13 leaves out) and AE64 (M64 + AC63).
    expect(differs.filter((w) => /^A[CEG]\d/.test(w.cell)).map((w) => w.cell).sort()).toEqual(['AC11', 'AC12', 'AE11', 'AE12', 'AE64', 'AG11', 'AG12', 'AG64']);
    expect(warnings.length).toBeLessThanOrEqual(72);
  });

  test('Buat E.81 from it: the level rule applied, and the new sheet passes its own checks', () => {
    const { plan } = planE81(workbook, analysis, DEFAULT_SETTINGS);
    const after = analyzeWorkbook(applyPlanToModel(workbook, plan), DEFAULT_SETTINGS);
    expect(after.warnings.filter((w) => w.sheet === 'E.81' && w.severity !== 'info')).toEqual([]);
    const sheet = plan.sheets[0]!;
    const row = sheet.rows.findIndex((r) => r[4]?.kind === 'text' && r[4].value.startsWith('Persentase Tertib Pelaporan Capaian Kinerja'));
    const num = (col: number): unknown => {
      const c = sheet.rows[row]![col];
      return c?.kind === 'number' ? c.value : undefined;
    };
    expect([num(7), num(19), num(21), num(23)]).toEqual([100, 100, 100, 100]);
  });
});
