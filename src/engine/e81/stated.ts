import { decimalsOfFormat, decimalsOfText, matchesAtPrecision } from '../compute/precision';
import { parseCell } from '../values/parse-cell';
import type { ColumnExpectation } from '../values/types';
import type { Cell } from '../workbook/types';

/** Does the cell show `value` at its own displayed precision (SPEC §4 rounding)? Empty cells show nothing. */
export function cellShows(cell: Cell | undefined, value: number, expect: ColumnExpectation, tolerance: number): boolean {
  const parsed = parseCell(cell, expect);
  if (parsed.kind !== 'number' && parsed.kind !== 'percent' && parsed.kind !== 'money') return false;
  const raw = cell?.value;
  const decimals = typeof raw === 'number' ? decimalsOfFormat(cell?.numFmt, raw) : decimalsOfText(String(raw ?? ''), expect);
  return matchesAtPrecision(parsed.value, decimals, value, tolerance);
}
