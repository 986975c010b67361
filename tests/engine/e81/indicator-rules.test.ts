import { indicatorType, isPercentIndicator } from '../../../src/engine/e81/indicator-type';
import { itemNameKey, indicatorNameKey, splitKode, stripUnitSuffix } from '../../../src/engine/e81/keys';
import { acceptableReadings, lastQuarter, realisasiOfQuarters, sumOfQuarters } from '../../../src/engine/e81/triwulan-rules';
import { parseCell } from '../../../src/engine/values/parse-cell';

const target = (text: string) => parseCell({ value: text }, 'any');

describe('indicator type: counts add up their triwulan, levels take the last one', () => {
  test.each([
    ['Jumlah Dokumen Perencanaan', 'Dok', undefined, 'jumlah'],
    ['Jumlah Orang yang Menerima Gaji', 'Orang / Bulan', undefined, 'jumlah'],
    ['Persentase Tertib Pelaporan', '%', undefined, 'tingkat'],
    ['Program Penunjang', 'Nilai', undefined, 'tingkat'],
    ['Jumlah Dokumen Perencanaan Perangkat Daerah(Dokumen)', undefined, undefined, 'jumlah'],
    ['Persentase hasil koordinasi yang ditindaklanjuti(%)', undefined, undefined, 'tingkat'],
    ['Nilai SKAIP Kecamatan Sooko(nilai)', undefined, undefined, 'tingkat'],
    ['IP ASN Perangkat Daerah()', undefined, '75', 'tingkat'],
    ['Capaian pelayanan', undefined, '94,95%', 'tingkat'],
    ['Predikat SAKIP', undefined, '79,56 (BB)', 'tingkat'],
    ['Inovasi yang dibangun', undefined, '2 inovasi', 'jumlah'],
    ['Indeks Kepuasan Masyarakat', undefined, undefined, 'tingkat'],
    ['Jumlah pengaduan', undefined, undefined, 'jumlah'],
    ['Angka Kematian Ibu (AKI)', undefined, undefined, 'tingkat'],
    ['Fasilitasi desa', undefined, '12', 'tak_tentu'],
  ] as const)('%s [%s, target %s] is %s', (name, satuan, t, expected) => {
    expect(indicatorType(name, satuan, t === undefined ? undefined : target(t))).toBe(expected);
  });

  test('percentage indicators by satuan, bracketed unit, target or first word', () => {
    expect(isPercentIndicator('Realisasi anggaran', '%', undefined)).toBe(true);
    expect(isPercentIndicator('Realisasi anggaran(%)', undefined, undefined)).toBe(true);
    expect(isPercentIndicator('Capaian', undefined, target('95%'))).toBe(true);
    expect(isPercentIndicator('Presentase pelayanan', undefined, undefined)).toBe(true);
    expect(isPercentIndicator('Nilai SAKIP', 'Nilai', undefined)).toBe(false);
  });
});

describe('names and kode', () => {
  test('a kode and a prefix are taken off a name; list markers are not a kode', () => {
    expect(splitKode('[PROGRAM] 7.01.01 PROGRAM PENUNJANG')).toEqual({ kode: '7.01.01', name: 'PROGRAM PENUNJANG' });
    expect(splitKode('Sub Kegiatan: 7 01 01 2 01 01 Penyusunan Dokumen')).toEqual({ kode: '7.01.01.2.01.01', name: 'Penyusunan Dokumen' });
    expect(splitKode('1. Nilai LHE AKIP')).toEqual({ name: '1. Nilai LHE AKIP' });
    expect(itemNameKey('[PROGRAM] 7.01.02 PROGRAM PENYELENGGARAAN PEMERINTAHAN')).toBe(itemNameKey('Program Penyelenggaraan Pemerintahan'));
  });

  test('a short bracketed unit closes an indicator name, and keys ignore it', () => {
    expect(stripUnitSuffix('Jumlah Dokumen(Dokumen)')).toEqual({ name: 'Jumlah Dokumen', unit: 'Dokumen' });
    expect(stripUnitSuffix('Nilai IKM ()')).toEqual({ name: 'Nilai IKM' });
    expect(indicatorNameKey('Jumlah Dokumen Perencanaan(Dokumen)')).toBe(indicatorNameKey('Jumlah dokumen perencanaan'));
  });
});

