import { parseNumberText, type NumberReading } from '../../../src/engine/values/parse-number-text';
import type { ColumnExpectation } from '../../../src/engine/values/types';

type Case = readonly [text: string, column: ColumnExpectation, reading: NumberReading | undefined];

const cases: readonly Case[] = [
  // plain digits
  ['0', 'any', { value: 0 }],
  ['1295', 'any', { value: 1295 }],
  ['007', 'count', { value: 7 }],
  ['-0', 'any', { value: 0 }],
  // Indonesian
  ['94,95', 'any', { value: 94.95 }],
  ['2.684.530.000', 'money', { value: 2684530000 }],
  ['2.684.530.000,00', 'money', { value: 2684530000 }],
  ['1.984.990.892,75', 'any', { value: 1984990892.75 }],
  // English
  ['93.91', 'any', { value: 93.91 }],
  ['2,860,173,435', 'money', { value: 2860173435 }],
  ['2,211,134,033.00', 'money', { value: 2211134033 }],
  ['1,037.00', 'any', { value: 1037 }],
  // a single separator and three digits
  ['1.000', 'money', { value: 1000 }],
  ['1,000', 'count', { value: 1000 }],
  ['1.000', 'any', { value: 1000, assumption: 'thousands_reading' }],
  ['25.244', 'any', { value: 25244, assumption: 'thousands_reading' }],
  ['1,000', 'percent', { value: 1, assumption: 'decimal_reading' }],
  ['81,100', 'score', { value: 81.1, assumption: 'decimal_reading' }],
  ['100.000', 'percent', { value: 100, assumption: 'decimal_reading' }],
  // ... but not when the thousands reading is impossible
  ['0,125', 'money', { value: 0.125 }],
  ['1234.567', 'money', { value: 1234.567 }],
  ['.500', 'any', { value: 0.5 }],
  ['1,50', 'count', { value: 1.5 }],
  ['1.5', 'money', { value: 1.5 }],
  // signs
  ['-5', 'any', { value: -5 }],
  ['+3,2', 'any', { value: 3.2 }],
  ['-1.234.567,89', 'money', { value: -1234567.89 }],
  // spaces
  ['2 684 530', 'money', { value: 2684530 }],
  ['2 684 530,50', 'money', { value: 2684530.5 }],
  ['99, 01', 'percent', { value: 99.01 }],
  ['2.581.268.000 ,00', 'money', { value: 2581268000 }],
  // not numbers
  ['', 'any', undefined],
  ['-', 'any', undefined],
  ['+', 'any', undefined],
  ['- 5', 'any', undefined],
  ['1.', 'any', undefined],
  ['1,,5', 'any', undefined],
  ['1.2.3', 'any', undefined],
  ['7.01.01', 'any', undefined],
  ['3.012.572.30,00', 'money', undefined],
  ['9,000,00', 'money', undefined],
  ['0.012.072.007', 'money', undefined],
  ['1.234,567.89', 'any', undefined],
  ['1,2,3', 'any', undefined],
  ['46,63 70,85', 'any', undefined],
  ['99,4 9', 'percent', undefined],
  ['2024 2025', 'any', undefined],
  ['1e5', 'any', undefined],
  ['0x10', 'any', undefined],
  ['Infinity', 'any', undefined],
  ['9'.repeat(400), 'any', undefined],
];

describe('parseNumberText', () => {
  test.each(cases)('%j in a %s column', (text, column, reading) => {
    expect(parseNumberText(text, column)).toEqual(reading);
  });
});
