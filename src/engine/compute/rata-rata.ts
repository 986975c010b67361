import { roundSignificant } from '../values/round';

export interface RataRata {
  /** Absent when no value was usable. */
  readonly mean?: number;
  readonly used: number;
  readonly missing: number;
}

/**
 * Arithmetic mean (SPEC §4, rata-rata capaian): missing and non-finite values are left out
 * and counted. Pass capped values when capping is on.
 */
export function rataRata(values: readonly (number | undefined)[]): RataRata {
  const usable = values.filter((value): value is number => value !== undefined && Number.isFinite(value));
  const missing = values.length - usable.length;
  if (usable.length === 0) return { used: 0, missing };
  const sum = usable.reduce((total, value) => total + value, 0);
  const mean = roundSignificant(sum / usable.length, 12);
  return Number.isFinite(mean) ? { mean, used: usable.length, missing } : { used: 0, missing: values.length };
}
