import { SEVERITY_OF, type WarningCode } from '../../../src/engine/check/codes';
import { analyzeWorkbook } from '../../../src/engine/pipeline';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/engine/settings/types';
import { fixtureWorkbook } from '../../fixtures/fixture-workbook';
import type { FixtureCell, FixtureSheet } from '../../fixtures/spec';

function check(sheets: FixtureSheet[], settings: Settings = DEFAULT_SETTINGS) {
  return analyzeWorkbook(fixtureWorkbook({ name: 't', source: 'test', year: 2024, sheets, expected: [] }), settings).warnings;
}

const capaianSheet = (rows: FixtureCell[][], header: string[] = ['No', 'Sasaran', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)']): FixtureSheet => ({
  name: 'Tabel 3.1',
  rows: [['Tabel 3.1 Pencapaian Kinerja Tahun 2024'], header, ...rows],
});

function codesAt(warnings: ReturnType<typeof check>, cell: string): WarningCode[] {
  return warnings.filter((w) => w.cell === cell).map((w) => w.code);
}

describe('each warning code of SPEC §7 on a minimal sheet', () => {
  test('FORMULA_DIFFERS: a derived cell holding a formula is reported, not overwritten', () => {
    const w = check([capaianSheet([[1, 'S', 'IKM', 90, 91, { f: 'E3/D3*100-1', v: 100.11 }]])]);
    expect(codesAt(w, 'F3')).toEqual(['FORMULA_DIFFERS']);
    expect(w.find((x) => x.cell === 'F3')!.message).toMatch(/Rumus.*100,11.*101,11/);
  });

  test('a formula that agrees gives nothing', () => {
    expect(check([capaianSheet([[1, 'S', 'IKM', 90, 91, { f: 'E3/D3*100', v: 101.111111 }]])])).toEqual([]);
  });

  test('MISSING_VALUE: an empty realisasi, and a formula never calculated (missing, not 0)', () => {
    const w = check([capaianSheet([
      [1, 'S', 'IKM', 90, null, '100%'],
      [2, 'S', 'IPM', 80, { f: 'B9*2' }, '100%'],
    ])]);
    expect(codesAt(w, 'E3')).toEqual(['MISSING_VALUE']);
    const uncalculated = w.find((x) => x.cell === 'E4')!;
    expect(uncalculated.code).toBe('MISSING_VALUE');
    expect(uncalculated.message).toMatch(/belum pernah dihitung/);
    expect(SEVERITY_OF.MISSING_VALUE).toBe('info');
  });

  test('UNPARSEABLE_VALUE and AMBIGUOUS_NUMBER', () => {
    const w = check([capaianSheet([
      [1, 'S', 'IKM', 90, 'sembilan puluh', ''],
      [2, 'S', 'Jumlah dokumen', '1,000', 1000, ''],
    ])]);
    expect(codesAt(w, 'E3')).toEqual(['UNPARSEABLE_VALUE']);
    expect(codesAt(w, 'D4')).toEqual(['AMBIGUOUS_NUMBER']);
  });

  test('UNIT_MISMATCH, PERCENT_OVER_100, CAPAIAN_OUTLIER', () => {
    const w = check([capaianSheet([
      [1, 'S', 'Jumlah inovasi', '2 inovasi', '2 laporan', '100%'],
      [2, 'S', 'Persentase desa tertib', '80%', '425%', '531,25%'],
    ])]);
    expect(codesAt(w, 'E3')).toEqual(['UNIT_MISMATCH']);
    expect(codesAt(w, 'E4')).toEqual(['PERCENT_OVER_100']);
    expect(codesAt(w, 'F4')).toEqual(['CAPAIAN_OUTLIER']);
  });

  test('negative polarity from a Polaritas column, and capping as a setting', () => {
    const rows: FixtureCell[][] = [[1, 'S', 'Jumlah pengaduan', 'negatif', 5, 3, '140%']];
    const header = ['No', 'Sasaran', 'Indikator Kinerja', 'Polaritas', 'Target', 'Realisasi', 'Capaian (%)'];
    expect(check([capaianSheet(rows, header)])).toEqual([]);
    const capped = check([capaianSheet(rows, header)], { ...DEFAULT_SETTINGS, batasCapaian: 120 });
    expect(capped.map((x) => [x.cell, x.code, x.expected])).toEqual([['G3', 'CAPAIAN_MISMATCH', 120]]);
  });

  test('PREDIKAT_MISMATCH and AVERAGE_MISMATCH', () => {
    const w = check([capaianSheet(
      [
        [1, 'S', 'IKM', 90, 91, '101,11%', 'Sedang'],
        [2, 'S', 'IPM', 80, 60, '75%', 'Sedang'],
        ['Rata-rata capaian', null, null, null, null, '90%', 'Sangat Tinggi'],
      ],
      ['No', 'Sasaran', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', 'Predikat'],
    )]);
    expect(codesAt(w, 'G3')).toEqual(['PREDIKAT_MISMATCH']);
    expect(codesAt(w, 'G4')).toEqual([]);
    expect(codesAt(w, 'F5')).toEqual(['AVERAGE_MISMATCH']);
    expect(codesAt(w, 'G5')).toEqual(['PREDIKAT_MISMATCH']);
  });

  test('SHARE_MISMATCH and TOTAL_MISMATCH in Tabel 3.7', () => {
    const w = check([{
      name: 'Tabel 3.7',
      rows: [
        ['No', 'Sasaran', 'Indikator', 'Anggaran (Rp)', '% Anggaran'],
        [1, 'A', 'IKM', { n: 300, fmt: '#,##0' }, '30%'],
        [2, 'B', 'IPM', { n: 700, fmt: '#,##0' }, '60%'],
        ['JUMLAH', null, null, { n: 900, fmt: '#,##0' }, '100%'],
      ],
    }]);
    expect(codesAt(w, 'E3')).toEqual(['SHARE_MISMATCH']);
    expect(codesAt(w, 'D4')).toEqual(['TOTAL_MISMATCH']);
  });

  test('CHILD_SUM_MISMATCH by kode, SERAPAN_MISMATCH, OVER_BUDGET in Tabel 3.10', () => {
    const w = check([{
      name: 'Tabel 3.10',
      rows: [
        ['Kode', 'Program/Kegiatan/Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', '% Realisasi'],
        ['7.01.01', 'PROGRAM PENUNJANG', 1000, 900, '90%'],
        ['7.01.01.2.01', 'Administrasi Umum', 600, 650, '108,33%'],
        ['7.01.01.2.02', 'Administrasi Keuangan', 300, 250, '80%'],
      ],
    }]);
    expect(codesAt(w, 'C2')).toEqual(['CHILD_SUM_MISMATCH']);
    expect(codesAt(w, 'D3')).toEqual(['OVER_BUDGET']);
    expect(codesAt(w, 'E4')).toEqual(['SERAPAN_MISMATCH']);
  });

  test('SUMMARY_COUNT_MISMATCH against the capaian table', () => {
    const w = check([
      capaianSheet([[1, 'S', 'IKM', 90, 91, '101,11%'], [2, 'S', 'IPM', 80, 80, '100%']]),
      { name: 'Tabel 3.2', rows: [['No', 'Kategori', 'Jumlah Indikator'], [1, 'Melampaui target', 2], [2, 'Sesuai target', 0], [3, 'Tidak mencapai target', 0]] },
    ]);
    expect(codesAt(w, 'C2').concat(codesAt(w, 'C3'))).toEqual(['SUMMARY_COUNT_MISMATCH', 'SUMMARY_COUNT_MISMATCH']);
  });

  test('YEAR_MISMATCH and UNRECOGNIZED_TABLE', () => {
    const w = check([
      capaianSheet([[1, 'S', 'IKM', 90, 91, '101,11%']]),
      { name: 'Lain', rows: [['Tabel 9 Data Lama Tahun 2022'], ['Tahun', 'Jumlah Penduduk'], [2020, 5], [2021, 6]] },
    ], { ...DEFAULT_SETTINGS, tahun: 2024 });
    expect(w.map((x) => x.code).sort()).toEqual(['UNRECOGNIZED_TABLE', 'YEAR_MISMATCH']);
  });
});

test('a `Rp. (000)` header scales the column when comparing across tables (SPEC §3)', () => {
  const w = check([
    { name: 'Tabel 3.8', rows: [['Sasaran', 'Program', 'Indikator', 'Target', 'Realisasi', 'Capaian', 'Pagu (Rp. 000)', 'Realisasi (Rp. 000)', 'Capaian Anggaran'], ['S', 'Program Penunjang', 'IKM', 90, 90, '100%', 2500, 2400, '96%']] },
    { name: 'Tabel 3.10', rows: [['Kode', 'Program/Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', '% Realisasi'], ['7.01.01', 'Program Penunjang', 2500000, 2400000, '96%']] },
  ]);
  expect(w.filter((x) => x.code === 'CROSS_TABLE_MISMATCH')).toEqual([]);
  const differs = check([
    { name: 'Tabel 3.8', rows: [['Sasaran', 'Program', 'Indikator', 'Target', 'Realisasi', 'Capaian', 'Pagu (Rp. 000)', 'Realisasi (Rp. 000)', 'Capaian Anggaran'], ['S', 'Program Penunjang', 'IKM', 90, 90, '100%', 2500, 2400, '96%']] },
    { name: 'Tabel 3.10', rows: [['Kode', 'Program/Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', '% Realisasi'], ['7.01.01', 'Program Penunjang', 2600000, 2400000, '92,31%']] },
  ]);
  expect(differs.filter((x) => x.code === 'CROSS_TABLE_MISMATCH').map((x) => [x.cell, x.expected, x.actual])).toEqual([['C2', 2500000, 2600000]]);
});
