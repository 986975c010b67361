import { planE81 } from '../../../src/engine/e81/build-e81';
import { e81Missing, e81Sheet } from '../../../src/engine/i18n/e81-messages';
import { analyzeWorkbook } from '../../../src/engine/pipeline';
import { applyPlanToModel } from '../../../src/engine/plan/apply-to-model';
import { planRecalc } from '../../../src/engine/plan/plan-recalc';
import type { GeneratedCell, GeneratedSheet, WritePlan } from '../../../src/engine/plan/types';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/engine/settings/types';
import { parseA1 } from '../../../src/engine/workbook/a1';
import type { Workbook } from '../../../src/engine/workbook/types';
import { fixtureWorkbook } from '../../fixtures/fixture-workbook';
import { e81Sumber } from '../../fixtures/seeds/e81-sumber';
import { standar } from '../../fixtures/seeds/standar';

const SETTINGS: Settings = { ...DEFAULT_SETTINGS, instansi: 'Kecamatan Sukamaju' };

function build(workbook: Workbook, settings: Settings = SETTINGS): { sheet: GeneratedSheet; missing: string[]; plan: WritePlan; after: Workbook } {
  const { plan, missing } = planE81(workbook, analyzeWorkbook(workbook, settings), settings);
  return { sheet: plan.sheets[0]!, missing, plan, after: applyPlanToModel(workbook, plan) };
}

function at(sheet: GeneratedSheet, ref: string): GeneratedCell | null {
  const { row, col } = parseA1(ref)!;
  return sheet.rows[row]?.[col] ?? null;
}

function value(sheet: GeneratedSheet, ref: string): number | string | undefined {
  const cell = at(sheet, ref);
  return cell && (cell.kind === 'number' || cell.kind === 'text') ? cell.value : undefined;
}

function rowOfLabel(sheet: GeneratedSheet, label: string): number {
  return sheet.rows.findIndex((r) => r[0]?.kind === 'text' && r[0].value === label);
}

