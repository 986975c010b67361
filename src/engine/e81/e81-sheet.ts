import { predikat } from '../compute/predikat';
import { PRESET_SCALES } from '../compute/predikat-scales';
import { rataRata } from '../compute/rata-rata';
import { formatId } from '../derive/format-id';
import { e81Sheet, type TextRowKey } from '../i18n/e81-messages';
import type { GeneratedCell, GeneratedCellStyle, GeneratedSheet } from '../plan/types';
import type { ParsedValue } from '../values/types';
import type { E81Line } from './e81-lines';
import { Grid, number, text } from './grid';
import { COL, COLUMN_WIDTHS, FORMAT, LAST_COL, ROW, triwulanCol } from './layout';
import { rowHeights } from './row-heights';
import type { TextRows } from './text-rows';
import type { Quarters } from './triwulan-rules';

export interface E81SheetInput {
  readonly name: string;
  readonly lines: readonly E81Line[];
  readonly year: number | undefined;
  readonly targetAkhirYear: number | undefined;
  readonly instansi: string | undefined;
  readonly textRows: TextRows;
}

const HEAD: GeneratedCellStyle = { bold: true, wrap: true, align: 'center', border: true };
const CELL: GeneratedCellStyle = { border: true };
const WRAP: GeneratedCellStyle = { border: true, wrap: true };
const TEXT_ROW_ORDER: readonly TextRowKey[] = ['pendorong', 'penghambat', 'tindakLanjutTriwulan', 'tindakLanjutRenja'];

/** The K/Rp pairs of the header, left to right: their column, label, and number-row text. */
function pairs(input: E81SheetInput): readonly (readonly [number, string, string])[] {
  const h = e81Sheet.header;
  const n = e81Sheet.numbers;
  return [
    [COL.targetAkhir, h.targetAkhir(input.targetAkhirYear), '6'],
    [COL.lalu, h.realisasiLalu(input.year), '7'],
    [COL.target, h.targetRenja(input.year), '8'],
    [COL.realisasi, h.realisasiRenja, n.col13],
    [COL.kumulatif, h.kumulatif(input.year), n.col14],
    [COL.tingkatCapaian, h.tingkatCapaian(input.year), n.col15],
    [COL.capaian, h.capaianRenja, n.capaianRenja],
  ];
}

function writeHeader(grid: Grid, input: E81SheetInput): void {
  const h = e81Sheet.header;
  grid.set(ROW.form, 0, text(e81Sheet.formLabel, { bold: true }));
  grid.merge(ROW.title, 0, ROW.title, LAST_COL, text(e81Sheet.title(input.instansi), { bold: true, align: 'center' }));
  grid.merge(ROW.periode, 0, ROW.periode, LAST_COL, text(e81Sheet.periode(input.year), { bold: true, align: 'center' }));
  const singles: readonly (readonly [number, string, string])[] = [
    [COL.no, h.no, '1'], [COL.sasaran, h.sasaran, '2'], [COL.kode, h.kode, '3'], [COL.uraian, h.uraian, '4'],
    [COL.indikator, h.indikator, '5'], [COL.unitPd, h.unitPd, '16'], [COL.keterangan, h.keterangan, '17'],
  ];
  for (const [col, label, no] of singles) {
    grid.merge(ROW.header, col, ROW.measure, col, text(label, HEAD));
    grid.set(ROW.numbers, col, text(no, HEAD));
  }
  for (const [col, label, no] of pairs(input)) {
    grid.merge(ROW.header, col, ROW.triwulan, col + 1, text(label, HEAD));
    grid.set(ROW.measure, col, text(h.k, HEAD));
    grid.set(ROW.measure, col + 1, text(h.rp, HEAD));
    grid.merge(ROW.numbers, col, ROW.numbers, col + 1, text(no, HEAD));
  }
  grid.merge(ROW.header, COL.triwulan, ROW.header, triwulanCol(4) + 1, text(h.triwulan, HEAD));
  h.triwulanNames.forEach((name, i) => {
    const col = triwulanCol(i + 1);
    grid.merge(ROW.triwulan, col, ROW.triwulan, col + 1, text(name, HEAD));
    grid.set(ROW.measure, col, text(h.k, HEAD));
    grid.set(ROW.measure, col + 1, text(h.rp, HEAD));
    grid.merge(ROW.numbers, col, ROW.numbers, col + 1, text(String(9 + i), HEAD));
  });
}

