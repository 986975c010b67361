import { kemajuan } from '../../../src/engine/compute/kemajuan';
import { selisih } from '../../../src/engine/compute/selisih';
import { total } from '../../../src/engine/compute/totals';
import { cell, empty } from './cells';

describe('selisih vs pembanding (Tabel 3.5)', () => {
  it('keeps the sign: realisasi − pembanding', () => {
    expect(selisih(cell('94,76%'), cell('93,91%'))).toEqual({ kind: 'value', value: 0.85 });
    expect(selisih(cell('72,5'), cell('75'))).toEqual({ kind: 'value', value: -2.5 });
  });

  it('names the missing operand', () => {
    expect(selisih(cell('90'), empty)).toEqual({ kind: 'none', reason: 'pembanding_missing' });
    expect(selisih(cell('n/a'), cell('90'))).toEqual({ kind: 'none', reason: 'realisasi_missing' });
  });
});

describe('total (JUMLAH / TOTAL rows)', () => {
  it('sums money as typed in either notation', () => {
    expect(total([cell('Rp. 2.357.878.575,00'), cell('306.632.113', 'money'), cell('0,00', 'money')])).toEqual({
      sum: 2664510688,
      used: 3,
      missing: 0,
      invalid: 0,
    });
  });

  it('leaves out and counts missing and unreadable values', () => {
    expect(total([cell('1.000', 'money'), empty, cell('-'), cell('lihat catatan'), 500])).toEqual({ sum: 1500, used: 2, missing: 2, invalid: 1 });
  });

  it('keeps sen exact over many rows', () => {
    expect(total(Array.from({ length: 10 }, () => 0.1)).sum).toBe(1);
  });

  it('of nothing is 0', () => {
    expect(total([])).toEqual({ sum: 0, used: 0, missing: 0, invalid: 0 });
  });
});

describe('kemajuan: realisasi ÷ target akhir Renstra × 100', () => {
  it('Bangsal 2024 SAKIP: 81,10 of the Renstra target 81 → 100,12', () => {
    const result = kemajuan(cell('81'), cell('81,10'), { polaritas: 'positif', rumusNegatif: 'selisih' });
    expect(result).toEqual({ kind: 'value', value: expect.closeTo(100.1235, 4) });
  });

  it('follows the polarity rules of capaian', () => {
    expect(kemajuan(cell('5'), cell('3'), { polaritas: 'negatif', rumusNegatif: 'selisih' })).toEqual({ kind: 'value', value: 140 });
  });

  it('without a target akhir has no value', () => {
    expect(kemajuan(empty, cell('3'), { polaritas: 'positif', rumusNegatif: 'selisih' })).toEqual({ kind: 'none', reason: 'target_missing' });
  });
});
