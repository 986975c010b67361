import type { Derived } from '../derive/types';
import { isPercentFormat } from '../values/num-format';
import type { Sheet } from '../workbook/types';
import type { CellContent } from './types';

export const FORMAT = {
  percentFraction: '0.00%',
  percentPoints: '0.00',
  money: '#,##0',
  count: '#,##0',
  signed: '+0.00;-0.00;0.00',
} as const;

/**
 * How a derived column holds percentages today (SPEC §5): `%`-formatted fractions, or plain
 * numbers in percentage points. Text such as `94,76%` and an empty column get fractions with
 * a `0.00%` format, which shows the same text a person typed.
 */
export function percentAsFraction(sheet: Sheet, col: number, rows: readonly number[]): boolean {
  let plain = 0;
  let fraction = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (typeof sheet.cells.value(r, col) !== 'number') continue;
    if (isPercentFormat(sheet.cells.numFmt(r, col))) fraction++;
    else plain++;
  }
  return plain === 0 || fraction > 0;
}

/** The content written for a derived value, in its column's convention. */
export function contentOf(derived: Derived, fraction: boolean): CellContent {
  if (typeof derived.value === 'string') return { kind: 'text', value: derived.value };
  switch (derived.format) {
    case 'percent':
      return fraction
        ? { kind: 'number', value: derived.value / 100, numFmt: FORMAT.percentFraction }
        : { kind: 'number', value: derived.value, numFmt: FORMAT.percentPoints };
    case 'money':
      return { kind: 'number', value: derived.value, numFmt: FORMAT.money };
    case 'signed':
      return { kind: 'number', value: derived.value, numFmt: FORMAT.signed };
    case 'number':
      return { kind: 'number', value: derived.value, numFmt: FORMAT.count };
    case 'text':
      return { kind: 'text', value: String(derived.value) };
  }
}
