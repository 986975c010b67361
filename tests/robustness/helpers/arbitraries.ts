import fc from 'fast-check';
import { allFixtures } from '../../fixtures/all';
import { fixtureWorkbook } from '../../fixtures/fixture-workbook';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/engine/settings/types';
import type { Cell, CellValue, RangeRef, Sheet, Workbook } from '../../../src/engine/workbook/types';
import { rowsOf, sheetOf } from '../../helpers/sheet-rows';

/** Numbers as broken as a spreadsheet can hold them: huge, tiny, negative, -0; never NaN or ±Infinity. */
export const wildNumber: fc.Arbitrary<number> = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
  fc.constantFrom(0, -0, 1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 5e-324, 1e-12, 0.999999999, 100, -100, 1e15),
);

/** Text people type, headers the recognizer looks for, and plain garbage. */
const meaningfulText = fc.constantFrom(
  '94,95%', '93.91%', '1.000', '1,000', '2.684.530.000', 'Rp. 2.684.530.000,00', '2,860,173,435', '81 (A)', '79,56 (BB)', 'BB', 'Sangat Baik',
  '-', 'N/A', 'n/a', '…', '', ' ', '0', '100 persen', '12 laporan', '3162 Pelayanan', '19 Orang/Bulan', '(1)', '1', '2', '3',
  'Target', 'Realisasi', '% Capaian', 'Capaian', 'Indikator Kinerja', 'Sasaran', 'Pagu', 'Anggaran', 'Realisasi (Rp)', 'Sisa', 'Kode',
  'Program/Kegiatan/Sub Kegiatan', 'Tingkat Efisiensi', 'Kebutuhan', 'Ketersediaan', '% Ketersediaan', 'Predikat', 'Polaritas', 'negatif',
  'Nasional', 'Provinsi', 'Kabupaten', 'Target Akhir Renstra', 'Tingkat Kemajuan', 'Satuan', 'No', 'KINERJA', 'ANGGARAN',
  'JUMLAH', 'TOTAL', 'RATA-RATA', 'Rata-rata capaian', 'TINGKAT EFISIENSI', 'Sumber: SIPD', 'Program:', 'Kegiatan:', 'Sub Kegiatan:',
  '7.01.01', '7.01.01.2.01', '7.01.01.2.01.0001', '7 01 01 2 01', 'Tabel 3.1 Capaian Kinerja Tahun 2024', 'Tahun 1900', 'Tahun 99999',
  '=SUM(A1:A9)', '+62 812', '@import', '-1', '#DIV/0!', '__proto__', 'constructor', '\u0000', '💥', 'x'.repeat(5000),
);

const junkText = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 12 }), meaningfulText);

const errorValue = fc.constantFrom('#DIV/0!', '#N/A', '#REF!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!').map((error) => ({ error }));

export const junkValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: wildNumber },
  { weight: 4, arbitrary: junkText },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: errorValue },
  { weight: 1, arbitrary: fc.constant(null) },
);

const numFmt = fc.constantFrom('0.00%', '0%', '0.0%', '#,##0', '#,##0.00', '0.00', '0', 'General', '@', '+0.00;-0.00;0.00', '[Red]0.00', '"Rp"#,##0', 'dd/mm/yyyy', ';;;', '%%%');

/** A cell: a value, sometimes a number format, sometimes a formula (then often without a cached value). */
export const junkCell: fc.Arbitrary<Cell> = fc
  .record({
    value: junkValue,
    numFmt: fc.option(numFmt, { nil: undefined }),
    formula: fc.option(fc.constantFrom('A1/B1*100', 'SUM(C5:C9)', 'C5-D5', 'IF(A1>0,1,0)', '#REF!+1'), { nil: undefined, freq: 4 }),
    uncalculated: fc.boolean(),
  })
  .map(({ value, numFmt: fmt, formula, uncalculated }) => ({
    value: formula !== undefined && uncalculated ? null : value,
    ...(fmt !== undefined ? { numFmt: fmt } : {}),
    ...(formula !== undefined ? { formula } : {}),
  }));

/** Merged areas in any state: inverted, overlapping, negative, far outside the grid. */
export function chaoticMerges(rows: number, cols: number): fc.Arbitrary<RangeRef[]> {
  const coord = (size: number): fc.Arbitrary<number> => fc.oneof(fc.integer({ min: 0, max: Math.max(0, size + 2) }), fc.integer({ min: -3, max: 20_000 }));
  return fc.array(fc.record({ r1: coord(rows), c1: coord(cols), r2: coord(rows), c2: coord(cols) }), { maxLength: 8 });
}

const sheetName = fc.oneof(fc.string({ minLength: 1, maxLength: 31 }), fc.constantFrom('Tabel 3.1', 'Tabel 3.10', 'E.81', 'Renstra', 'Peringatan LKjIP', 'Sheet1'));

