import { DeriveContext } from '../../../src/engine/derive/context';
import { TableAccess } from '../../../src/engine/derive/table-access';
import { deriveTriwulanSums } from '../../../src/engine/e81/triwulan-cells';
import { analyzeWorkbook, type Analysis } from '../../../src/engine/pipeline';
import { recognizeWorkbook } from '../../../src/engine/recognize/recognize-workbook';
import { toA1 } from '../../../src/engine/workbook/a1';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/engine/settings/types';
import type { Workbook } from '../../../src/engine/workbook/types';
import { fixtureSheet, fixtureWorkbook } from '../../fixtures/fixture-workbook';
import { contohKecamatan } from '../../fixtures/seeds/contoh-kecamatan';
import { sooko2023 } from '../../fixtures/seeds/sooko-2023';
import type { FixtureCell } from '../../fixtures/spec';
import { miniE81 } from './mini-e81';
import { rowsOf, sheetOf } from '../../helpers/sheet-rows';

const SHEET = 'E81 Dinas';

function analyzeMini(changes: Readonly<Record<string, FixtureCell>> = {}, settings: Partial<Settings> = {}): Analysis {
  const workbook: Workbook = { sheets: [fixtureSheet(miniE81(changes))], definedNames: [] };
  return analyzeWorkbook(workbook, { ...DEFAULT_SETTINGS, tahun: 2024, ...settings });
}

const shown = (a: Analysis): string[] =>
  a.warnings.filter((w) => w.severity !== 'info').map((w) => `${w.code} ${w.cell}`).sort();