/** A K value as typed when it is a grade (`79,56 (BB)`, `A`), else its number. */
function kCell(value: ParsedValue | number | undefined, style: GeneratedCellStyle): GeneratedCell | null {
  if (value === undefined) return null;
  if (typeof value === 'number') return number(value, FORMAT.k, style);
  switch (value.kind) {
    case 'number':
      return value.grade ? text(`${formatId(value.value)} (${value.grade})`, style) : number(value.value, FORMAT.k, style);
    case 'percent':
    case 'money':
      return number(value.value, FORMAT.k, style);
    case 'grade':
      return text(value.grade, style);
    default:
      return null;
  }
}

/** Text, or an empty bordered cell when there is none (never an empty string). */
const textOrEmpty = (value: string | undefined, style: GeneratedCellStyle): GeneratedCell =>
  value ? text(value, style) : { kind: 'empty', style };

const rpCell = (value: number | undefined, style: GeneratedCellStyle): GeneratedCell | null =>
  value === undefined ? null : number(value, FORMAT.rp, style);
const percentCell = (value: number | undefined, style: GeneratedCellStyle): GeneratedCell | null =>
  value === undefined ? null : number(value, FORMAT.percent, style);

function writeQuarters(grid: Grid, row: number, offset: 0 | 1, q: Quarters, cell: (v: number | undefined) => GeneratedCell | null): void {
  q.forEach((v, i) => grid.set(row, triwulanCol(i + 1) + offset, cell(v)));
}

function itemSpan(lines: readonly E81Line[], index: number): number {
  let end = index + 1;
  while (end < lines.length && !lines[end]!.first) end++;
  return end - index;
}

function writeLines(grid: Grid, lines: readonly E81Line[]): number {
  let no = 0;
  lines.forEach((line, i) => {
    const row = ROW.firstData + i;
    const strong = line.level === 'urusan' || line.level === 'bidang' || line.level === 'program';
    const style: GeneratedCellStyle = strong ? { ...CELL, bold: true } : CELL;
    const wrap: GeneratedCellStyle = { ...WRAP, ...(strong ? { bold: true } : {}) };
    if (line.first) {
      no += 1;
      const last = row + itemSpan(lines, i) - 1;
      grid.merge(row, COL.no, last, COL.no, number(no, '0', { ...style, align: 'center' }));
      grid.merge(row, COL.sasaran, last, COL.sasaran, textOrEmpty(line.sasaran, wrap));
      grid.merge(row, COL.kode, last, COL.kode, textOrEmpty(line.kode, style));
      grid.merge(row, COL.uraian, last, COL.uraian, textOrEmpty(line.uraian, wrap));
    }
    grid.set(row, COL.indikator, textOrEmpty(line.indikator, wrap));
    grid.set(row, COL.targetAkhir, kCell(line.k.targetAkhir, style));
    grid.set(row, COL.targetAkhir + 1, rpCell(line.rp.targetAkhir, style));
    grid.set(row, COL.lalu, kCell(line.k.lalu, style));
    grid.set(row, COL.lalu + 1, rpCell(line.rp.lalu, style));
    grid.set(row, COL.target, kCell(line.k.target, style));
    grid.set(row, COL.target + 1, rpCell(line.rp.pagu, style));
    writeQuarters(grid, row, 0, line.k.triwulan, (v) => kCell(v, style));
    writeQuarters(grid, row, 1, line.rp.triwulan, (v) => rpCell(v, style));
    grid.set(row, COL.realisasi, kCell(line.k.realisasi, style));
    grid.set(row, COL.realisasi + 1, rpCell(line.rp.realisasi, style));
    grid.set(row, COL.kumulatif, kCell(line.k.kumulatif, style));
    grid.set(row, COL.kumulatif + 1, rpCell(line.rp.kumulatif, style));
    grid.set(row, COL.tingkatCapaian, percentCell(line.k.tingkatCapaian, style));
    grid.set(row, COL.tingkatCapaian + 1, percentCell(line.rp.tingkatCapaian, style));
    grid.set(row, COL.capaian, percentCell(line.k.capaian, style));
    grid.set(row, COL.capaian + 1, percentCell(line.rp.capaian, style));
    grid.set(row, COL.unitPd, textOrEmpty(line.unitPd, wrap));
    grid.set(row, COL.keterangan, textOrEmpty(line.keterangan, wrap));
    grid.borderRow(row, 0, LAST_COL);
  });
  return ROW.firstData + lines.length;
}

