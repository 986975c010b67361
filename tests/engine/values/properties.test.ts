import fc from 'fast-check';
import { parseCell } from '../../../src/engine/values/parse-cell';
import { parseNumberText } from '../../../src/engine/values/parse-number-text';
import type { ColumnExpectation, ParsedValue } from '../../../src/engine/values/types';
import type { Cell, CellValue } from '../../../src/engine/workbook/types';

const columns: readonly ColumnExpectation[] = ['percent', 'score', 'money', 'count', 'any'];
const columnArb = fc.constantFrom(...columns);

/** Text made of the characters values are typed with, so the readers are really exercised. */
const numberishArb = fc.string({
  unit: fc.constantFrom(...'0123456789.,%-+ ()/RpIDRAaBbCDSgtnik\u00a0\u2212…—'.split('')),
  maxLength: 24,
});

const valueArb: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double(), // NaN, ±Infinity, -0, subnormals, huge
  fc.integer(),
  fc.constantFrom(Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER, -0, 0.1 + 0.2),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  numberishArb,
  fc.record({ error: fc.string() }),
);

const numFmtArb = fc.oneof(
  fc.string(),
  fc.constantFrom('0%', '0.00%', '#,##0', '"Rp"#,##0', '0.00"%"', '0\\%', '[Red]0%', '[$Rp-421]#,##0', '@', 'General', '"', '[', '\\'),
);

const cellArb: fc.Arbitrary<Cell> = fc.record(
  { value: valueArb, formula: fc.string(), numFmt: numFmtArb },
  { requiredKeys: ['value'] },
);

function isWellFormed(parsed: ParsedValue): boolean {
  switch (parsed.kind) {
    case 'number':
    case 'percent':
    case 'money':
      return Number.isFinite(parsed.value) && !Object.is(parsed.value, -0);
    case 'grade':
      return Number.isInteger(parsed.rank) && parsed.rank >= 1 && parsed.grade.length > 0;
    case 'missing':
      return ['empty', 'marker', 'uncalculated', 'error'].includes(parsed.reason);
    case 'invalid':
      return typeof parsed.raw === 'string';
  }
}

/** Formats cents the Indonesian (`1.234.567,89`), English (`1,234,567.89`) or spaced (`1 234 567,89`) way. */
function format(cents: number, thousands: string, decimal: string, withCents: boolean): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+$)/gu, thousands);
  const fraction = String(abs % 100).padStart(2, '0');
  return `${sign}${whole}${withCents ? decimal + fraction : ''}`;
}

const styles = [
  { name: 'Indonesian', thousands: '.', decimal: ',' },
  { name: 'English', thousands: ',', decimal: '.' },
  { name: 'spaced', thousands: ' ', decimal: ',' },
] as const;

describe('parseCell properties', () => {
  test('never throws and always returns a well-formed value', () => {
    fc.assert(
      fc.property(fc.option(cellArb, { nil: undefined }), columnArb, (cell, column) => {
        expect(isWellFormed(parseCell(cell, column))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  test('a formula with no cached value is never a number', () => {
    fc.assert(
      fc.property(fc.string(), numFmtArb, columnArb, (formula, numFmt, column) => {
        expect(parseCell({ value: null, formula, numFmt }, column)).toEqual({ kind: 'missing', reason: 'uncalculated' });
      }),
    );
  });

  test.each(styles)('$name formatting with cents parses back in any column', ({ thousands, decimal }) => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), columnArb, (cents, column) => {
        const reading = parseNumberText(format(cents, thousands, decimal, true), column);
        expect(reading).toEqual({ value: cents / 100 === 0 ? 0 : cents / 100 });
      }),
      { numRuns: 1000 },
    );
  });

  test.each(styles)('$name formatting of whole rupiah parses back as money', ({ thousands, decimal }) => {
    fc.assert(
      // cents must stay below 2^53 so that the formatter itself is exact
      fc.property(fc.integer({ min: -9e13, max: 9e13 }), (rupiah) => {
        const text = format(rupiah * 100, thousands, decimal, false);
        const expected = rupiah === 0 ? 0 : rupiah;
        expect(parseCell({ value: text }, 'money')).toEqual({ kind: 'money', value: expected });
        expect(parseCell({ value: `Rp. ${text}` }, 'any')).toEqual({ kind: 'money', value: expected });
      }),
      { numRuns: 1000 },
    );
  });

  test('a %-formatted fraction and its text xx,yy% give the same percent', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100000, max: 10000000 }), columnArb, fc.boolean(), (hundredths, column, english) => {
        const fromFormat = parseCell({ value: hundredths / 10000, numFmt: '0.00%' }, column);
        const style = english ? styles[1] : styles[0];
        const shown = `${format(hundredths, style.thousands, style.decimal, true)}%`;
        expect(parseCell({ value: shown }, column)).toEqual(fromFormat);
        expect(fromFormat).toEqual({ kind: 'percent', value: hundredths === 0 ? 0 : hundredths / 100 });
      }),
      { numRuns: 2000 },
    );
  });
});
