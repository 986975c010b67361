export const MAX_ROW_INDEX = 1048575;
export const MAX_COLUMN_INDEX = 16383;

export interface CellPosition {
  row: number;
  col: number;
}

/**
 * Parses a cell reference such as `AB12` in `text[start, end)` into `out` (0-based), in place:
 * this runs once per cell of every sheet. False for anything that is not a cell in Excel's grid.
 */
export function parseCellReference(text: string, out: CellPosition, start = 0, end = text.length): boolean {
  let i = start;
  let col = 0;
  const len = end;
  for (; i < len; i++) {
    const c = text.charCodeAt(i) & ~32;
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i === start || i - start > 3 || i === len) return false;
  let row = 0;
  for (; i < len; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    row = row * 10 + d;
  }
  if (row < 1 || row - 1 > MAX_ROW_INDEX || col - 1 > MAX_COLUMN_INDEX) return false;
  out.row = row - 1;
  out.col = col - 1;
  return true;
}

/** A run of at most 15 decimal digits in `text[start, end)` as a number, read in place; NaN otherwise. */
export function parseDigits(text: string, start: number, end: number): number {
  if (end <= start || end - start > 15) return NaN;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}
