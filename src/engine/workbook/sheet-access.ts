import type { Cell, Sheet } from './types';

export function cellAt(sheet: Sheet, row: number, col: number): Cell | undefined {
  return sheet.rows[row]?.[col];
}

/** Number of rows that may hold cells (1 + last row index). */
export function rowCount(sheet: Sheet): number {
  return sheet.rows.length;
}

/** 1 + the last column index that holds a cell, over the whole sheet. */
export function columnCount(sheet: Sheet): number {
  let max = 0;
  const rows = sheet.rows;
  // An index loop: run once over every row of a cold process, an iterator would allocate per row.
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (row && row.length > max) max = row.length;
  }
  return max;
}
