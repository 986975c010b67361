/*
 * What an Excel number format code says about a number cell's value. Only live codes count: a
 * `%` inside quotes (`0.00"%"`) or escaped (`0\%`) is literal text and does not multiply the
 * value by 100.
 *
 * A workbook has a few dozen formats and hundreds of thousands of number cells: each format is
 * read once. The caches are bounded so that a hostile file with a million formats stays small.
 */
const CACHE_LIMIT = 4096;

/** `read(numFmt)`, computed once per format string (`read` is a module-level function: no closure per cell). */
export function oncePerFormat<T>(cache: Map<string, T>, numFmt: string, read: (numFmt: string) => T): T {
  const known = cache.get(numFmt);
  if (known !== undefined) return known;
  const value = read(numFmt);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(numFmt, value);
  return value;
}

const liveCodesOf = new Map<string, string>();
const percentFormats = new Map<string, boolean>();
const moneyFormats = new Map<string, boolean>();

/** The codes that act: quoted text, escaped characters, `[...]` blocks and padding removed. */
export function liveCodes(numFmt: string): string {
  return oncePerFormat(liveCodesOf, numFmt, readLiveCodes);
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
  return numFmt !== undefined && oncePerFormat(percentFormats, numFmt, hasPercentCode);
}

function hasPercentCode(numFmt: string): boolean {
  return liveCodes(numFmt).includes('%');
}

/** A rupiah format: `"Rp"#,##0`, `[$Rp-421] #,##0.00`, `_("Rp"* #,##0_)`, `[$IDR] #,##0`. */
export function isMoneyFormat(numFmt: string | undefined): boolean {
  return numFmt !== undefined && oncePerFormat(moneyFormats, numFmt, namesRupiah);
}

function namesRupiah(numFmt: string): boolean {
  return /rp|idr/iu.test(numFmt.replace(/\[(?!\$)[^[\]]*\]/gu, ''));
}
