import { roundSignificant } from '../values/round';

/** A computed number, or why there is none. Formulas never throw and never return NaN. */
export type Computed<Reason extends string> =
  | { readonly kind: 'value'; readonly value: number }
  | { readonly kind: 'none'; readonly reason: Reason };

/** Why an operand gave no number: absent (`MISSING_VALUE`) or unreadable (`UNPARSEABLE_VALUE`). */
export type OperandReason<Name extends string> = `${Name}_missing` | `${Name}_invalid`;

export function none<Reason extends string>(reason: Reason): { readonly kind: 'none'; readonly reason: Reason } {
  return { kind: 'none', reason };
}

/** Significant digits kept for ratios and differences: removes binary noise (11 / 10 × 100 = 110.00000000000001). */
const VALUE_DIGITS = 12;
/** Significant digits kept for sums: enough for a trillion rupiah with sen. */
const SUM_DIGITS = 15;

/**
 * A finished ratio or difference with float noise removed, so that a value exactly on a predikat bound or
 * at 100 lands there; `fallback` when the arithmetic left the finite numbers.
 */
export function cleanValue<Reason extends string>(value: number, fallback: Reason): Computed<Reason> {
  // Rounding can carry a number near the largest double past it, hence the check after.
  const clean = roundSignificant(value, VALUE_DIGITS);
  return Number.isFinite(clean) ? { kind: 'value', value: clean } : none(fallback);
}

/** A sum or difference of amounts with float noise removed; non-finite when it overflows. */
export function cleanSum(value: number): number {
  return roundSignificant(value, SUM_DIGITS);
}

/** The number of a result, or `undefined`: for feeding results into `rataRata`, `ringkasan`, `total`. */
export function valueOf(result: Computed<string>): number | undefined {
  return result.kind === 'value' ? result.value : undefined;
}
