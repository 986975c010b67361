import type { PredikatBand, PredikatScale } from '../settings/types';

export type PredikatResult =
  /** `bandIndex` counts from the top band (0 = best). */
  | { readonly kind: 'label'; readonly label: string; readonly bandIndex: number }
  /** `not_finite`: no number; `no_band`: the scale leaves the value out (only an invalid custom scale can). */
  | { readonly kind: 'none'; readonly reason: 'not_finite' | 'no_band' };

/**
 * The predikat of a value (SPEC §4): the first band from the top that the value passes. The
 * value is used as given, in full precision (90.0001 is above 90); round it first to rate
 * the printed value instead.
 */
export function predikat(value: number, scale: PredikatScale): PredikatResult {
  if (!Number.isFinite(value)) return { kind: 'none', reason: 'not_finite' };
  const bandIndex = scale.findIndex((band) => passes(value, band));
  return bandIndex < 0 ? { kind: 'none', reason: 'no_band' } : { kind: 'label', label: scale[bandIndex].label, bandIndex };
}

function passes(value: number, band: PredikatBand): boolean {
  if (band.lowerBound === undefined) return true;
  return band.comparator === '>' ? value > band.lowerBound : value >= band.lowerBound;
}