/** The rata-rata and predikat footers under the four percentage columns (predikat on the Permendagri 86 scale). */
function writeFooters(grid: Grid, lines: readonly E81Line[], row: number): number {
  const columns: readonly (readonly [number, readonly (number | undefined)[]])[] = [
    [COL.tingkatCapaian, lines.map((l) => l.k.tingkatCapaian)],
    [COL.tingkatCapaian + 1, lines.filter((l) => l.first).map((l) => l.rp.tingkatCapaian)],
    [COL.capaian, lines.map((l) => l.k.capaian)],
    [COL.capaian + 1, lines.filter((l) => l.first).map((l) => l.rp.capaian)],
  ];
  const label: GeneratedCellStyle = { bold: true, border: true, align: 'right' };
  grid.merge(row, 0, row, COL.indikator, text(e81Sheet.rataRata, label));
  grid.merge(row + 1, 0, row + 1, COL.indikator, text(e81Sheet.predikat, label));
  for (const [col, values] of columns) {
    const mean = rataRata(values).mean;
    if (mean === undefined) continue;
    grid.set(row, col, number(mean, FORMAT.percent, { ...CELL, bold: true }));
    const rated = predikat(mean, PRESET_SCALES.permendagri86);
    if (rated.kind === 'label') grid.set(row + 1, col, text(rated.label, { ...WRAP, bold: true, align: 'center' }));
  }
  grid.borderRow(row, 0, LAST_COL);
  grid.borderRow(row + 1, 0, LAST_COL);
  return row + 2;
}

/** The four text rows, left for the user (and refilled with what they wrote before), then the form's note. */
function writeTextRows(grid: Grid, textRows: TextRows, row: number): void {
  TEXT_ROW_ORDER.forEach((key, i) => {
    const r = row + i;
    grid.merge(r, 0, r, COL.indikator, text(e81Sheet.factorLabels[key], { bold: true, wrap: true, border: true }));
    grid.merge(r, COL.targetAkhir, r, LAST_COL, textOrEmpty(textRows[key], WRAP));
  });
  grid.set(row + TEXT_ROW_ORDER.length, 0, text(e81Sheet.note));
}

/** The generated sheet with the height of each row in points: wrapped names and headers need taller rows. */
export type E81GeneratedSheet = GeneratedSheet & { readonly rowHeights: readonly (number | undefined)[] };

/** Formulir E.81 as a sheet: title, the form's merged header, one row per indicator, footers, text rows. */
export function e81GeneratedSheet(input: E81SheetInput): E81GeneratedSheet {
  const grid = new Grid(LAST_COL + 1);
  writeHeader(grid, input);
  const afterLines = writeLines(grid, input.lines);
  const afterFooters = writeFooters(grid, input.lines, afterLines);
  writeTextRows(grid, input.textRows, afterFooters + 1);
  return {
    name: input.name,
    rows: grid.rows,
    merges: grid.merges,
    columnWidths: COLUMN_WIDTHS,
    freeze: { rows: ROW.firstData, cols: 0 },
    printLandscapeFitWidth: true,
    rowHeights: rowHeights(grid.rows, grid.merges, COLUMN_WIDTHS),
  };
}
