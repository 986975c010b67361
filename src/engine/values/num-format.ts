/**
 * What an Excel number format code says about a number cell's value.
 * Only live codes count: a `%` inside quotes (`0.00"%"`) or escaped (`0\%`) is literal
 * text and does not multiply the value by 100.
 */
export function liveCodes(numFmt: string): string {
  return memo(liveCodesOf, numFmt, () =>
    numFmt
      .replace(/"[^"]*"?/gu, '')
      .replace(/\\./gu, '')
      .replace(/\[[^\]]*\]?/gu, '')
      .replace(/[_*]./gu, ''),
  );
}

/** A `%` code: the cell holds a fraction, shown × 100 (0.9476 shows 94,76 %). */
export function isPercentFormat(numFmt: string | undefined): boolean {
  return numFmt !== undefined && memo(percentFormats, numFmt, () => liveCodes(numFmt).includes('%'));
}

/** A rupiah format: `"Rp"#,##0`, `[$Rp-421] #,##0.00`, `_("Rp"* #,##0_)`, `[$IDR] #,##0`. */
export function isMoneyFormat(numFmt: string | undefined): boolean {
  if (numFmt === undefined) return false;
  return memo(moneyFormats, numFmt, () => /rp|idr/iu.test(numFmt.replace(/\[(?!\$)[^[\]]*\]/gu, '')));
}

/*
 * A workbook has a few dozen formats and hundreds of thousands of number cells: each format is
 * read once. The caches are bounded so that a hostile file with a million formats stays small.
 */
const MEMO_LIMIT = 4096;
const liveCodesOf = new Map<string, string>();
const percentFormats = new Map<string, boolean>();
const moneyFormats = new Map<string, boolean>();

function memo<T>(cache: Map<string, T>, numFmt: string, read: () => T): T {
  const known = cache.get(numFmt);
  if (known !== undefined) return known;
  const value = read();
  if (cache.size >= MEMO_LIMIT) cache.clear();
  cache.set(numFmt, value);
  return value;
}