describe('checking an existing E.81 (variant B with Satuan, formulas as Deli Serdang has them)', () => {
  const base = analyzeMini();

  test('the form is recognized with its K/Rp columns', () => {
    const t = base.tables.find((x) => x.sheet === SHEET)!;
    expect(t.kind).toBe('e81');
    const role = (col: number): string => {
      const c = t.columns.find((x) => x.col === col)!;
      return [c.role, c.triwulan && `tw${c.triwulan}`, c.measure].filter(Boolean).join('/');
    };
    expect([5, 6, 7, 8, 9, 10, 11, 18, 19, 20, 21, 22, 23, 24].map(role)).toEqual([
      'target_akhir/K', 'target_akhir/Rp', 'realisasi_lalu/K', 'realisasi_lalu/Rp', 'target/K', 'anggaran/Rp',
      'realisasi/tw1/K', 'realisasi_anggaran/tw4/Rp', 'realisasi/K', 'realisasi_anggaran/Rp',
      'realisasi_kumulatif/K', 'realisasi_kumulatif/Rp', 'kemajuan/K', 'kemajuan/Rp',
    ]);
  });

  test('a percentage level whose column 14 adds last year to this year (200 %) is the one finding', () => {
    expect(shown(base)).toEqual(['FORMULA_DIFFERS V6', 'FORMULA_DIFFERS X6', 'KEMAJUAN_MISMATCH X6']);
    const finding = base.warnings.find((w) => w.code === 'KEMAJUAN_MISMATCH')!;
    expect(finding).toMatchObject({ severity: 'error', expected: 100, actual: 200 });
    expect(finding.message).toContain('menjumlahkan realisasi tahun lalu (100) dan tahun berjalan (100)');
    expect(base.derived.find((d) => d.row === 5 && d.col === 21)).toMatchObject({ kind: 'realisasi_kumulatif', value: 100 });
  });

  test('formulas that agree give nothing: the triwulan shares of a level may add up to its column 13', () => {
    const col13 = base.derived.find((d) => d.row === 5 && d.col === 19)!;
    expect(col13).toMatchObject({ kind: 'realisasi_tahun_berjalan', value: 100, mismatch: 'TRIWULAN_SUM_MISMATCH' });
  });

  test('a column 13 typed otherwise is told in the words of its triwulan additions', () => {
    const finding = analyzeMini({ T6: 999 }).warnings.find((w) => w.cell === 'T6')!;
    expect(finding).toMatchObject({ code: 'TRIWULAN_SUM_MISMATCH', expected: 100, actual: 999 });
    expect(finding.message).toContain('tambahan per triwulan');
  });

  test('typed 200 % in columns 14 and 15 of a level: KEMAJUAN_MISMATCH on each, no duplicate', () => {
    expect(shown(analyzeMini({ V6: 200, X6: 200 }))).toEqual(['KEMAJUAN_MISMATCH V6', 'KEMAJUAN_MISMATCH X6']);
  });

  test('column 13 K of a count is the sum of its triwulan (TRIWULAN_SUM_MISMATCH)', () => {
    const a = analyzeMini({ T7: 3 });
    expect(shown(a).filter((s) => !s.endsWith('6'))).toEqual(['TRIWULAN_SUM_MISMATCH T7']);
    expect(a.warnings.find((w) => w.cell === 'T7')).toMatchObject({ expected: 2, actual: 3 });
  });

  test('column 13 Rp is the sum of the triwulan Rp; the parent then disagrees with its children', () => {
    const a = analyzeMini({ U8: 170 });
    expect(shown(a).filter((s) => !s.endsWith('6') || s.startsWith('CHILD'))).toEqual(['CHILD_SUM_MISMATCH U6', 'TRIWULAN_SUM_MISMATCH U8']);
  });

  test('a parent pagu against its children (CHILD_SUM_MISMATCH on Rp)', () => {
    expect(shown(analyzeMini({ K7: 310 })).filter((s) => s.startsWith('CHILD'))).toEqual(['CHILD_SUM_MISMATCH K6']);
  });

  test('column 15 K of a count: (7 + 13) ÷ 6', () => {
    const a = analyzeMini({ X7: 70 });
    expect(shown(a).filter((s) => s.endsWith('7'))).toEqual(['KEMAJUAN_MISMATCH X7']);
    expect(a.warnings.find((w) => w.cell === 'X7')).toMatchObject({ expected: 60, actual: 70 });
  });

  test('column 14 Rp always adds up, even for a level', () => {
    expect(shown(analyzeMini({ W9: 40 }))).toContain('KEMAJUAN_MISMATCH W9');
  });

  test('a Jumlah row adds the top-level rows', () => {
    expect(shown(analyzeMini({ K10: { f: 'K6+K9', v: 560 } }))).toContain('FORMULA_DIFFERS K10');
    expect(shown(analyzeMini({ K10: 560 }))).toContain('TOTAL_MISMATCH K10');
  });

  test('rata-rata and predikat footers under column 15 (Permendagri 86 scale)', () => {
    // (100 + 60 + 60 + 99,411764…) ÷ 4 = 79,852941… → Tinggi
    const ok = analyzeMini({ A11: 'Rata-rata capaian kinerja (%)', X11: { n: 79.85, fmt: '0.00' }, A12: 'Predikat kinerja', X12: 'Tinggi' });
    expect(shown(ok).filter((s) => /1[12]$/.test(s))).toEqual([]);
    const wrong = analyzeMini({ A11: 'Rata-rata capaian kinerja (%)', X11: { n: 104.85, fmt: '0.00' }, A12: 'Predikat kinerja', X12: 'Sangat Tinggi' });
    expect(shown(wrong).filter((s) => /1[12]$/.test(s))).toEqual(['AVERAGE_MISMATCH X11', 'PREDIKAT_MISMATCH X12']);
  });

  test('the predikat of an E.81 stays on the Permendagri 86 scale when the LKjIP tables use another', () => {
    const footers = { A11: 'Rata-rata capaian kinerja (%)', X11: { n: 79.85, fmt: '0.00' }, A12: 'Predikat kinerja', X12: 'Tinggi' };
    expect(shown(analyzeMini(footers, { skalaPredikat: 'lkjip-5' })).filter((s) => /1[12]$/.test(s))).toEqual([]);
  });

  test('capping applies to column 15 K as to every capaian: 6 ÷ 5 = 120 % shows 100 % when capped at 100', () => {
    const capped = analyzeMini({ F7: 5, X7: 100 }, { batasCapaian: 100 });
    expect(capped.derived.find((d) => d.row === 6 && d.col === 23)?.value).toBe(100);
    expect(capped.warnings.filter((w) => w.cell === 'X7')).toEqual([]);
    expect(analyzeMini({ F7: 5, X7: 100 }).warnings.find((w) => w.cell === 'X7')).toMatchObject({ code: 'KEMAJUAN_MISMATCH', expected: 120 });
  });
});