describe('Buat E.81 from the source workbook e81-sumber (numbers verified by hand in the fixture)', () => {
  const source = fixtureWorkbook(e81Sumber);
  const { sheet, missing, after } = build(source);

  test('title, period and the form layout', () => {
    expect(sheet.name).toBe('E.81');
    expect(value(sheet, 'A1')).toBe('Formulir E.81');
    expect(value(sheet, 'A2')).toBe('EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH KECAMATAN SUKAMAJU');
    expect(value(sheet, 'A3')).toBe('Periode Pelaksanaan: Triwulan I s/d IV Tahun 2024');
    expect(value(sheet, 'F5')).toBe('Target Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra Perangkat Daerah)');
    expect(['F7', 'G7', 'T7', 'U7', 'X7', 'Y7'].map((r) => value(sheet, r))).toEqual(['K', 'Rp', 'K', 'Rp', 'K', 'Rp']);
    expect(['A8', 'E8', 'T8', 'V8', 'X8', 'Z8', 'AA8'].map((r) => value(sheet, r))).toEqual(['1', '5', '13 = 9+10+11+12', '14 = 7 + 13', '15 = 14 / 6 x 100', '16', '17']);
    expect(sheet.freeze).toEqual({ rows: 8, cols: 0 });
    expect(sheet.printLandscapeFitWidth).toBe(true);
    expect(sheet.merges).toContainEqual({ r1: 4, c1: 11, r2: 4, c2: 18 });
  });

  test('program 7.01.01, a percentage: column 13 K is its last triwulan, 14 K is 13 K, rupiah add up', () => {
    expect(['A9', 'C9', 'E9'].map((r) => value(sheet, r))).toEqual([1, '7.01.01', 'Persentase Capaian Kinerja Perangkat Daerah (%)']);
    expect(['F9', 'G9', 'H9', 'I9', 'J9', 'K9'].map((r) => value(sheet, r))).toEqual([100, 12458000000, 94, 4630500000, 100, 2411000000]);
    expect(['T9', 'U9', 'V9', 'W9', 'X9'].map((r) => value(sheet, r))).toEqual([95, 2370650000, 95, 7001150000, 95]);
    expect(value(sheet, 'Y9')).toBeCloseTo(56.19802536522716, 9);
    expect(value(sheet, 'AB9')).toBe(95);
    expect(value(sheet, 'AC9')).toBeCloseTo(98.32642057237661, 9);
  });

  test('counts add their triwulan and their Renstra years', () => {
    // 7.01.01.2.01.01: 0+1+0+1 = 2; 2+2 = 4 before; 4+2 = 6 of 10 = 60 %
    expect(['H11', 'T11', 'V11', 'X11', 'AB11'].map((r) => value(sheet, r))).toEqual([4, 2, 6, 60, 100]);
    // 7.01.02.2.04: 120+130+110+150 = 510; 480+495 = 975; 1.485 of 2.500 = 59,4 %; 510 of 500 = 102 %
    expect(['H17', 'T17', 'V17', 'X17', 'AB17'].map((r) => value(sheet, r))).toEqual([975, 510, 1485, 59.4, 102]);
  });

  test('levels: the latest Renstra year, the last triwulan, polarity-free ratios', () => {
    expect(['H13', 'T13', 'V13'].map((r) => value(sheet, r))).toEqual([93.2, 92.3, 92.3]);
    expect(value(sheet, 'X13')).toBeCloseTo(97.15789473684211, 9);
    expect(value(sheet, 'E15')).toBe('Indeks Kepuasan Masyarakat (Nilai)');
    expect(['H15', 'T15', 'V15'].map((r) => value(sheet, r))).toEqual([81.7, 84.5, 84.5]);
    expect(value(sheet, 'X15')).toBeCloseTo(99.41176470588235, 9);
    expect(value(sheet, 'AB15')).toBeCloseTo(103.04878048780488, 9);
  });

  test('the second indicator of program 7.01.02 has its own row, no rupiah, under merged No/Kode/name', () => {
    expect(['A16', 'C16', 'D16', 'G16', 'U16', 'W16'].map((r) => value(sheet, r))).toEqual(Array(6).fill(undefined));
    expect(['E16', 'F16', 'H16', 'J16', 'T16', 'V16'].map((r) => value(sheet, r))).toEqual([
      'Persentase Pelayanan yang Terlayani sesuai Standar Pelayanan (%)', 95, 88, 90, 93, 93,
    ]);
    expect(value(sheet, 'X16')).toBeCloseTo(97.89473684210526, 9);
    expect(sheet.merges).toContainEqual({ r1: 14, c1: 0, r2: 15, c2: 0 });
  });

  test('what no source has stays empty and is listed in Indonesian, nothing invented', () => {
    expect(['F14', 'G14', 'H14', 'I14', 'V14', 'W14', 'X14', 'Y14'].map((r) => value(sheet, r))).toEqual(Array(8).fill(undefined));
    expect(['J14', 'T14', 'U14', 'AB14'].map((r) => value(sheet, r))).toEqual([25, 25, 2360000000, 100]);
    const gaji = '"Jumlah Orang yang Menerima Gaji dan Tunjangan ASN"';
    expect(missing).toEqual([
      `Target akhir periode Renstra (kolom 6 K) tidak ditemukan untuk 1 baris: ${gaji}.`,
      `Realisasi s/d tahun lalu (kolom 7 K) tidak ditemukan untuk 1 baris: ${gaji}.`,
      `Pagu akhir periode Renstra (kolom 6 Rp) tidak ditemukan untuk 1 baris: ${gaji}.`,
      `Realisasi anggaran s/d tahun lalu (kolom 7 Rp) tidak ditemukan untuk 1 baris: ${gaji}.`,
    ]);
  });

  test('footers: rata-rata of column 15 and of the capaian Renja, with predikat on the Permendagri 86 scale', () => {
    const r = rowOfLabel(sheet, e81Sheet.rataRata) + 1;
    expect(r).toBe(19);
    expect(value(sheet, `X${r}`)).toBeCloseTo(80.98493292053, 9);
    expect(value(sheet, `X${r + 1}`)).toBe('Tinggi');
    expect(value(sheet, `A${r + 1}`)).toBe(e81Sheet.predikat);
    expect(value(sheet, `AB${r + 1}`)).toBe('Sangat Tinggi');
    for (const label of Object.values(e81Sheet.factorLabels)) expect(rowOfLabel(sheet, label)).toBeGreaterThan(r + 1);
  });

  test('formats: money #,##0, K #,##0.00, percentages 0.00; names always text', () => {
    expect(at(sheet, 'K9')).toMatchObject({ kind: 'number', numFmt: '#,##0' });
    expect(at(sheet, 'T9')).toMatchObject({ kind: 'number', numFmt: '#,##0.00' });
    expect(at(sheet, 'X9')).toMatchObject({ kind: 'number', numFmt: '0.00' });
    expect(at(sheet, 'C9')).toMatchObject({ kind: 'text' });
  });

  test("the engine's own E.81 passes its own checks, and the whole workbook stays clean", () => {
    const analysis = analyzeWorkbook(after, SETTINGS);
    const t = analysis.tables.find((x) => x.sheet === 'E.81')!;
    expect(t.kind).toBe('e81');
    expect(t.rows.filter((r) => r.kind.role === 'data')).toHaveLength(10);
    expect(t.rows.filter((r) => r.kind.role === 'footer').map((r) => r.kind.role === 'footer' && r.kind.footer)).toEqual(['average', 'predikat']);
    expect(analysis.derived.filter((d) => d.sheet === 'E.81').length).toBeGreaterThan(70);
    expect(analysis.warnings.filter((w) => w.severity !== 'info').map((w) => `${w.code} ${w.sheet}!${w.cell}`)).toEqual([]);
  });

  test('Hitung Ulang right after Buat E.81 has nothing to correct there', () => {
    const analysis = analyzeWorkbook(after, SETTINGS);
    const { corrected, after: recalculated } = planRecalc(after, analysis, SETTINGS);
    expect(corrected).toBe(0);
    expect(recalculated.warnings.filter((w) => w.sheet === 'E.81' && w.severity !== 'info')).toEqual([]);
  });

  test('a wrong number typed into the generated sheet is caught', () => {
    const tampered = applyPlanToModel(after, { cells: [{ sheet: 'E.81', row: 10, col: 19, content: { kind: 'number', value: 3 } }], sheets: [] });
    const w = analyzeWorkbook(tampered, SETTINGS).warnings.filter((x) => x.sheet === 'E.81' && x.severity === 'error');
    expect(w.map((x) => `${x.code} ${x.cell}`)).toEqual(['TRIWULAN_SUM_MISMATCH T11']);
  });

  test('regenerating keeps the four text rows, Unit PD and Keterangan, and what the user typed into empty columns', () => {
    const row = (label: string): number => rowOfLabel(sheet, label);
    const labels = e81Sheet.factorLabels;
    const typed: WritePlan = {
      cells: [
        { sheet: 'E.81', row: row(labels.pendorong), col: 5, content: { kind: 'text', value: 'Dukungan pimpinan dan koordinasi lintas seksi.' } },
        { sheet: 'E.81', row: row(labels.penghambat), col: 5, content: { kind: 'text', value: '=Keterlambatan SPJ' } },
        { sheet: 'E.81', row: row(labels.tindakLanjutTriwulan), col: 5, content: { kind: 'text', value: 'Percepatan pengadaan.' } },
        { sheet: 'E.81', row: row(labels.tindakLanjutRenja), col: 5, content: { kind: 'text', value: 'Target gaji disesuaikan.' } },
        { sheet: 'E.81', row: 8, col: 25, content: { kind: 'text', value: 'Sekretariat' } },
        { sheet: 'E.81', row: 13, col: 26, content: { kind: 'text', value: 'Belum ada di Renstra' } },
        // The user fills column 7 K of the gaji row that the Renstra lacks.
        { sheet: 'E.81', row: 13, col: 7, content: { kind: 'number', value: 50 } },
      ],
      sheets: [],
    };
    const edited = applyPlanToModel(after, typed);
    const again = build(edited).sheet;
    expect(value(again, `F${row(labels.pendorong) + 1}`)).toBe('Dukungan pimpinan dan koordinasi lintas seksi.');
    expect(at(again, `F${row(labels.penghambat) + 1}`)).toMatchObject({ kind: 'text', value: '=Keterlambatan SPJ' });
    expect(value(again, `F${row(labels.tindakLanjutTriwulan) + 1}`)).toBe('Percepatan pengadaan.');
    expect(value(again, `F${row(labels.tindakLanjutRenja) + 1}`)).toBe('Target gaji disesuaikan.');
    expect(value(again, 'Z9')).toBe('Sekretariat');
    expect(value(again, 'AA14')).toBe('Belum ada di Renstra');
    expect(['H14', 'V14'].map((r) => value(again, r))).toEqual([50, 75]);
  });

  test('regenerating an unchanged workbook gives the same sheet', () => {
    expect(build(after).sheet).toEqual(sheet);
  });
});