describe('realisasi tahun berjalan from the triwulan (SPEC §6)', () => {
  test('counts add up, empty triwulan left out', () => {
    expect(sumOfQuarters([1, undefined, 2, 0])).toEqual({ rule: 'jumlah', value: 3, used: 3 });
    expect(realisasiOfQuarters([0.25, 0.25, 0.25, 0.25], 'jumlah', false, 1)?.value).toBe(1);
    expect(sumOfQuarters([undefined, undefined, undefined, undefined])).toBeUndefined();
  });

  test('a level is its last triwulan; a 0 after a reported triwulan means not reported', () => {
    expect(lastQuarter([20, 45, 70, 95])).toEqual({ rule: 'terakhir', value: 95, triwulan: 4 });
    expect(lastQuarter([0, 0, 82.19, 0])).toEqual({ rule: 'terakhir', value: 82.19, triwulan: 3 });
    expect(lastQuarter([0, 0, 0, 0])?.value).toBe(0);
    expect(lastQuarter([90, undefined, undefined, undefined])).toEqual({ rule: 'terakhir', value: 90, triwulan: 1 });
  });

  test('a level that climbs is read as its last triwulan, the sum of its shares accepted too when plausible', () => {
    expect(realisasiOfQuarters([20.5, 45.25, 70.1, 92.3], 'tingkat', true, 95)).toEqual({ rule: 'terakhir', value: 92.3, triwulan: 4 });
    expect(acceptableReadings([85, 88, 90, 93], 'tingkat', true, 90).map((r) => r.rule)).toEqual(['terakhir']);
    expect(acceptableReadings([10, 20, 30, 40], 'tingkat', true, 100).map((r) => [r.rule, r.value])).toEqual([['terakhir', 40], ['tambahan', 100]]);
  });

  test('levels reported as shares per triwulan add up while they stay a plausible level', () => {
    // Sooko S17: 13,15 + 36,16 + 20,14 + 22,36 = 91,81 % of a 95 % target.
    expect(acceptableReadings([13.15, 36.16, 20.14, 22.36], 'tingkat', true, 95).map((r) => [r.rule, r.value])).toEqual([
      ['tambahan', 91.81],
      ['terakhir', 22.36],
    ]);
    // Sooko S28: 24 + 24 + 24 + 22 = 94 %; equal shares do not climb like a level.
    expect(realisasiOfQuarters([24, 24, 24, 22], 'tingkat', true, 87)?.value).toBe(94);
    expect(realisasiOfQuarters([25, 25, 25, 25], 'tingkat', true, 100)?.value).toBe(100);
    // Sooko S36: 93 + 85 + 247 + 0 = 425 % of an 81 % target is no level.
    expect(acceptableReadings([93, 85, 247, 0], 'tingkat', true, 81).map((r) => [r.rule, r.value])).toEqual([['terakhir', 247]]);
    // Deli Serdang AB13 (Nilai, target 100): increments adding to 100.
    expect(acceptableReadings([14.99, 13.5, 21.03, 50.48], 'tingkat', false, 100).map((r) => r.rule)).toEqual(['tambahan', 'terakhir']);
    // A constant level far above its shares' ceiling stays a level.
    expect(realisasiOfQuarters([90, 90, 90, 90], 'tingkat', false, 85)?.value).toBe(90);
    expect(acceptableReadings([1, 2, 3, 4], 'jumlah', false, 10).map((r) => r.rule)).toEqual(['jumlah']);
    expect(acceptableReadings([1, 2, 3, 4], 'tak_tentu', false, 10).map((r) => r.rule)).toEqual(['jumlah', 'terakhir']);
  });
});
