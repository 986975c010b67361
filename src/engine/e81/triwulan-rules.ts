import { cleanSum } from '../compute/result';
import type { IndicatorType } from './indicator-type';

/** The four triwulan values of one measure; `undefined` where the cell is empty. */
export type Quarters = readonly (number | undefined)[];

/** How a realisasi tahun berjalan was obtained from the triwulan. */
export type QuarterReading =
  /** The sum of the triwulan (counts, rupiah). */
  | { readonly rule: 'jumlah'; readonly value: number; readonly used: number }
  /** The last triwulan with a value (levels); `triwulan` is 1–4. */
  | { readonly rule: 'terakhir'; readonly value: number; readonly triwulan: number }
  /** A level whose triwulan are shares added within the year (`25 + 25 + 25 + 25 = 100 %`). */
  | { readonly rule: 'tambahan'; readonly value: number; readonly used: number };

export function hasQuarters(quarters: Quarters): boolean {
  return quarters.some((q) => q !== undefined);
}

export function sumOfQuarters(quarters: Quarters): Extract<QuarterReading, { rule: 'jumlah' }> | undefined {
  const values = quarters.filter((q): q is number => q !== undefined);
  if (values.length === 0) return undefined;
  return { rule: 'jumlah', value: cleanSum(values.reduce((a, b) => a + b, 0)), used: values.length };
}

/**
 * The last triwulan that holds a value. A 0 after a non-zero triwulan is read as "not reported"
 * (system exports print 0 for an empty triwulan: `0; 0; 82,19; 0` is a level of 82,19).
 */
export function lastQuarter(quarters: Quarters): QuarterReading | undefined {
  let last: { value: number; triwulan: number } | undefined;
  quarters.forEach((q, i) => {
    if (q === undefined) return;
    if (q === 0 && last !== undefined && last.value !== 0) return;
    last = { value: q, triwulan: i + 1 };
  });
  return last && { rule: 'terakhir', value: last.value, triwulan: last.triwulan };
}

function strictlyIncreasing(quarters: Quarters): boolean {
  const reported = quarters.filter((q): q is number => q !== undefined && q !== 0);
  return reported.length >= 2 && reported.every((q, i) => i === 0 || q > reported[i - 1]!);
}

/**
 * Every reading a realisasi tahun berjalan may fairly follow, the one to write first. Counts add
 * up; a level is its last triwulan (SPEC §6). But real workbooks report many levels as shares
 * added per triwulan (Sooko: 13,15 + 36,16 + 20,14 + 22,36 = 91,81 %; Deli Serdang: 29 + 16 + 33
 * + 21 = 100 %): when the triwulan do not climb like a level does and their sum stays a plausible
 * level (at most 100 for a percentage, or 120 % of the target), the sum comes first. `93 + 85 +
 * 247 + 0 = 425 %` is no level: its last triwulan stands. Without a type, the count rule first.
 */
export function acceptableReadings(
  quarters: Quarters,
  type: IndicatorType,
  percent: boolean,
  target: number | undefined,
): QuarterReading[] {
  const sum = sumOfQuarters(quarters);
  const last = lastQuarter(quarters);
  if (!sum || !last) return [];
  if (type === 'jumlah') return [sum];
  if (type === 'tak_tentu') return [sum, last];
  const ceiling = Math.max(percent ? 100 : 0, target !== undefined && target > 0 ? target * 1.2 : 0);
  if (sum.value > ceiling + 1e-9 || sum.value === last.value) return [last];
  const shares: QuarterReading = { rule: 'tambahan', value: sum.value, used: sum.used };
  return strictlyIncreasing(quarters) ? [last, shares] : [shares, last];
}

/** The reading Buat E.81 writes: the first of `acceptableReadings`. */
export function realisasiOfQuarters(
  quarters: Quarters,
  type: IndicatorType,
  percent: boolean,
  target: number | undefined,
): QuarterReading | undefined {
  return acceptableReadings(quarters, type, percent, target)[0];
}
