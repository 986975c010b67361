import type { PredikatScale, ScalePreset, Settings } from '../settings/types';

/**
 * The preset scales of SPEC §4, exactly: lower bounds with their comparators, from the top;
 * the last band takes everything below. Printed scales ("91–100, 76–90") leave gaps between
 * bands; these bounds are the ones real systems compute with.
 */
export const PRESET_SCALES: Readonly<Record<Exclude<ScalePreset, 'custom'>, PredikatScale>> = {
  permendagri86: [
    { lowerBound: 90, comparator: '>', label: 'Sangat Tinggi' },
    { lowerBound: 75, comparator: '>', label: 'Tinggi' },
    { lowerBound: 65, comparator: '>', label: 'Sedang' },
    { lowerBound: 50, comparator: '>', label: 'Rendah' },
    { label: 'Sangat Rendah' },
  ],
  'sakip-5': [
    { lowerBound: 90, comparator: '>', label: 'Sangat Baik' },
    { lowerBound: 75, comparator: '>', label: 'Baik' },
    { lowerBound: 65, comparator: '>', label: 'Cukup' },
    { lowerBound: 50, comparator: '>', label: 'Kurang' },
    { label: 'Sangat Kurang' },
  ],
  'lkjip-5': [
    { lowerBound: 110, comparator: '>', label: 'Istimewa' },
    { lowerBound: 90, comparator: '>', label: 'Baik' },
    { lowerBound: 70, comparator: '>', label: 'Cukup' },
    { lowerBound: 50, comparator: '>', label: 'Kurang' },
    { label: 'Sangat Kurang' },
  ],
  'lkjip-4': [
    { lowerBound: 100, comparator: '>', label: 'Sangat Baik' },
    { lowerBound: 75, comparator: '>', label: 'Baik' },
    { lowerBound: 55, comparator: '>=', label: 'Cukup' },
    { label: 'Kurang' },
  ],
};

/**
 * The scale in force. `custom` uses `skalaKustom`; `parseSettings` refuses `custom` without a
 * valid one, so the `permendagri86` fallback only serves settings built by hand.
 */
export function scaleFor(settings: Pick<Settings, 'skalaPredikat' | 'skalaKustom'>): PredikatScale {
  if (settings.skalaPredikat !== 'custom') return PRESET_SCALES[settings.skalaPredikat];
  return settings.skalaKustom ?? PRESET_SCALES.permendagri86;
}
