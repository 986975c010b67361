import { parseNumberCell } from './parse-number-cell';
import { parseText } from './parse-text';
import type { CellGrid } from '../workbook/cell-grid';
import type { Cell } from '../workbook/types';
import type { ColumnExpectation, ParsedValue } from './types';

/**
 * The one value parser of SPEC §3: every cell the engine reads goes through here.
 * Never throws. `expect` is what the column header leads us to expect.
 *
 * - no cell, or a cell with no value: missing `empty`;
 * - a formula whose file holds no cached value: missing `uncalculated` (never 0);
 * - an error value (`#DIV/0!`): missing `error`;
 * - a boolean: invalid (`TRUE`/`FALSE`), no LKjIP column holds one;
 * - a number: see `parseNumberCell` (format first, then column);
 * - text: see `parseText`.
 *
 * Header units (`Rp. (000)`) are not applied: the value is the value as shown; scaling for
 * comparison with another table is the caller's business, so there is no scale argument.
 */
export function parseCell(cell: Cell | undefined, expect: ColumnExpectation): ParsedValue {
  if (cell === undefined || cell === null) return { kind: 'missing', reason: 'empty' };
  return parseContent(cell.value, cell.formula !== undefined && cell.formula !== null, formatOf(cell), expect);
}

/** `parseCell` of the cell at (row, col) of a grid, without making the cell. */
export function parseCellAt(cells: CellGrid, row: number, col: number, expect: ColumnExpectation): ParsedValue {
  const value = cells.value(row, col);
  const numFmt = typeof value === 'number' ? cells.numFmt(row, col) : undefined;
  return parseContent(value, value === null && cells.formula(row, col) !== undefined, numFmt, expect);
}

function parseContent(value: unknown, hasFormula: boolean, numFmt: string | undefined, expect: ColumnExpectation): ParsedValue {
  if (value === null || value === undefined) return hasFormula ? { kind: 'missing', reason: 'uncalculated' } : { kind: 'missing', reason: 'empty' };
  if (typeof value === 'boolean') return { kind: 'invalid', raw: value ? 'TRUE' : 'FALSE' };
  if (typeof value === 'number') return parseNumberCell(value, numFmt, expect);
  if (typeof value === 'string') return parseText(value, expect);
  return { kind: 'missing', reason: 'error' };
}

/** The number format, when it is really a string (cells built by hand may carry anything). */
function formatOf(cell: Cell): string | undefined {
  const numFmt: unknown = cell.numFmt;
  return typeof numFmt === 'string' ? numFmt : undefined;
}