/** A sparse grid of junk with chaotic merges: rows may be missing, rows may be ragged. */
export const randomSheet: fc.Arbitrary<Sheet> = fc
  .record({
    name: sheetName,
    rows: fc.array(fc.option(fc.array(fc.option(junkCell, { nil: undefined, freq: 3 }), { maxLength: 10 }), { nil: undefined, freq: 6 }), { maxLength: 25 }),
    hidden: fc.boolean(),
  })
  .chain((s) => chaoticMerges(s.rows.length, 10).map((merges) => sheetOf({ name: s.name, rows: s.rows, merges, hidden: s.hidden })));

/** Sheet names made unique, as a workbook has them (a random suffix keeps collisions out). */
function uniqueNames(sheets: readonly Sheet[]): Sheet[] {
  const seen = new Set<string>();
  return sheets.map((s, i) => {
    let name = s.name;
    while (seen.has(name)) name = `${s.name.slice(0, 25)} (${i})`;
    seen.add(name);
    return { ...s, name };
  });
}

export const randomWorkbook: fc.Arbitrary<Workbook> = fc
  .array(randomSheet, { maxLength: 5 })
  .map((sheets) => ({ sheets: uniqueNames(sheets), definedNames: [] }));

export const FIXTURE_WORKBOOKS: readonly { readonly name: string; readonly workbook: Workbook }[] = allFixtures.map((f) => ({ name: f.name, workbook: fixtureWorkbook(f) }));

interface Mutation {
  readonly sheet: number;
  readonly row: number;
  readonly col: number;
  readonly cell: Cell | undefined;
}

function mutate(workbook: Workbook, mutations: readonly Mutation[], merges: readonly (readonly [number, RangeRef])[], emptied: readonly number[]): Workbook {
  const sheets = workbook.sheets.map((s) => ({ ...s, rows: rowsOf(s), merges: [...s.merges] }));
  for (const m of mutations) {
    const sheet = sheets[m.sheet % sheets.length]!;
    const height = Math.max(1, sheet.rows.length);
    const row = m.row % (height + 2);
    const rows = sheet.rows as (Cell | undefined)[][];
    rows[row] = [...(rows[row] ?? [])];
    rows[row]![m.col] = m.cell;
  }
  for (const [index, range] of merges) sheets[index % sheets.length]!.merges.push(range);
  for (const index of emptied) {
    const sheet = sheets[index % sheets.length]!;
    sheets[index % sheets.length] = { ...sheet, rows: [], merges: [] };
  }
  return { sheets: sheets.map(sheetOf), definedNames: workbook.definedNames };
}

/** A fixture workbook (rebuilt from a real report) with junk in random cells, extra merges and some sheets emptied. */
export const mutatedFixture: fc.Arbitrary<{ name: string; workbook: Workbook }> = fc
  .record({
    fixture: fc.constantFrom(...FIXTURE_WORKBOOKS),
    mutations: fc.array(
      fc.record({ sheet: fc.nat(), row: fc.nat(), col: fc.nat({ max: 18 }), cell: fc.option(junkCell, { nil: undefined, freq: 5 }) }),
      { minLength: 1, maxLength: 40 },
    ),
    merges: fc.array(fc.tuple(fc.nat(), chaoticMerges(40, 16).map((m) => m[0] ?? { r1: 0, c1: 0, r2: 0, c2: 0 })), { maxLength: 6 }),
    emptied: fc.array(fc.nat(), { maxLength: 2 }),
  })
  .map(({ fixture, mutations, merges, emptied }) => ({ name: fixture.name, workbook: mutate(fixture.workbook, mutations, merges, emptied) }));

/** Settings that change what is written: capping, the floor, the negative formula, formulas instead of values. */
export const settingsVariant: fc.Arbitrary<Settings> = fc.constantFrom<Settings>(
  DEFAULT_SETTINGS,
  { ...DEFAULT_SETTINGS, batasCapaian: 100, batasBawahNol: true },
  { ...DEFAULT_SETTINGS, batasCapaian: 120, rumusNegatif: 'rasio', skalaPredikat: 'lkjip-4' },
  { ...DEFAULT_SETTINGS, modeTulis: 'rumus', tahun: 2024 },
  { ...DEFAULT_SETTINGS, toleransi: 1e6, skalaPredikat: 'sakip-5' },
);

/**
 * A fixture with its headers kept and every row below them replaced by junk: the recognizer still
 * finds the tables, so every derive and check rule meets garbage values.
 */
export const junkBodies: fc.Arbitrary<{ name: string; workbook: Workbook }> = fc
  .record({
    fixture: fc.constantFrom(...FIXTURE_WORKBOOKS),
    keep: fc.integer({ min: 3, max: 6 }),
    body: fc.array(fc.array(fc.option(junkCell, { nil: undefined, freq: 4 }), { maxLength: 18 }), { minLength: 1, maxLength: 12 }),
  })
  .map(({ fixture, keep, body }) => ({
    name: fixture.name,
    workbook: {
      definedNames: [],
      sheets: fixture.workbook.sheets.map((s) =>
        sheetOf({ ...s, rows: [...rowsOf(s).slice(0, keep), ...body.map((cells, i) => cells.map((c, col) => c ?? s.cells.cell(keep + i, col)))] }),
      ),
    },
  }));
