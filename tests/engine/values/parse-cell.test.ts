import { parseCell } from '../../../src/engine/values/parse-cell';
import type { ColumnExpectation, ParsedValue } from '../../../src/engine/values/types';
import type { Cell } from '../../../src/engine/workbook/types';
import { grade, invalid, missing, money, num, pct } from './expected';

type Case = readonly [label: string, cell: Cell | undefined, column: ColumnExpectation, result: ParsedValue];

const text = (value: string): Cell => ({ value });
const n = (value: number, numFmt?: string): Cell => (numFmt === undefined ? { value } : { value, numFmt });

const cells: readonly Case[] = [
  // nothing there
  ['no cell', undefined, 'any', missing('empty')],
  ['null value', { value: null }, 'percent', missing('empty')],
  ['formula without cached value', { value: null, formula: 'C5/B5*100' }, 'percent', missing('uncalculated')],
  ['formula with cached 0', { value: 0, formula: 'C5-B5' }, 'any', num(0)],
  ['formula with cached text', { value: '94,95%', formula: 'TEXT(A1,"0,00%")' }, 'any', pct(94.95)],
  ['error value', { value: { error: '#DIV/0!' } }, 'percent', missing('error')],
  ['formula with error value', { value: { error: '#REF!' }, formula: 'A1/B1' }, 'percent', missing('error')],
  ['boolean true', { value: true }, 'any', invalid('TRUE')],
  ['boolean false', { value: false }, 'count', invalid('FALSE')],
  // number cells
  ['fraction with % format', n(0.9476, '0.00%'), 'any', pct(94.76)],
  ['fraction with % format, float noise', n(0.1 + 0.2, '0%'), 'any', pct(30)],
  ['fraction with % format in a money column', n(0.914, '0.0%'), 'money', pct(91.4)],
  ['quoted % is literal', n(94.76, '0.00"%"'), 'any', num(94.76)],
  ['escaped % is literal', n(94.76, '0.00\\%'), 'percent', pct(94.76)],
  ['bare number in percent column', n(94.76), 'percent', pct(94.76)],
  ['bare small number in percent column stays as is', n(0.95), 'percent', pct(0.95)],
  ['bare 1.5 in percent column stays as is', n(1.5), 'percent', pct(1.5)],
  ['number in money column', n(2684530000, '#,##0'), 'money', money(2684530000)],
  ['rupiah format in any column', n(2684530000, '"Rp"#,##0'), 'any', money(2684530000)],
  ['[$Rp-421] format', n(15498500, '[$Rp-421]#,##0.00'), 'count', money(15498500)],
  ['colour section is not money', n(-5, '#,##0;[Red]-#,##0'), 'any', num(-5)],
  ['number in score column', n(81.1), 'score', num(81.1)],
  ['number in count column', n(12), 'count', num(12)],
  ['zero is a number', n(0), 'any', num(0)],
  ['minus zero is zero', n(-0), 'any', num(0)],
  ['NaN', n(Number.NaN), 'any', invalid('NaN')],
  ['Infinity', n(Number.POSITIVE_INFINITY), 'any', invalid('Infinity')],
  ['overflowing percent', n(Number.MAX_VALUE, '0%'), 'any', invalid(String(Number.MAX_VALUE))],
  // text: separators
  ['Indonesian decimal', text('94,95'), 'any', num(94.95)],
  ['Indonesian thousands', text('2.684.530.000'), 'any', num(2684530000)],
  ['Indonesian money', text('Rp. 2.684.530.000,00'), 'any', money(2684530000)],
  ['English thousands', text('2,860,173,435'), 'money', money(2860173435)],
  ['English decimal', text('93.91'), 'percent', pct(93.91)],
  ['spaces as thousands', text('2 684 530'), 'money', money(2684530)],
  ['non-breaking spaces', text('2\u00a0684\u00a0530'), 'count', num(2684530)],
  ['1.000 in money column', text('1.000'), 'money', money(1000)],
  ['1,000 in count column', text('1,000'), 'count', num(1000)],
  ['1.000 in any column', text('1.000'), 'any', num(1000, { assumption: 'thousands_reading' })],
  ['1,000 in percent column', text('1,000'), 'percent', pct(1, 'decimal_reading')],
  ['1.000 in score column', text('1.000'), 'score', num(1, { assumption: 'decimal_reading' })],
  ['1.000% anywhere', text('1.000%'), 'any', pct(1, 'decimal_reading')],
  ['negative', text('-5'), 'any', num(-5)],
  ['unicode minus', text('\u22125'), 'any', num(-5)],
  ['plus sign', text('+3,2'), 'any', num(3.2)],
  ['accounting brackets are not negative', text('(5)'), 'any', invalid('(5)')],
  // text: percentages
  ['percent text', text('94,95%'), 'any', pct(94.95)],
  ['percent text with space', text('100 %'), 'money', pct(100)],
  ['percent text, space after comma', text('99, 01%'), 'any', pct(99.01)],
  ['persen in percent column', text('100 persen'), 'percent', pct(100)],
  ['persen elsewhere keeps the unit', text('100 persen'), 'any', num(100, { unit: 'persen' })],
  ['Persen as typed', text('95 Persen'), 'count', num(95, { unit: 'Persen' })],
  ['dash percent', text('- %'), 'percent', missing('marker')],
  // text: money
  ['Rp.', text('Rp.920.000'), 'any', money(920000)],
  ['Rp', text('Rp 15.498.500,00'), 'money', money(15498500)],
  ['IDR', text('IDR 2,860,173,435'), 'any', money(2860173435)],
  ['rp lower case', text('rp. 10.000'), 'count', money(10000)],
  ['no-cents suffix', text('Rp. 2.500.000,-'), 'any', money(2500000)],
  ['no-cents suffix alone', text('2.500.000,-'), 'any', money(2500000)],
  ['negative money', text('-Rp 5.000'), 'money', money(-5000)],
  ['rupiah unit', text('5.000 rupiah'), 'any', money(5000)],
  ['money text in money column', text('2.684.530.000'), 'money', money(2684530000)],
  ['Rp dash', text('Rp -'), 'money', missing('marker')],
  ['Rp with junk', text('Rp abc'), 'money', invalid('Rp abc')],
  // text: units
  ['unit', text('1 inovasi'), 'any', num(1, { unit: 'inovasi' })],
  ['unit capitalised', text('1 Inovasi'), 'any', num(1, { unit: 'Inovasi' })],
  ['unit Pelayanan', text('3162 Pelayanan'), 'count', num(3162, { unit: 'Pelayanan' })],
  ['unit with slash', text('19 Orang/Bulan'), 'any', num(19, { unit: 'Orang/Bulan' })],
  ['unit laporan', text('12 laporan'), 'any', num(12, { unit: 'laporan' })],
  ['unit Dokumen', text('6 Dokumen'), 'any', num(6, { unit: 'Dokumen' })],
  ['unit Unit', text('2 Unit'), 'any', num(2, { unit: 'Unit' })],
  ['unit trimmed', text('  2 Unit  '), 'any', num(2, { unit: 'Unit' })],
  ['unit in percent column', text('12 laporan'), 'percent', num(12, { unit: 'laporan' })],
  ['unit with thousands', text('1.070 pelayanan'), 'count', num(1070, { unit: 'pelayanan' })],
  ['unit with superscript', text('150 m²'), 'any', num(150, { unit: 'm²' })],
  // text: scores with grades
  ['score (A)', text('81 (A)'), 'score', num(81, { grade: 'A' })],
  ['decimal score (A)', text('81,10 (A)'), 'any', num(81.1, { grade: 'A' })],
  ['score (Tinggi)', text('85 (Tinggi)'), 'any', num(85, { grade: 'Tinggi' })],
  ['decimal score (Tinggi)', text('85,46 (Tinggi)'), 'any', num(85.46, { grade: 'Tinggi' })],
  ['score (BB)', text('79,56 (BB)'), 'any', num(79.56, { grade: 'BB' })],
  ['score with grade in percent column', text('81 (A)'), 'percent', num(81, { grade: 'A' })],
  ['score with grade in money column', text('73,50 (BB)'), 'money', num(73.5, { grade: 'BB' })],
  ['score with grade word, no brackets', text('85 Tinggi'), 'any', num(85, { grade: 'Tinggi' })],
  ['score with unknown bracket', text('81 (X)'), 'any', invalid('81 (X)')],
  // text: pure grades
  ['grade A', text('A'), 'any', grade('A', 'sakip', 6)],
  ['grade BB', text('BB'), 'score', grade('BB', 'sakip', 5)],
  ['grade Baik', text('Baik'), 'any', grade('Baik', 'kata', 4)],
  ['grade Sangat Baik', text('Sangat Baik'), 'percent', grade('Sangat Baik', 'kata', 5)],
  ['SKM grade', text('Baik (B)'), 'any', grade('B', 'mutu', 3)],
  // text: missing markers
  ...['-', '–', '—', '--', '---', 'N/A', 'n/a', 'NA', '', '   ', '\t', '…', '...'].map(
    (marker): Case => [`marker ${JSON.stringify(marker)}`, text(marker), 'any', missing('marker')],
  ),
  ['marker in percent column', text('-'), 'percent', missing('marker')],
  ['error as text', text('#DIV/0!'), 'any', missing('error')],
  ['#N/A as text', text('#N/A'), 'any', missing('error')],
  ['0 is not a marker', text('0'), 'any', num(0)],
  // text: anything else
  ['words', text('belum ada data'), 'any', invalid('belum ada data')],
  ['raw kept untrimmed', text(' abc '), 'any', invalid(' abc ')],
  ['two numbers', text('46,63 70,85'), 'any', invalid('46,63 70,85')],
  ['range', text('>90% - 110%'), 'percent', invalid('>90% - 110%')],
];

describe('parseCell', () => {
  test.each(cells)('%s', (_label, cell, column, result) => {
    expect(parseCell(cell, column)).toEqual(result);
  });
});
