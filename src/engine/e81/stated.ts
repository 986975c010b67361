import { decimalsOfFormat, decimalsOfText, matchesAtPrecision } from '../compute/precision';
import { parseCellAt } from '../values/parse-cell';
import type { ColumnExpectation } from '../values/types';
import type { CellGrid } from '../workbook/cell-grid';

/** Does the cell show `value` at its own displayed precision (SPEC §4 rounding)? Empty cells show nothing. */
export function cellShows(cells: CellGrid, row: number, col: number, value: number, expect: ColumnExpectation, tolerance: number): boolean {
  const parsed = parseCellAt(cells, row, col, expect);
  if (parsed.kind !== 'number' && parsed.kind !== 'percent' && parsed.kind !== 'money') return false;
  const raw = cells.value(row, col);
  const decimals = typeof raw === 'number' ? decimalsOfFormat(cells.numFmt(row, col), raw) : decimalsOfText(String(raw ?? ''), expect);
  return matchesAtPrecision(parsed.value, decimals, value, tolerance);
}