describe('the Sooko 2023 E.81 (an Aksara export rebuilt from the seed)', () => {
  const analysis = analyzeWorkbook(fixtureWorkbook(sooko2023), DEFAULT_SETTINGS);
  const onE81 = analysis.warnings.filter((w) => w.sheet === 'E.81' && w.severity !== 'info');

  test('every sub kegiatan whose column 12 prints the capaian (100,00) instead of the sum of its triwulan is found', () => {
    const cells = onE81.filter((w) => w.code === 'TRIWULAN_SUM_MISMATCH').map((w) => w.cell);
    expect(cells).toEqual([
      'S11', 'S12', 'S13', 'S14', 'S15', 'S16', 'S18', 'S20', 'S22', 'S23', 'S24', 'S25', 'S26', 'S27', 'S29', 'S30',
      'S32', 'S33', 'S34', 'S36', 'S38', 'S41', 'S42', 'S43', 'S44',
    ]);
    expect(onE81.find((w) => w.cell === 'S16')).toMatchObject({ expected: 20, actual: 100 });
    expect(onE81.find((w) => w.cell === 'S38')).toMatchObject({ expected: 3162, actual: 632.4 });
  });

  test('S36: 425 % = 93 + 85 + 247 + 0 added up for a percentage indicator; its level is the last triwulan, 247', () => {
    const s36 = onE81.find((w) => w.cell === 'S36')!;
    expect(s36).toMatchObject({ code: 'TRIWULAN_SUM_MISMATCH', expected: 247, actual: 425 });
    expect(s36.message).toContain('triwulan III');
    expect(onE81.find((w) => w.code === 'PERCENT_OVER_100')).toMatchObject({ cell: 'O36', actual: 247 });
  });

  test('percentages reported as shares per triwulan that add up to a plausible level are not flagged (S17, S28, S39)', () => {
    for (const cell of ['S9', 'S10', 'S17', 'S19', 'S21', 'S28', 'S37', 'S39']) {
      expect(onE81.filter((w) => w.cell === cell)).toEqual([]);
    }
    const s17 = analysis.derived.find((d) => d.sheet === 'E.81' && d.row === 16 && d.col === 18)!;
    expect(s17.value).toBeCloseTo(91.81, 10);
  });

  test('every rupiah column 12 equals the sum of its triwulan, and parents their children', () => {
    expect(onE81.filter((w) => w.cell.startsWith('T') || w.code === 'CHILD_SUM_MISMATCH')).toEqual([]);
    const sums = analysis.derived.filter((d) => d.sheet === 'E.81' && d.col === 19 && d.kind === 'realisasi_tahun_berjalan');
    expect(sums).toHaveLength(35);
  });
});

describe('triwulan columns of a realisasi anggaran table (the helper other derivers can call)', () => {
  const check = (workbook: Workbook): string[] => {
    const table = recognizeWorkbook(workbook).find((t) => t.sheet === 'Tabel 3.10')!;
    const ctx = DeriveContext.of(workbook, DEFAULT_SETTINGS, 2024);
    deriveTriwulanSums(ctx, new TableAccess(table, workbook.sheets[table.sheetIndex]!));
    expect(ctx.derived.filter((d) => d.kind === 'realisasi_tahun_berjalan').length).toBeGreaterThan(20);
    return ctx.mismatches.map((w) => `${w.code} ${w.cell}`);
  };

  test('the example workbook Tabel 3.10: every realisasi equals its triwulan', () => {
    expect(check(fixtureWorkbook(contohKecamatan))).toEqual([]);
  });

  test('a triwulan typed wrong is caught on the realisasi of its row', () => {
    const workbook = fixtureWorkbook(contohKecamatan);
    const sheet = workbook.sheets.find((s) => s.name === 'Tabel 3.10')!;
    const table = recognizeWorkbook(workbook).find((t) => t.sheet === 'Tabel 3.10')!;
    const twRp = table.columns.find((c) => c.role === 'realisasi_anggaran' && c.triwulan === 2)!;
    const row = table.rows.find((r) => r.kind.role === 'data' && typeof sheet.cells.value(r.row, twRp.col) === 'number')!.row;
    const rows = rowsOf(sheet);
    rows[row]![twRp.col] = { value: (sheet.cells.value(row, twRp.col) as number) + 1000, numFmt: '#,##0' };
    const tampered: Workbook = { ...workbook, sheets: workbook.sheets.map((s) => (s === sheet ? sheetOf({ ...s, rows }) : s)) };
    const realisasi = table.columns.find((c) => c.role === 'realisasi_anggaran' && c.triwulan === undefined)!;
    expect(check(tampered)).toEqual([`TRIWULAN_SUM_MISMATCH ${toA1(row, realisasi.col)}`]);
  });
});
