import { validateCustomScale } from '../../../src/engine/compute/validate-scale';
import type { PredikatScale } from '../../../src/engine/settings/types';

describe('validateCustomScale', () => {
  it('accepts descending bounds ending with a band without bound', () => {
    const scale: PredikatScale = [
      { lowerBound: 100, comparator: '>', label: 'Sangat Baik' },
      { lowerBound: 75, comparator: '>', label: 'Baik' },
      { lowerBound: 55, comparator: '>=', label: 'Cukup' },
      { label: 'Kurang' },
    ];
    expect(validateCustomScale(scale)).toEqual([]);
  });

  it('rejects a gap below the lowest bound (the Mojoagung printed scale stops at a bound)', () => {
    const scale: PredikatScale = [
      { lowerBound: 90, comparator: '>', label: 'Baik' },
      { lowerBound: 50, comparator: '>', label: 'Kurang' },
    ];
    expect(validateCustomScale(scale)).toEqual([{ code: 'gap_below', bound: 50 }]);
  });

  it('rejects unsorted bounds', () => {
    const scale: PredikatScale = [
      { lowerBound: 75, comparator: '>', label: 'Baik' },
      { lowerBound: 90, comparator: '>', label: 'Sangat Baik' },
      { label: 'Kurang' },
    ];
    expect(validateCustomScale(scale)).toEqual([{ code: 'bound_not_descending', index: 1, bound: 90, previous: 75 }]);
  });

  it('rejects duplicate bounds, whatever the comparators', () => {
    const scale: PredikatScale = [
      { lowerBound: 90, comparator: '>=', label: 'Sangat Baik' },
      { lowerBound: 90, comparator: '>', label: 'Baik' },
      { label: 'Kurang' },
    ];
    expect(validateCustomScale(scale)).toEqual([{ code: 'duplicate_bound', index: 1, bound: 90 }]);
  });

  it('rejects a band without bound that is not the last', () => {
    const scale: PredikatScale = [{ label: 'Semua' }, { lowerBound: 50, comparator: '>', label: 'Baik' }, { label: 'Kurang' }];
    expect(validateCustomScale(scale)).toEqual([{ code: 'bottom_band_not_last', index: 0 }]);
  });

  it('rejects empty and duplicate labels, non-finite bounds and scales of fewer than two bands', () => {
    expect(validateCustomScale([])).toEqual([{ code: 'too_few_bands' }]);
    expect(validateCustomScale([{ label: 'Baik' }])).toEqual([{ code: 'too_few_bands' }]);
    expect(
      validateCustomScale([{ lowerBound: 90, comparator: '>', label: ' ' }, { lowerBound: Number.NaN, comparator: '>', label: 'baik' }, { label: 'Baik' }]),
    ).toEqual([
      { code: 'empty_label', index: 0 },
      { code: 'bound_not_finite', index: 1 },
      { code: 'duplicate_label', index: 2, label: 'Baik' },
    ]);
  });
});
