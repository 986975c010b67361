import fc from 'fast-check';
import { predikat } from '../../../src/engine/compute/predikat';
import { PRESET_SCALES, scaleFor } from '../../../src/engine/compute/predikat-scales';
import { validateCustomScale } from '../../../src/engine/compute/validate-scale';
import type { PredikatScale } from '../../../src/engine/settings/types';

function labelOf(value: number, scale: PredikatScale): string | undefined {
  const result = predikat(value, scale);
  return result.kind === 'label' ? result.label : undefined;
}

describe('preset scales (SPEC §4)', () => {
  it.each([
    [100, 'Sangat Tinggi'],
    [90.0001, 'Sangat Tinggi'],
    [90, 'Tinggi'],
    [75.5, 'Tinggi'],
    [75, 'Sedang'],
    [65, 'Rendah'],
    [50.01, 'Rendah'],
    [50, 'Sangat Rendah'],
    [0, 'Sangat Rendah'],
    [-20, 'Sangat Rendah'],
    [632.4, 'Sangat Tinggi'],
  ])('permendagri86: %d → %s', (value, label) => {
    expect(labelOf(value, PRESET_SCALES.permendagri86)).toBe(label);
  });

  it.each([
    [90.0001, 'Sangat Baik'],
    [90, 'Baik'],
    [75, 'Cukup'],
    [65.5, 'Cukup'],
    [65, 'Kurang'],
    [50, 'Sangat Kurang'],
  ])('sakip-5: %d → %s', (value, label) => {
    expect(labelOf(value, PRESET_SCALES['sakip-5'])).toBe(label);
  });

  it.each([
    [110.0001, 'Istimewa'],
    [110, 'Baik'],
    [97.69, 'Baik'],
    [90, 'Cukup'],
    [70.01, 'Cukup'],
    [70, 'Kurang'],
    [50, 'Sangat Kurang'],
  ])('lkjip-5: %d → %s', (value, label) => {
    expect(labelOf(value, PRESET_SCALES['lkjip-5'])).toBe(label);
  });

  it.each([
    [100.0001, 'Sangat Baik'],
    [100, 'Baik'],
    [75.01, 'Baik'],
    [75, 'Cukup'],
    [55, 'Cukup'],
    [54.99, 'Kurang'],
    [0, 'Kurang'],
  ])('lkjip-4: %d → %s', (value, label) => {
    expect(labelOf(value, PRESET_SCALES['lkjip-4'])).toBe(label);
  });

  it('every preset passes its own validation', () => {
    for (const scale of Object.values(PRESET_SCALES)) expect(validateCustomScale(scale)).toEqual([]);
  });

  it('has no label for a value that is not a number', () => {
    expect(predikat(Number.NaN, PRESET_SCALES.permendagri86)).toEqual({ kind: 'none', reason: 'not_finite' });
    expect(predikat(Number.POSITIVE_INFINITY, PRESET_SCALES.permendagri86)).toEqual({ kind: 'none', reason: 'not_finite' });
  });

  it('reports the band index from the top', () => {
    expect(predikat(80, PRESET_SCALES.permendagri86)).toEqual({ kind: 'label', label: 'Tinggi', bandIndex: 1 });
  });
});

describe('scaleFor', () => {
  const custom: PredikatScale = [{ lowerBound: 80, comparator: '>=', label: 'Tercapai' }, { label: 'Belum' }];

  it('gives the preset named in settings', () => {
    expect(scaleFor({ skalaPredikat: 'lkjip-4' })).toBe(PRESET_SCALES['lkjip-4']);
    expect(scaleFor({ skalaPredikat: 'sakip-5', skalaKustom: custom })).toBe(PRESET_SCALES['sakip-5']);
  });

  it('gives the custom bands for custom', () => {
    expect(scaleFor({ skalaPredikat: 'custom', skalaKustom: custom })).toBe(custom);
    expect(labelOf(80, custom)).toBe('Tercapai');
    expect(labelOf(79.99, custom)).toBe('Belum');
  });
});

/** Band `index` as an interval: at or above its own bound, below the bound of the band above. */
function isIn(value: number, scale: PredikatScale, index: number): boolean {
  const band = scale[index];
  const above = index === 0 ? undefined : scale[index - 1];
  const clearsOwn = band.lowerBound === undefined || (band.comparator === '>' ? value > band.lowerBound : value >= band.lowerBound);
  const belowAbove =
    above === undefined || above.lowerBound === undefined || (above.comparator === '>' ? value <= above.lowerBound : value < above.lowerBound);
  return clearsOwn && belowAbove;
}

describe('properties of every preset', () => {
  const scales = Object.entries(PRESET_SCALES);
  const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

  it.each(scales)('%s: every finite value gets exactly one label of the scale', (_name, scale) => {
    fc.assert(
      fc.property(finite, (value) => {
        const result = predikat(value, scale);
        const inBand = scale.map((_band, index) => isIn(value, scale, index));
        return (
          result.kind === 'label' &&
          inBand.filter(Boolean).length === 1 &&
          inBand[result.bandIndex] &&
          scale[result.bandIndex].label === result.label
        );
      }),
    );
  });

  it.each(scales)('%s: a higher value never gets a lower band', (_name, scale) => {
    fc.assert(
      fc.property(finite, finite, (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const lowBand = predikat(low, scale);
        const highBand = predikat(high, scale);
        return lowBand.kind === 'label' && highBand.kind === 'label' && highBand.bandIndex <= lowBand.bandIndex;
      }),
    );
  });

  it.each(scales)('%s: values near every bound are labelled and monotone', (_name, scale) => {
    const near = fc.oneof(
      ...scale.flatMap((band) => (band.lowerBound === undefined ? [] : [fc.double({ min: band.lowerBound - 1, max: band.lowerBound + 1, noNaN: true })])),
    );
    fc.assert(
      fc.property(near, near, (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const lowBand = predikat(low, scale);
        const highBand = predikat(high, scale);
        return lowBand.kind === 'label' && highBand.kind === 'label' && highBand.bandIndex <= lowBand.bandIndex;
      }),
    );
  });
});
