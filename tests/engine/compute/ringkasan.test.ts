import { ringkasan } from '../../../src/engine/compute/ringkasan';

describe('ringkasan (Tabel 3.2 counts)', () => {
  it('counts above, at and below 100', () => {
    expect(ringkasan([101.11, 100, 99.8, 632.4, undefined, 100.12])).toEqual({ melampaui: 3, sesuai: 1, tidakMencapai: 1, missing: 1 });
  });

  it('classifies at two decimals, as printed: 100,004 reads 100,00 % and is sesuai', () => {
    expect(ringkasan([100.004, 99.995, 100.005, 99.994])).toEqual({ melampaui: 1, sesuai: 2, tidakMencapai: 1, missing: 0 });
  });

  it('counts non-finite values as missing', () => {
    expect(ringkasan([Number.NaN, Number.NEGATIVE_INFINITY])).toEqual({ melampaui: 0, sesuai: 0, tidakMencapai: 0, missing: 2 });
  });
});
