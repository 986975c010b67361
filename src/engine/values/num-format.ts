/**
 * What an Excel number format code says about a number cell's value.
 * Only live codes count: a `%` inside quotes (`0.00"%"`) or escaped (`0\%`) is literal
 * text and does not multiply the value by 100.
 */
function liveCodes(numFmt: string): string {
  return numFmt.replace(/"[^"]*"?/gu, '').replace(/\\./gu, '').replace(/\[[^\]]*\]?/gu, '');
}

/** A `%` code: the cell holds a fraction, shown × 100 (0.9476 shows 94,76 %). */
export function isPercentFormat(numFmt: string | undefined): boolean {
  return numFmt !== undefined && liveCodes(numFmt).includes('%');
}

/** A rupiah format: `"Rp"#,##0`, `[$Rp-421] #,##0.00`, `_("Rp"* #,##0_)`, `[$IDR] #,##0`. */
export function isMoneyFormat(numFmt: string | undefined): boolean {
  if (numFmt === undefined) return false;
  const withoutColours = numFmt.replace(/\[(?!\$)[^[\]]*\]/gu, '');
  return /rp|idr/iu.test(withoutColours);
}
