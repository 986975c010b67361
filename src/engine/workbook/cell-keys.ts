/** Excel's limits: 2^20 rows and 2^14 columns, so one sheet's cells fit in 2^34 numbers. */
const COLS = 2 ** 14;
const CELLS_PER_SHEET = 2 ** 34;

/**
 * Numbers naming cells across sheets, for the maps and sets that hold every derived cell of a
 * large workbook: a number key costs nothing to build, a `sheet|row|col` string costs an
 * allocation and a hash each time. Sheets are numbered in the order they are first seen.
 */
export class CellKeys {
  private readonly sheets = new Map<string, number>();

  of(sheet: string, row: number, col: number): number {
    let index = this.sheets.get(sheet);
    if (index === undefined) {
      index = this.sheets.size;
      this.sheets.set(sheet, index);
    }
    return index * CELLS_PER_SHEET + row * COLS + col;
  }
}