describe('Buat E.81 on other workbooks', () => {
  test('without a hierarchical budget table nothing is written and the user is told why', () => {
    const workbook: Workbook = { sheets: [fixtureWorkbook(e81Sumber).sheets[1]!], definedNames: [] };
    const { plan, missing } = planE81(workbook, analyzeWorkbook(workbook, SETTINGS), SETTINGS);
    expect(plan).toEqual({ cells: [], sheets: [] });
    expect(missing).toEqual([e81Missing.noSource]);
  });

  test('the standard workbook: Tabel 3.10 is the backbone, programs take their indicators from Tabel 3.8, no triwulan', () => {
    const { sheet, missing, after } = build(fixtureWorkbook(standar), DEFAULT_SETTINGS);
    expect(missing[0]).toBe(e81Missing.noTriwulan);
    expect(value(sheet, 'C9')).toBe('7.01.01');
    expect(value(sheet, 'E9')).toBe('Nilai SAKIP Kecamatan');
    expect(value(sheet, 'J9')).toBe('81 (A)');
    expect(['L9', 'M9', 'R9', 'S9'].map((r) => value(sheet, r))).toEqual(Array(4).fill(undefined));
    expect(analyzeWorkbook(after, DEFAULT_SETTINGS).warnings.filter((w) => w.sheet === 'E.81' && w.severity !== 'info')).toEqual([]);
  });
});
