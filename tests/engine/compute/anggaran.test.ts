import { serapan, sisaAnggaran } from '../../../src/engine/compute/serapan';
import { shareAnggaran } from '../../../src/engine/compute/share';
import { cell, empty } from './cells';

describe('serapan (realisasi anggaran)', () => {
  it('Bangsal 2024: 2.860.173.435 / 3.018.446.000 → 94,76 %', () => {
    const result = serapan(cell('3.018.446.000', 'money'), cell('2.860.173.435', 'money'));
    expect(result.kind === 'value' && result.value).toBeCloseTo(94.7565, 4);
  });

  it('Bangsal 2024: 18.989.150 / 17.850.000 → 106,38 % (over budget, the checker warns)', () => {
    const result = serapan(cell('Rp. 17.850.000'), cell('Rp 18.989.150,00'));
    expect(result.kind === 'value' && result.value).toBeCloseTo(106.3818, 4);
  });

  it('reads money in English notation and number cells', () => {
    const result = serapan(cell(3018446000, 'money', '#,##0'), cell('2,860,173,435', 'money'));
    expect(result.kind === 'value' && result.value).toBeCloseTo(94.7565, 4);
  });

  it('pagu 0 has no serapan', () => {
    expect(serapan(cell('0', 'money'), cell('5.000', 'money'))).toEqual({ kind: 'none', reason: 'pagu_zero' });
  });

  it('names the operand that is missing or unreadable, pagu first', () => {
    expect(serapan(empty, empty)).toEqual({ kind: 'none', reason: 'pagu_missing' });
    expect(serapan(cell('100', 'money'), empty)).toEqual({ kind: 'none', reason: 'realisasi_missing' });
    expect(serapan(cell('tidak ada'), cell('5', 'money'))).toEqual({ kind: 'none', reason: 'pagu_invalid' });
  });
});

describe('sisaAnggaran', () => {
  it('is pagu − realisasi', () => {
    expect(sisaAnggaran(cell('3.018.446.000', 'money'), cell('2.860.173.435', 'money'))).toEqual({ kind: 'value', value: 158272565 });
  });

  it('is negative when realisasi exceeds the pagu', () => {
    expect(sisaAnggaran(cell('17.850.000', 'money'), cell('18.989.150', 'money'))).toEqual({ kind: 'value', value: -1139150 });
  });

  it('keeps sen exactly', () => {
    expect(sisaAnggaran(cell('Rp. 2.902.352.710,00'), cell('Rp. 2.664.510.688,10'))).toEqual({ kind: 'value', value: 237842021.9 });
  });

  it('is computed even for a pagu of 0', () => {
    expect(sisaAnggaran(cell('0', 'money'), cell('5.000', 'money'))).toEqual({ kind: 'value', value: -5000 });
  });

  it('names the missing operand', () => {
    expect(sisaAnggaran(cell('100', 'money'), cell('-'))).toEqual({ kind: 'none', reason: 'realisasi_missing' });
  });
});

describe('shareAnggaran (% anggaran, Tabel 3.7)', () => {
  it('is row ÷ total × 100', () => {
    expect(shareAnggaran(cell('19.200.000', 'money'), 3018446000)).toEqual({ kind: 'value', value: expect.closeTo(0.6361, 4) });
    expect(shareAnggaran(750, 1000)).toEqual({ kind: 'value', value: 75 });
  });

  it('a total of 0 has no share', () => {
    expect(shareAnggaran(0, 0)).toEqual({ kind: 'none', reason: 'total_zero' });
  });

  it('names the missing operand', () => {
    expect(shareAnggaran(empty, 1000)).toEqual({ kind: 'none', reason: 'anggaran_missing' });
    expect(shareAnggaran(5, empty)).toEqual({ kind: 'none', reason: 'total_missing' });
  });
});
