import { capaian, type CapaianOptions } from '../../../src/engine/compute/capaian';
import { cell, empty } from './cells';

const positif: CapaianOptions = { polaritas: 'positif', rumusNegatif: 'selisih' };
const negatifSelisih: CapaianOptions = { polaritas: 'negatif', rumusNegatif: 'selisih' };
const negatifRasio: CapaianOptions = { polaritas: 'negatif', rumusNegatif: 'rasio' };

function valueOf(target: string | number, realisasi: string | number, options = positif): number | undefined {
  const result = capaian(cell(target), cell(realisasi), options);
  return result.kind === 'value' ? result.value : undefined;
}

describe('capaian, positive polarity: R / T × 100', () => {
  it('Bangsal 2024 IKM: target 90, realisasi 91 → 101,11 (the report prints the capped 100 %)', () => {
    expect(valueOf('90', '91')).toBeCloseTo(101.1111, 4);
  });

  it('Nilai SAKIP: target 81 (A), realisasi 81,10 (A) → 100,12 from the scores', () => {
    const result = capaian(cell('81 (A)'), cell('81,10 (A)'), positif);
    expect(result.kind).toBe('value');
    if (result.kind !== 'value') return;
    expect(result.value).toBeCloseTo(100.1235, 4);
    expect(result.qualitative).toBeUndefined();
  });

  it('percent target and percent realisasi: ratio of the percentage points (94,76 % of 94,95 %)', () => {
    expect(valueOf('94,95%', '94,76%')).toBeCloseTo(99.7999, 4);
  });

  it('percent cells formatted 0.00% are fractions, read as points', () => {
    const result = capaian(cell(0.9495, 'percent', '0.00%'), cell(0.9476, 'percent', '0.00%'), positif);
    expect(result.kind === 'value' && result.value).toBeCloseTo(99.7999, 4);
  });

  it('a number against a percentage uses the numbers (94,76 vs 94,95 %)', () => {
    expect(valueOf('94,95%', '94,76')).toBeCloseTo(99.7999, 4);
    expect(valueOf('94,95', '94,76%')).toBeCloseTo(99.7999, 4);
  });

  it('Sooko 2023: target 81 %, realisasi 425 % → 524,69 (an outlier the checker flags)', () => {
    expect(valueOf('81%', '425%')).toBeCloseTo(524.6914, 4);
  });

  it('Sooko 2023: 500 pelayanan against 3162 pelayanan → 632,4', () => {
    expect(valueOf('500 Pelayanan', '3162 Pelayanan')).toBeCloseTo(632.4, 10);
  });

  it('computes even when units differ (the checker warns UNIT_MISMATCH)', () => {
    expect(valueOf('500 pelayanan', '3162 laporan')).toBeCloseTo(632.4, 10);
  });

  it('removes float noise so a value on a bound stays on it (11 / 10 → exactly 110)', () => {
    expect(valueOf('10', '11')).toBe(110);
    expect(valueOf('3', '3')).toBe(100);
  });

  it('accepts numbers the engine computed', () => {
    expect(capaian(200, 150, positif)).toEqual({ kind: 'value', value: 75 });
  });
});

describe('capaian, negative polarity', () => {
  it('selisih: (2T − R) / T × 100 — target 5, realisasi 3 → 140', () => {
    expect(valueOf('5', '3', negatifSelisih)).toBe(140);
  });

  it('rasio: T / R × 100 — target 5, realisasi 3 → 166,67', () => {
    expect(valueOf('5', '3', negatifRasio)).toBeCloseTo(166.6667, 4);
  });

  it('selisih goes below 0 when realisasi is more than twice the target (capping may floor it)', () => {
    expect(valueOf('5', '12', negatifSelisih)).toBe(-40);
  });

  it('rasio with realisasi 0 has no value', () => {
    expect(capaian(cell('5'), cell('0'), negatifRasio)).toEqual({ kind: 'none', reason: 'realisasi_zero' });
  });
});

describe('capaian of grades (qualitative)', () => {
  it('target BB, realisasi A → 100 (realisasi better)', () => {
    expect(capaian(cell('BB'), cell('A'), positif)).toEqual({ kind: 'value', value: 100, qualitative: true });
  });

  it('equal grades → 100', () => {
    expect(capaian(cell('Baik'), cell('baik'), positif)).toEqual({ kind: 'value', value: 100, qualitative: true });
  });

  it('target A, realisasi BB → ratio of SAKIP ranks 5 / 6 × 100', () => {
    const result = capaian(cell('A'), cell('BB'), positif);
    expect(result).toEqual({ kind: 'value', value: expect.closeTo(83.3333, 4), qualitative: true });
  });

  it('word grades: target Sangat Baik, realisasi Cukup → 3 / 5 × 100', () => {
    const result = capaian(cell('Sangat Baik'), cell('Cukup'), positif);
    expect(result).toEqual({ kind: 'value', value: 60, qualitative: true });
  });

  it('ignores polarity: a better grade is better', () => {
    expect(capaian(cell('BB'), cell('A'), negatifSelisih)).toEqual({ kind: 'value', value: 100, qualitative: true });
  });

  it('a pure grade against a score with grade compares the grades', () => {
    expect(capaian(cell('81 (A)'), cell('BB'), positif)).toEqual({ kind: 'value', value: expect.closeTo(83.3333, 4), qualitative: true });
  });

  it('grades of unrelated scales are not comparable', () => {
    expect(capaian(cell('A'), cell('Baik'), positif)).toEqual({ kind: 'none', reason: 'not_comparable' });
  });
});

describe('capaian without a value', () => {
  it.each([
    [empty, cell('91'), 'target_missing'],
    [cell('-'), cell('91'), 'target_missing'],
    [cell('90'), cell('N/A'), 'realisasi_missing'],
    [{ kind: 'missing', reason: 'uncalculated' } as const, cell('91'), 'target_missing'],
    [cell('lihat lampiran'), cell('91'), 'target_invalid'],
    [cell('90'), cell('belum ada data'), 'realisasi_invalid'],
    [cell('0'), cell('91'), 'target_zero'],
    [cell('0%'), cell('5%'), 'target_zero'],
    [cell('Rp 1.000.000'), cell('95%'), 'not_comparable'],
    [cell('90'), cell('A'), 'not_comparable'],
  ])('%j vs %j → %s', (target, realisasi, reason) => {
    expect(capaian(target, realisasi, positif)).toEqual({ kind: 'none', reason });
  });

  it('the target is reported before the realisasi', () => {
    expect(capaian(empty, empty, positif)).toEqual({ kind: 'none', reason: 'target_missing' });
  });

  it('never NaN or Infinity, even for absurd magnitudes', () => {
    expect(capaian(Number.MIN_VALUE, Number.MAX_VALUE, positif)).toEqual({ kind: 'none', reason: 'not_comparable' });
    expect(capaian(Number.NaN, 5, positif)).toEqual({ kind: 'none', reason: 'target_invalid' });
  });
});
