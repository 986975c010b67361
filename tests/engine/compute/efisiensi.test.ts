import { efisiensi, efisiensiTotal } from '../../../src/engine/compute/efisiensi';
import { ketersediaan } from '../../../src/engine/compute/ketersediaan';
import { cell, empty } from './cells';

describe('efisiensi: capaian − serapan (percentage points)', () => {
  it('Mojoagung 2024: 97,69 − 91,40 = 6,29', () => {
    expect(efisiensi(cell('97,69%'), cell('91,40%'))).toEqual({ kind: 'value', value: 6.29 });
  });

  it('Mojoagung 2024 SDM: 97,69 − 39,12 = 58,57 (ketersediaan in place of serapan)', () => {
    expect(efisiensi(cell('97,69%'), cell('39,12%'))).toEqual({ kind: 'value', value: 58.57 });
  });

  it('is negative when serapan exceeds capaian (not efisien)', () => {
    expect(efisiensi(90, 95.5)).toEqual({ kind: 'value', value: -5.5 });
  });

  it('mixes %-formatted fractions and points', () => {
    expect(efisiensi(cell(0.9769, 'percent', '0.00%'), cell('91,40', 'percent'))).toEqual({ kind: 'value', value: 6.29 });
  });

  it('names the missing operand', () => {
    expect(efisiensi(empty, 91.4)).toEqual({ kind: 'none', reason: 'capaian_missing' });
    expect(efisiensi(97.69, cell('-'))).toEqual({ kind: 'none', reason: 'serapan_missing' });
    expect(efisiensi(97.69, cell('A'))).toEqual({ kind: 'none', reason: 'serapan_invalid' });
  });
});

describe('efisiensiTotal: mean capaian − total serapan', () => {
  it('uses the mean of the capaian, missing ones left out', () => {
    expect(efisiensiTotal([100, 95.38, undefined], 91.4)).toEqual({ kind: 'value', value: 6.29 });
  });

  it('has no value without any capaian', () => {
    expect(efisiensiTotal([undefined], 91.4)).toEqual({ kind: 'none', reason: 'capaian_missing' });
  });
});

describe('ketersediaan: tersedia ÷ kebutuhan × 100', () => {
  it('sarpras 1 of 1 → 100 %', () => {
    expect(ketersediaan(cell('1 unit'), cell('1 unit'))).toEqual({ kind: 'value', value: 100 });
  });

  it('Mojoagung SDM: 17 of 47 orang → 36,17 %', () => {
    expect(ketersediaan(cell('17'), cell('47'))).toEqual({ kind: 'value', value: expect.closeTo(36.1702, 4) });
  });

  it('kebutuhan 0 has no ketersediaan', () => {
    expect(ketersediaan(cell('3'), cell('0'))).toEqual({ kind: 'none', reason: 'kebutuhan_zero' });
  });

  it('names the missing operand', () => {
    expect(ketersediaan(empty, cell('3'))).toEqual({ kind: 'none', reason: 'tersedia_missing' });
    expect(ketersediaan(cell('3'), empty)).toEqual({ kind: 'none', reason: 'kebutuhan_missing' });
  });
});
