import type { PredikatScale } from '../settings/types';

/** What is wrong with a predikat scale; `index` is the 0-based band, counted from the top. */
export type ScaleProblem =
  | { readonly code: 'too_few_bands' }
  | { readonly code: 'empty_label'; readonly index: number }
  | { readonly code: 'duplicate_label'; readonly index: number; readonly label: string }
  | { readonly code: 'bound_not_finite'; readonly index: number }
  | { readonly code: 'bound_not_descending'; readonly index: number; readonly bound: number; readonly previous: number }
  | { readonly code: 'duplicate_bound'; readonly index: number; readonly bound: number }
  | { readonly code: 'bottom_band_not_last'; readonly index: number }
  | { readonly code: 'gap_below'; readonly bound: number };

/**
 * Checks a custom scale. Bands carry only lower bounds and are tested from the top, so a
 * scale can only leave values unlabelled below its lowest bound (`gap_below`: the last band
 * must have no bound); bounds must strictly descend (`bound_not_descending` when unsorted,
 * `duplicate_bound` when two bands share a bound, whatever their comparators: the lower one
 * could never be reached). Labels must be non-empty and distinct (case-insensitive).
 */
export function validateCustomScale(scale: PredikatScale): readonly ScaleProblem[] {
  const problems: ScaleProblem[] = [];
  if (scale.length < 2) problems.push({ code: 'too_few_bands' });
  const seenLabels = new Set<string>();
  let previous: number | undefined;
  scale.forEach((band, index) => {
    const label = band.label.trim().toLowerCase();
    if (label === '') problems.push({ code: 'empty_label', index });
    else if (seenLabels.has(label)) problems.push({ code: 'duplicate_label', index, label: band.label });
    seenLabels.add(label);
    const isLast = index === scale.length - 1;
    if (band.lowerBound === undefined) {
      if (!isLast) problems.push({ code: 'bottom_band_not_last', index });
      return;
    }
    if (!Number.isFinite(band.lowerBound)) {
      problems.push({ code: 'bound_not_finite', index });
      return;
    }
    if (previous !== undefined && band.lowerBound === previous) {
      problems.push({ code: 'duplicate_bound', index, bound: band.lowerBound });
    } else if (previous !== undefined && band.lowerBound > previous) {
      problems.push({ code: 'bound_not_descending', index, bound: band.lowerBound, previous });
    }
    previous = band.lowerBound;
    if (isLast) problems.push({ code: 'gap_below', bound: band.lowerBound });
  });
  return problems;
}
