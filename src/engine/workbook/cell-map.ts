/** Excel's limit of 2^14 columns: `row * COLS + col` names a cell within its sheet, in row and column order. */
const COLS = 2 ** 14;

export function cellKey(row: number, col: number): number {
  return row * COLS + col;
}

/**
 * Values by cell across sheets, for the maps that hold every derived cell of a large workbook:
 * one map of number keys per sheet, so that no `sheet|row|col` string is made per lookup.
 * (Measured against an array of rows per sheet: the arrays' garbage cost twice the hashing.)
 */
export class CellMap<T> {
  private readonly sheets = new Map<string, Map<number, T>>();

  get(sheet: string, row: number, col: number): T | undefined {
    return this.sheets.get(sheet)?.get(cellKey(row, col));
  }

  has(sheet: string, row: number, col: number): boolean {
    return this.sheets.get(sheet)?.has(cellKey(row, col)) ?? false;
  }

  set(sheet: string, row: number, col: number, value: T): void {
    let cells = this.sheets.get(sheet);
    if (cells === undefined) this.sheets.set(sheet, (cells = new Map()));
    cells.set(cellKey(row, col), value);
  }

  /** Every value, sheet by sheet in the order sheets were first set, cells in the order they were first set. */
  list(): T[] {
    const out: T[] = [];
    for (const cells of this.sheets.values()) cells.forEach((value) => out.push(value));
    return out;
  }
}

/** A set of cells across sheets (see `CellMap`). */
export class CellSet {
  private readonly cells = new CellMap<true>();

  add(sheet: string, row: number, col: number): void {
    this.cells.set(sheet, row, col, true);
  }

  has(sheet: string, row: number, col: number): boolean {
    return this.cells.has(sheet, row, col);
  }
}
