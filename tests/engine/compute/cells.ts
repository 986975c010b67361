import { parseCell } from '../../../src/engine/values/parse-cell';
import type { ColumnExpectation, ParsedValue } from '../../../src/engine/values/types';

/** A cell as typed, through the one parser: `cell('81,10 (A)')`, `cell(0.9476, 'percent', '0.00%')`. */
export function cell(value: string | number, expect: ColumnExpectation = 'any', numFmt?: string): ParsedValue {
  return parseCell(numFmt === undefined ? { value } : { value, numFmt }, expect);
}

export const empty: ParsedValue = { kind: 'missing', reason: 'empty' };
