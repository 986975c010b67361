import { parseText } from '../../../src/engine/values/parse-text';
import type { ColumnExpectation, ParsedValue } from '../../../src/engine/values/types';
import { grade, invalid, missing, money, num, pct } from './expected';

/**
 * Every distinct number style found in the table cells of the seeds
 * (`../shared/seeds/*.txt`, tab-separated), with the seed each string comes from.
 * Seeds: bangsal = lkjip-bangsal-mojokerto-2024, mojoagung = lkjip-mojoagung-jombang-2024,
 * sooko = lkjip-sooko-mojokerto-2023, mojosari = iku-mojosari-mojokerto-2024.
 * Several are PDF-extraction damage (a digit group wrapped onto the next line, `99,4 9%`):
 * they must come out `invalid`, never as a guessed number.
 */
type Case = readonly [raw: string, column: ColumnExpectation, result: ParsedValue];

const seedCases: readonly Case[] = [
  // percentages
  ['100%', 'percent', pct(100)], // mojosari
  ['94,95%', 'percent', pct(94.95)], // bangsal
  ['0,64%', 'percent', pct(0.64)], // bangsal
  ['100,00%', 'percent', pct(100)], // bangsal
  ['100 %', 'percent', pct(100)], // bangsal
  ['33,3%', 'percent', pct(33.3)], // mojoagung
  ['85.87%', 'percent', pct(85.87)], // mojoagung
  ['93.6%', 'percent', pct(93.6)], // mojoagung
  ['90,67 %', 'percent', pct(90.67)], // mojoagung
  ['106,26 %', 'percent', pct(106.26)], // mojoagung
  ['102, 37%', 'percent', pct(102.37)], // mojoagung
  ['99, 01%', 'any', pct(99.01)], // bangsal (prose, Bab III)
  ['90.06 %', 'percent', pct(90.06)], // sooko
  ['100.00 %', 'percent', pct(100)], // sooko
  ['81 %', 'percent', pct(81)], // sooko
  ['91,81%', 'percent', pct(91.81)], // sooko
  ['25%', 'any', pct(25)], // mojoagung
  ['100 persen', 'percent', pct(100)], // mojoagung
  ['100 persen', 'any', num(100, { unit: 'persen' })], // mojoagung
  // bare numbers
  ['64,23', 'percent', pct(64.23)], // mojoagung
  ['72,5', 'score', num(72.5)], // mojoagung
  ['104,9', 'percent', pct(104.9)], // mojoagung
  ['3,3', 'any', num(3.3)], // sooko
  ['100,00', 'percent', pct(100)], // mojoagung
  ['100.00', 'percent', pct(100)], // sooko
  ['0,00', 'percent', pct(0)], // sooko
  ['0.00', 'percent', pct(0)], // sooko
  ['0.0', 'any', num(0)], // mojoagung
  ['0', 'any', num(0)], // mojoagung
  ['1295', 'count', num(1295)], // sooko
  ['10001', 'any', num(10001)], // mojoagung
  ['25.244', 'count', num(25244)], // bangsal
  ['25.244', 'any', num(25244, { assumption: 'thousands_reading' })], // bangsal
  ['00.05', 'any', num(0.05)], // mojoagung
  // money, Indonesian
  ['2.684.530.000', 'money', money(2684530000)], // sooko
  ['102.689.100', 'money', money(102689100)], // mojoagung
  ['200.000', 'money', money(200000)], // mojoagung
  ['19.892.042.605', 'money', money(19892042605)], // sooko
  ['1.984.990.892,00', 'money', money(1984990892)], // sooko
  ['8.400,00', 'money', money(8400)], // sooko
  ['100.968.000,00', 'money', money(100968000)], // sooko
  ['Rp. 2.668.150.000,00', 'any', money(2668150000)], // bangsal
  ['Rp. 238.466.300,00', 'money', money(238466300)], // bangsal
  ['Rp. 15.498.500,00', 'money', money(15498500)], // mojoagung
  ['Rp. 3.390.000', 'money', money(3390000)], // sooko
  ['Rp.1.000.000', 'money', money(1000000)], // sooko
  ['Rp.920.000', 'money', money(920000)], // sooko
  ['Rp. 2.581.268.000 ,00', 'money', money(2581268000)], // sooko
  ['Rp. 25.000.000 ,00', 'money', money(25000000)], // sooko
  ['Rp. 2.664.510.688,-', 'money', money(2664510688)], // sooko (prose)
  // money, English
  ['2,860,173,435', 'money', money(2860173435)], // bangsal
  ['104,221,600', 'money', money(104221600)], // bangsal
  ['3,600,000', 'money', money(3600000)], // mojoagung
  ['1,000,000.00', 'money', money(1000000)], // sooko
  ['2,211,134,033.00', 'money', money(2211134033)], // sooko
  ['118,308,000.00', 'money', money(118308000)], // sooko
  ['1,037.00', 'money', money(1037)], // sooko
  ['14,000.0', 'money', money(14000)], // mojoagung
  ['104,840, 000', 'money', money(104840000)], // mojoagung
  ['8,754,637, 125', 'money', money(8754637125)], // mojoagung
  // money, spaces as thousands
  ['2 722 255 272', 'money', money(2722255272)], // mojoagung
  ['164 501 100', 'money', money(164501100)], // mojoagung
  ['15 400 500', 'money', money(15400500)], // mojoagung
  // numbers with units
  ['1 inovasi', 'any', num(1, { unit: 'inovasi' })], // mojosari
  ['1 Inovasi', 'any', num(1, { unit: 'Inovasi' })], // bangsal
  ['19 Orang/Bulan', 'any', num(19, { unit: 'Orang/Bulan' })], // bangsal
  ['21 orang/bulan', 'any', num(21, { unit: 'orang/bulan' })], // sooko
  ['3162 Pelayanan', 'any', num(3162, { unit: 'Pelayanan' })], // sooko
  ['1070 pelayanan', 'count', num(1070, { unit: 'pelayanan' })], // sooko
  ['12 laporan', 'any', num(12, { unit: 'laporan' })], // mojoagung
  ['12 doku-men', 'any', num(12, { unit: 'doku-men' })], // sooko
  ['100 fasili-tasi', 'any', num(100, { unit: 'fasili-tasi' })], // sooko
  ['1 Dokumen', 'any', num(1, { unit: 'Dokumen' })], // bangsal
  ['10 Unit', 'any', num(10, { unit: 'Unit' })], // sooko
  ['10 menit', 'any', num(10, { unit: 'menit' })], // bangsal
  ['150 stel', 'any', num(150, { unit: 'stel' })], // sooko
  ['108 Iembaga', 'any', num(108, { unit: 'Iembaga' })], // mojoagung (OCR of "lembaga")
  ['5 documents', 'any', num(5, { unit: 'documents' })], // bangsal
  ['2 kegiat a n', 'any', num(2, { unit: 'kegiat a n' })], // sooko
  // scores with grades, grades
  ['81 (A)', 'score', num(81, { grade: 'A' })], // bangsal
  ['81,10 (A)', 'score', num(81.1, { grade: 'A' })], // bangsal
  ['82 (Tinggi)', 'score', num(82, { grade: 'Tinggi' })], // bangsal
  ['85,46 (Tinggi)', 'score', num(85.46, { grade: 'Tinggi' })], // bangsal
  ['73,50 (BB)', 'score', num(73.5, { grade: 'BB' })], // mojoagung
  ['A', 'any', grade('A', 'sakip', 6)], // mojoagung
  ['D', 'any', grade('D', 'sakip', 1)], // mojoagung
  ['Baik', 'any', grade('Baik', 'kata', 4)], // bangsal
  ['Sangat Baik', 'any', grade('Sangat Baik', 'kata', 5)], // bangsal
  ['Baik ( B )', 'any', grade('B', 'mutu', 3)], // sooko (SKM)
  ['Sangat Baik (A)', 'any', grade('A', 'mutu', 4)], // sooko (SKM)
  // missing
  ['-', 'percent', missing('marker')], // bangsal, mojoagung, sooko
  ['--', 'any', missing('marker')], // bangsal
  ['N/A', 'any', missing('marker')], // mojoagung, sooko
  ['n/a', 'any', missing('marker')], // sooko
  // not values: damaged, codes, labels
  ['99,4 9%', 'percent', invalid('99,4 9%')], // mojoagung (digit wrapped)
  ['100,8 6%', 'percent', invalid('100,8 6%')], // mojoagung
  ['10 0%', 'percent', invalid('10 0%')], // mojoagung
  ['10 0', 'percent', invalid('10 0')], // mojoagung
  ['92,8 1', 'percent', invalid('92,8 1')], // sooko
  ['1,500,00 0', 'money', invalid('1,500,00 0')], // mojoagung
  ['9,000,00', 'money', invalid('9,000,00')], // mojoagung (9,000,000 wrapped)
  ['1,000,00', 'money', invalid('1,000,00')], // mojoagung
  ['10,000,0', 'money', invalid('10,000,0')], // mojoagung
  ['200,000,', 'money', invalid('200,000,')], // mojoagung
  ['3.012.572.30,00', 'money', invalid('3.012.572.30,00')], // mojoagung
  ['3.311.690.54', 'money', invalid('3.311.690.54')], // mojoagung
  ['48.614.2549', 'money', invalid('48.614.2549')], // sooko
  ['5.000.00', 'money', invalid('5.000.00')], // sooko
  ['0.012.072.007', 'money', invalid('0.012.072.007')], // mojoagung
  ['150.00 0.000', 'money', invalid('150.00 0.000')], // sooko
  ['46,63 70,85', 'percent', invalid('46,63 70,85')], // sooko (two values in one cell)
  ['42% 100%', 'percent', invalid('42% 100%')], // sooko
  ['N/A 95%', 'percent', invalid('N/A 95%')], // sooko
  ['11,65% (Efis', 'percent', invalid('11,65% (Efis')], // mojoagung
  ['1 % ketersediaan sarana', 'any', invalid('1 % ketersediaan sarana')], // mojoagung
  ['15 Fasilitasi 23 Fasilitasi', 'any', invalid('15 Fasilitasi 23 Fasilitasi')], // sooko
  ['(1)', 'any', invalid('(1)')], // sooko (column-number row)
  ['7.01.01.2.01.01', 'any', invalid('7.01.01.2.01.01')], // sooko (kode rekening)
  ['7 01 01 2.01', 'any', invalid('7 01 01 2.01')], // sooko
  ['100-1', 'any', invalid('100-1')], // mojoagung
  ['1000/', 'percent', invalid('1000/')], // mojoagung
  ['30 Juni 2022', 'any', invalid('30 Juni 2022')], // bangsal
  ['Level 0', 'any', invalid('Level 0')], // sooko
  ['2024 2025', 'any', invalid('2024 2025')], // mojoagung
  ['1. SLTP', 'any', invalid('1. SLTP')], // sooko
  ['>110% - 120%', 'percent', invalid('>110% - 120%')], // mojoagung
];

describe('strings from the seeds', () => {
  test.each(seedCases)('%j in a %s column', (raw, column, result) => {
    expect(parseText(raw, column)).toEqual(result);
  });
});
