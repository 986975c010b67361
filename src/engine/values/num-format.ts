import { BoundedMemo } from './bounded-memo';

/*
 * What an Excel number format code says about a number cell's value. Only live codes count: a
 * `%` inside quotes (`0.00"%"`) or escaped (`0\%`) is literal text and does not multiply the
 * value by 100.
 *
 * A workbook has a few dozen formats and hundreds of thousands of number cells: each format is
 * read once (`BoundedMemo`).
 */
const liveCodesOf = new BoundedMemo(readLiveCodes);
const percentFormats = new BoundedMemo(hasPercentCode);
const moneyFormats = new BoundedMemo(namesRupiah);

/** The codes that act: quoted text, escaped characters, `[...]` blocks and padding removed. */
export function liveCodes(numFmt: string): string {
  return liveCodesOf.get(numFmt);
}

function readLiveCodes(numFmt: string): string {
  return numFmt
    .replace(/"[^"]*"?/gu, '')
    .replace(/\\./gu, '')
    .replace(/\[[^\]]*\]?/gu, '')
    .replace(/[_*]./gu, '');
}

/** A `%` code: the cell holds a fraction, shown × 100 (0.9476 shows 94,76 %). */
export function isPercentFormat(numFmt: string | undefined): boolean {
  return numFmt !== undefined && percentFormats.get(numFmt);
}

function hasPercentCode(numFmt: string): boolean {
  return liveCodes(numFmt).includes('%');
}

/** A rupiah format: `"Rp"#,##0`, `[$Rp-421] #,##0.00`, `_("Rp"* #,##0_)`, `[$IDR] #,##0`. */
export function isMoneyFormat(numFmt: string | undefined): boolean {
  return numFmt !== undefined && moneyFormats.get(numFmt);
}

function namesRupiah(numFmt: string): boolean {
  return /rp|idr/iu.test(numFmt.replace(/\[(?!\$)[^[\]]*\]/gu, ''));
}
