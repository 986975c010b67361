import { applyCapping } from '../../../src/engine/compute/capping';
import { rataRata } from '../../../src/engine/compute/rata-rata';

describe('rataRata', () => {
  it('is the arithmetic mean of the values', () => {
    expect(rataRata([100, 99.8, 100.12])).toEqual({ mean: expect.closeTo(99.9733, 4), used: 3, missing: 0 });
  });

  it('leaves out and counts missing and non-finite values', () => {
    expect(rataRata([100, undefined, 90, Number.NaN, Number.POSITIVE_INFINITY])).toEqual({ mean: 95, used: 2, missing: 3 });
  });

  it('has no mean when nothing is usable', () => {
    expect(rataRata([])).toEqual({ used: 0, missing: 0 });
    expect(rataRata([undefined, undefined])).toEqual({ used: 0, missing: 2 });
  });

  it('uses capped values when the caller caps (Bangsal: 101,11 counts as 100)', () => {
    const capped = [101.1111, 99.8].map((value) => applyCapping(value, 100, false));
    expect(rataRata(capped).mean).toBeCloseTo(99.9, 10);
  });

  it('removes float noise: 0.1, 0.2 → 0.15', () => {
    expect(rataRata([0.1, 0.2]).mean).toBe(0.15);
  });
});
