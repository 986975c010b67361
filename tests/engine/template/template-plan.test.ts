import { analyzeWorkbook } from '../../../src/engine/pipeline';
import { applyPlanToModel } from '../../../src/engine/plan/apply-to-model';
import type { GeneratedSheet } from '../../../src/engine/plan/types';
import { recognizeWorkbook } from '../../../src/engine/recognize/recognize-workbook';
import type { Table } from '../../../src/engine/recognize/types';
import { DEFAULT_SETTINGS } from '../../../src/engine/settings/types';
import { PRESET_SCALES } from '../../../src/engine/compute/predikat-scales';
import { splitLines } from '../../../src/engine/template/petunjuk-sheet';
import { defaultReportYear, templatePlan, templateTables } from '../../../src/engine/template/template-plan';
import { rangeToA1 } from '../../../src/engine/workbook/a1';
import type { Workbook } from '../../../src/engine/workbook/types';

const TAHUN = 2024;
const EMPTY: Workbook = { sheets: [], definedNames: [] };
const plan = templatePlan({ tahun: TAHUN });
const workbook = applyPlanToModel(EMPTY, plan);
const tables = recognizeWorkbook(workbook);

const EXPECTED_KINDS: Readonly<Record<string, string>> = {
  'Tabel 3.1': 'capaian',
  'Tabel 3.2': 'ringkasan_capaian',
  'Tabel 3.3': 'multi_tahun',
  'Tabel 3.4': 'kemajuan',
  'Tabel 3.5': 'pembanding',
  'Tabel 3.6': 'capaian',
  'Tabel 3.7': 'alokasi_anggaran',
  'Tabel 3.8': 'kinerja_anggaran',
  'Tabel 3.9': 'efisiensi',
  'Tabel 3.10': 'realisasi_anggaran',
  'Tabel 3.11': 'efisiensi_sdm',
  'Tabel 3.12': 'sarpras',
  'Tabel 3.13': 'efisiensi_sarpras',
  Renstra: 'renstra',
};

