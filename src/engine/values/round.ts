/**
 * Rounds to `digits` significant digits, removing binary noise such as
 * 0.9476 × 100 = 94.76000000000001. Non-finite values pass through.
 */
export function roundSignificant(value: number, digits = 12): number {
  if (!Number.isFinite(value) || value === 0) return value === 0 ? 0 : value;
  // An integer of at most `digits` digits is its own rounding (most money and counts).
  if (Number.isInteger(value) && Math.abs(value) < 10 ** digits) return value;
  return Number(value.toPrecision(digits));
}
