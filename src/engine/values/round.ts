/**
 * Rounds to `digits` significant digits, removing binary noise such as
 * 0.9476 × 100 = 94.76000000000001. Non-finite values pass through.
 */
export function roundSignificant(value: number, digits = 12): number {
  if (!Number.isFinite(value) || value === 0) return value === 0 ? 0 : value;
  return Number(value.toPrecision(digits));
}