function sheet(name: string): GeneratedSheet {
  const found = plan.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

function table(sheetName: string): Table {
  const found = tables.find((t) => t.sheet === sheetName);
  if (!found) throw new Error(`no table on ${sheetName}`);
  return found;
}

describe('templatePlan', () => {
  test('sheets: Petunjuk, then Tabel 3.1 … 3.13, then Renstra; no cell writes', () => {
    expect(plan.sheets.map((s) => s.name)).toEqual(['Petunjuk', ...Object.keys(EXPECTED_KINDS)]);
    expect(plan.cells).toEqual([]);
  });

  test('the engine recognizes every template table with its kind, one table per sheet, nothing on Petunjuk', () => {
    expect(tables.map((t) => [t.sheet, t.kind])).toEqual(Object.entries(EXPECTED_KINDS));
  });

  test('each table ends with its example rows and footers, before the source line', () => {
    expect(Object.fromEntries(tables.map((t) => [t.sheet, rangeToA1(t.range)]))).toEqual({
      'Tabel 3.1': 'A3:I6',
      'Tabel 3.2': 'A3:D8',
      'Tabel 3.3': 'A3:L6',
      'Tabel 3.4': 'A3:F5',
      'Tabel 3.5': 'A3:H6',
      'Tabel 3.6': 'A3:F7',
      'Tabel 3.7': 'A3:E6',
      'Tabel 3.8': 'A3:J6',
      'Tabel 3.9': 'A3:F6',
      'Tabel 3.10': 'A3:Q10',
      'Tabel 3.11': 'A3:I8',
      'Tabel 3.12': 'A3:E5',
      'Tabel 3.13': 'A3:I8',
      Renstra: 'A3:N6',
    });
  });

  test('the engine finds no error and no warning in the template: the example rows are consistent', () => {
    const analysis = analyzeWorkbook(workbook, DEFAULT_SETTINGS);
    expect(analysis.warnings.filter((w) => w.severity !== 'info')).toEqual([]);
    expect(analysis.year).toBe(TAHUN);
  });

  test('every derived cell of the examples is filled in', () => {
    const analysis = analyzeWorkbook(workbook, DEFAULT_SETTINGS);
    const byPlace = new Map(workbook.sheets.map((s) => [s.name, s]));
    const empty = analysis.derived.filter((d) => {
      const v = byPlace.get(d.sheet)?.cells.value(d.row, d.col);
      return v === undefined || v === null || v === '';
    });
    expect(empty.map((d) => `${d.sheet}!${rangeToA1({ r1: d.row, c1: d.col, r2: d.row, c2: d.col })} ${d.kind}`)).toEqual([]);
    expect(analysis.derived.length).toBeGreaterThan(40);
  });

  test('the hierarchy of Tabel 3.6 and 3.10 comes from the kode: program, kegiatan, sub kegiatan', () => {
    for (const name of ['Tabel 3.6', 'Tabel 3.10']) {
      const levels = table(name).rows.flatMap((r) => (r.kind.role === 'data' ? [r.kind.level] : []));
      expect(levels).toEqual(['program', 'kegiatan', 'sub_kegiatan']);
    }
  });

  test('Tabel 3.10 carries the triwulan K and Rp columns that Buat E.81 reads', () => {
    const triwulan = table('Tabel 3.10').columns.filter((c) => c.triwulan !== undefined);
    expect(triwulan.map((c) => `${c.triwulan}${c.measure}`)).toEqual(['1K', '1Rp', '2K', '2Rp', '3K', '3Rp', '4K', '4Rp']);
  });

  test('headers: two-row groups are merged, single headers are merged down, column numbers follow', () => {
    const t38 = sheet('Tabel 3.8');
    const merges = t38.merges.map(rangeToA1);
    expect(merges).toEqual(expect.arrayContaining(['A3:A4', 'D3:D4', 'E3:G3', 'H3:J3']));
    expect(t38.rows[4]!.map((c) => (c && c.kind === 'text' ? c.value : ''))).toEqual(
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)'],
    );
    const t310 = sheet('Tabel 3.10').merges.map(rangeToA1);
    expect(t310).toEqual(expect.arrayContaining(['A3:A5', 'C3:E3', 'C4:C5', 'J3:Q3', 'J4:K4', 'P4:Q4']));
  });

  test('formats: money #,##0, percentage points 0.00, signed selisih; widths for every column; frozen header; landscape', () => {
    const numFmt = (name: string, a1row: number, col: number): string | undefined => {
      const c = sheet(name).rows[a1row - 1]?.[col];
      return c && c.kind === 'number' ? c.numFmt : undefined;
    };
    expect(numFmt('Tabel 3.10', 7, 5)).toBe('#,##0');
    expect(numFmt('Tabel 3.10', 7, 7)).toBe('0.00');
    expect(numFmt('Tabel 3.1', 5, 7)).toBe('0.00');
    expect(numFmt('Tabel 3.5', 6, 7)).toBe('+0.00;-0.00;0.00');
    expect(numFmt('Tabel 3.6', 5, 3)).toBe('0%');
    for (const t of templateTables(TAHUN)) {
      const s = sheet(t.sheet);
      expect(s.columnWidths).toHaveLength(t.columns.length);
      expect(s.printLandscapeFitWidth).toBe(true);
      const numberRow = s.rows.findIndex((r) => r[0]?.kind === 'text' && r[0].value === '(1)');
      expect(s.freeze).toEqual({ rows: numberRow + 1, cols: 0 });
    }
  });

  test('the year shapes titles and year columns; by default the year before today', () => {
    const later = applyPlanToModel(EMPTY, templatePlan({ tahun: 2026 }));
    const laterTables = recognizeWorkbook(later);
    expect(laterTables.find((t) => t.sheet === 'Tabel 3.1')!.title).toContain('2026');
    const years = laterTables.find((t) => t.sheet === 'Tabel 3.3')!.columns.flatMap((c) => (c.role === 'realisasi' ? [c.year] : []));
    expect(years).toEqual([2024, 2025, 2026]);
    expect(analyzeWorkbook(later, DEFAULT_SETTINGS).warnings.filter((w) => w.severity !== 'info')).toEqual([]);
    expect(defaultReportYear(new Date(2025, 1, 10))).toBe(2024);
    expect(templatePlan({ today: new Date(2031, 0, 5) }).sheets[1]!.rows[0]![0]).toMatchObject({ value: expect.stringContaining('2030') });
  });

  describe('Petunjuk', () => {
    const petunjuk = sheet('Petunjuk');
    const texts = petunjuk.rows.flatMap((r) => (r[0] && r[0].kind === 'text' ? [r[0].value] : []));
    const all = texts.join(' ');

    test('one column of lines short enough to read without wrapping, never a table', () => {
      expect(petunjuk.rows.every((r) => r.length <= 1)).toBe(true);
      expect(Math.max(...texts.map((t) => t.length))).toBeLessThanOrEqual(110);
      expect(tables.some((t) => t.sheet === 'Petunjuk')).toBe(false);
    });

    test('explains every table and the formulas: polarity both ways, kemajuan, serapan, efisiensi, ketersediaan', () => {
      for (const name of [...Array.from({ length: 13 }, (_, i) => `Tabel 3.${i + 1} `), 'Renstra:']) expect(all).toContain(name);
      expect(all).toContain('Realisasi ÷ Target × 100');
      expect(all).toContain('(2 × Target − Realisasi) ÷ Target × 100');
      expect(all).toContain('Target ÷ Realisasi × 100');
      expect(all).toContain('Realisasi tahun ini ÷ Target akhir periode Renstra × 100');
      expect(all).toContain('Realisasi (Rp) ÷ Pagu (Rp) × 100');
      expect(all).toContain('% capaian kinerja − % penyerapan anggaran');
      expect(all).toContain('Tersedia ÷ Kebutuhan × 100');
    });

    test('lists each preset scale from the bounds the engine computes with', () => {
      for (const scale of Object.values(PRESET_SCALES)) {
        for (const band of scale) expect(all).toContain(band.lowerBound === undefined ? `selain itu: ${band.label}` : `${band.lowerBound}: ${band.label}`);
      }
      expect(all).toContain('lebih dari 90: Sangat Tinggi; lebih dari 75: Tinggi');
      expect(all).toContain('paling sedikit 55: Cukup');
    });

    test('shows the three warning colours in the very fills Hitung Ulang uses', () => {
      const fills = petunjuk.rows.flatMap((r) => (r[0]?.style?.fill ? [r[0].style.fill] : []));
      expect(new Set(fills)).toEqual(new Set(['error', 'warning', 'info']));
    });

    test('splitLines cuts between words and keeps every word', () => {
      const text = 'satu dua tiga empat lima enam tujuh delapan sembilan sepuluh';
      const lines = splitLines(text, 15);
      expect(lines.every((l) => l.length <= 15)).toBe(true);
      expect(lines.join(' ')).toBe(text);
    });
  });
});
