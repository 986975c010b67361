import { gridOfRows } from '../../src/engine/workbook/cell-grid';
import type { Cell, RangeRef, Sheet } from '../../src/engine/workbook/types';

type Rows = ReadonlyArray<ReadonlyArray<Cell | undefined> | undefined>;

/** A sheet of the model from rows of cells written out (`rows[r][c]`, sparse). */
export function sheetOf(s: { readonly name: string; readonly rows: Rows; readonly merges: readonly RangeRef[]; readonly hidden?: boolean }): Sheet {
  return { name: s.name, cells: gridOfRows(s.rows), merges: s.merges, ...(s.hidden ? { hidden: true } : {}) };
}

/** A sheet's cells as rows (`rows[r][c]`; a row without cells is undefined), for tests that edit or compare whole rows. */
export function rowsOf(sheet: Pick<Sheet, 'cells'>): (Cell | undefined)[][] {
  const rows: (Cell | undefined)[][] = [];
  for (let r = 0; r < sheet.cells.height; r++) {
    const width = sheet.cells.rowWidth(r);
    if (width > 0) rows[r] = Array.from({ length: width }, (_, c) => sheet.cells.cell(r, c));
  }
  rows.length = sheet.cells.height;
  return rows;
}
