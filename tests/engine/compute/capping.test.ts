import { applyCapping } from '../../../src/engine/compute/capping';

describe('applyCapping', () => {
  it('none leaves the value as computed (Sooko prints 112 %)', () => {
    expect(applyCapping(112, 'none', false)).toBe(112);
    expect(applyCapping(-40, 'none', false)).toBe(-40);
  });

  it('caps at 100, 110 or 120 (Bangsal prints 100 % for 91 / 90)', () => {
    expect(applyCapping(101.1111, 100, false)).toBe(100);
    expect(applyCapping(101.1111, 110, false)).toBe(101.1111);
    expect(applyCapping(115, 110, false)).toBe(110);
    expect(applyCapping(632.4, 120, false)).toBe(120);
    expect(applyCapping(99.8, 100, false)).toBe(99.8);
  });

  it('floors at 0 when asked (Mojoagung: below 0 counts as 0)', () => {
    expect(applyCapping(-40, 100, true)).toBe(0);
    expect(applyCapping(-40, 'none', true)).toBe(0);
    expect(applyCapping(0, 100, true)).toBe(0);
    expect(applyCapping(45, 100, true)).toBe(45);
  });
});
