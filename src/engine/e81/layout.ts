/**
 * Where everything sits on the generated E.81 (variant B of SPEC §6: 17 numbered columns with
 * Kode and K/Rp pairs, plus the capaian Renja as an 18th pair after Keterangan). 0-based.
 */
export const COL = {
  no: 0,
  sasaran: 1,
  kode: 2,
  uraian: 3,
  indikator: 4,
  /** Column 6, K then Rp. */
  targetAkhir: 5,
  lalu: 7,
  target: 9,
  /** Triwulan I at 11–12, II at 13–14, III at 15–16, IV at 17–18. */
  triwulan: 11,
  realisasi: 19,
  kumulatif: 21,
  tingkatCapaian: 23,
  unitPd: 25,
  keterangan: 26,
  /** Column 18 (not in the printed form's 17): the capaian Renja, K then Rp. */
  capaian: 27,
} as const;

export const LAST_COL = COL.capaian + 1;

/** Rows of the title block, the header and the number row. */
export const ROW = {
  form: 0,
  title: 1,
  periode: 2,
  header: 4,
  triwulan: 5,
  measure: 6,
  numbers: 7,
  firstData: 8,
} as const;

export function triwulanCol(quarter: number): number {
  return COL.triwulan + (quarter - 1) * 2;
}

const K = 9;
const RP = 16;
const PCT = 10;

/** Widths in Excel character units, A to AC. */
export const COLUMN_WIDTHS: readonly number[] = [
  5, 20, 13, 32, 32,
  K, RP, K, RP, K, RP,
  K, RP, K, RP, K, RP, K, RP,
  K, RP, K, RP, PCT, PCT,
  16, 16,
  PCT, PCT,
];

/** K values show two decimals (`2,00`, `82,19`), rupiah none, percentages two. */
export const FORMAT = {
  k: '#,##0.00',
  rp: '#,##0',
  percent: '0.00',
} as const;
