import fc from 'fast-check';
import { capaian } from '../../../src/engine/compute/capaian';
import { applyCapping } from '../../../src/engine/compute/capping';
import { cell } from './cells';
import { decimalsOfFormat, decimalsOfText, matchesAtPrecision, roundAtDecimals } from '../../../src/engine/compute/precision';

describe('decimalsOfText', () => {
  it.each([
    ['99,97%', 2],
    ['100%', 0],
    ['100 %', 0],
    ['93.91%', 2],
    ['99, 01%', 2],
    ['101,1 %', 1],
    ['81,10 (A)', 2],
    ['Rp. 2.684.530.000,00', 2],
    ['Rp. 2.581.268.000 ,00', 2],
    ['2,860,173,435.00', 2],
    ['2.860.173.435', 0],
    ['3162 Pelayanan', 0],
    ['2 684 530,50', 2],
    ['Rp. 2.500.000,-', 0],
    ['-', 0],
    ['', 0],
  ])('%j → %d', (text, decimals) => {
    expect(decimalsOfText(text)).toBe(decimals);
  });

  it('reads a single separator before three digits as the column does', () => {
    expect(decimalsOfText('1.000%')).toBe(3);
    expect(decimalsOfText('1,125', 'score')).toBe(3);
    expect(decimalsOfText('1.000', 'money')).toBe(0);
    expect(decimalsOfText('1.000', 'count')).toBe(0);
    expect(decimalsOfText('1.000', 'any')).toBe(0);
    expect(decimalsOfText('0,125', 'money')).toBe(3);
  });
});

describe('decimalsOfFormat', () => {
  it.each([
    ['0.00%', 0.9997, 2],
    ['0%', 1, 0],
    ['0.0%', 0.5, 1],
    ['#,##0', 2860173435, 0],
    ['#,##0.00', 1.5, 2],
    ['0.00', 99.97, 2],
    ['"Rp"#,##0', 5, 0],
    ['_("Rp"* #,##0.00_);_("Rp"* (#,##0.00);_("Rp"* "-"??_);_(@_)', 5, 2],
    ['[$Rp-421] #,##0', 5, 0],
    ['0.00"%"', 99.97, 2],
    ['0;(0.000)', -5, 3],
    ['0;(0.000)', 5, 0],
    ['[Red]0.0', 5, 1],
  ])('%j with %d → %d', (numFmt, value, decimals) => {
    expect(decimalsOfFormat(numFmt, value)).toBe(decimals);
  });

  it.each([
    [undefined, 99.97, 2],
    ['General', 101.1, 1],
    ['General', 100, 0],
    [undefined, 0.1 + 0.2, 1],
    [undefined, 101.11111111111111, 10],
    [undefined, 1.5e-7, 8],
    [undefined, 1e21, 0],
    ['@', 6.29, 2],
    ['0.00E+00', 6.29, 2],
  ])('General %j with %d shows its own decimals (at most 10) → %d', (numFmt, value, decimals) => {
    expect(decimalsOfFormat(numFmt, value)).toBe(decimals);
  });
});

describe('roundAtDecimals (as Excel displays)', () => {
  it.each([
    [99.9728, 2, 99.97],
    [1.005, 2, 1.01],
    [-0.005, 2, -0.01],
    [100.004, 2, 100],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [-0.0001, 2, 0],
    [2860173435.125, 2, 2860173435.13],
  ])('%d at %d → %d', (value, decimals, rounded) => {
    expect(roundAtDecimals(value, decimals)).toBe(rounded);
  });

  it('gives 0, never -0', () => {
    expect(Object.is(roundAtDecimals(-0.0001, 2), 0)).toBe(true);
  });
});

describe('matchesAtPrecision (SPEC §4 Rounding)', () => {
  it('a stated 99,97 % matches 99.9728', () => {
    expect(matchesAtPrecision(99.97, decimalsOfText('99,97%'), 99.9728)).toBe(true);
  });

  it('a stated 100 % does not match 101.1, unless capping at 100 is on', () => {
    expect(matchesAtPrecision(100, decimalsOfText('100%'), 101.1)).toBe(false);
    expect(matchesAtPrecision(100, decimalsOfText('100%'), applyCapping(101.1, 100, false))).toBe(true);
  });

  it('Bangsal 2024 IKM: the printed 100 % for 91 / 90 matches only with capping at 100', () => {
    const computed = capaian(cell('90'), cell('91'), { polaritas: 'positif', rumusNegatif: 'selisih' });
    expect(computed.kind).toBe('value');
    if (computed.kind !== 'value') return;
    const decimals = decimalsOfText('100%');
    expect(matchesAtPrecision(100, decimals, computed.value)).toBe(false);
    expect(matchesAtPrecision(100, decimals, applyCapping(computed.value, 100, false))).toBe(true);
    expect(matchesAtPrecision(100, decimals, applyCapping(computed.value, 110, false))).toBe(false);
  });

  it('Bangsal 2024: stated 94,76 % matches 2.860.173.435 / 3.018.446.000', () => {
    expect(matchesAtPrecision(94.76, 2, 94.75648843809033)).toBe(true);
  });

  it('Bangsal 2024: stated 98,90 % does not match 18.989.150 / 17.850.000 = 106,38 %', () => {
    expect(matchesAtPrecision(98.9, 2, 106.38179271708682)).toBe(false);
  });

  it('Bangsal 2024: a stated 99 % matches 99.80 at 0 decimals, 99,00 % does not', () => {
    expect(matchesAtPrecision(99, 0, 99.7999)).toBe(false);
    expect(matchesAtPrecision(100, 0, 99.7999)).toBe(true);
    expect(matchesAtPrecision(99, 2, 99.7999)).toBe(false);
  });

  it('compares a 0.00% cell as shown, not as stored', () => {
    const stated = 99.9728; // 0.999728 in a 0.00% cell shows 99,97 %
    expect(matchesAtPrecision(stated, decimalsOfFormat('0.00%', 0.999728), 99.97)).toBe(true);
    expect(matchesAtPrecision(stated, decimalsOfFormat('0.00%', 0.999728), 99.9649)).toBe(false);
  });

  it('matches at the half-way point of the display (Excel rounds half away from zero)', () => {
    expect(matchesAtPrecision(99.97, 2, 99.965)).toBe(true);
    expect(matchesAtPrecision(-6.29, 2, -6.285)).toBe(true);
    expect(matchesAtPrecision(99.97, 2, 99.9649)).toBe(false);
  });

  it('adds the settings tolerance in percentage points', () => {
    expect(matchesAtPrecision(100, 0, 101.1, 1)).toBe(true);
    expect(matchesAtPrecision(100, 0, 102.1, 1)).toBe(false);
  });

  it('money at 0 decimals must match to the rupiah', () => {
    expect(matchesAtPrecision(2664510688, 0, 2664510688)).toBe(true);
    expect(matchesAtPrecision(2664510688, 0, 2664510689)).toBe(false);
  });

  it('never matches a non-finite value', () => {
    expect(matchesAtPrecision(Number.NaN, 2, Number.NaN)).toBe(false);
    expect(matchesAtPrecision(100, 2, Number.POSITIVE_INFINITY)).toBe(false);
  });

  it('a computed value always matches itself at any precision (no false alarm)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 10 }), (value, decimals) =>
        matchesAtPrecision(value, decimals, value),
      ),
    );
  });

  it('what Excel would display for a value matches that value (idempotence of write-back)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 4 }), (value, decimals) =>
        matchesAtPrecision(roundAtDecimals(value, decimals), decimals, value),
      ),
    );
  });
});
