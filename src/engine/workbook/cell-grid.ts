import { cellKey } from './cell-map';
import { grown } from './grown-array';
import type { TextTable } from './text-table';
import { hasVisibleText } from './visible-text';
import type { Cell, CellError, CellValue } from './types';

/** What a cell's value is, in the low bits of its kind byte. */
const EMPTY = 0;
const NUMBER = 1;
const TEXT = 2;
const TRUE = 3;
const FALSE = 4;
const ERROR = 5;
/** A text of the grid's shared table (its number is the text's index there). */
const SHARED_TEXT = 6;
const VALUE_BITS = 7;
/** Set when the cell holds a formula (its text is in the formula map). */
const FORMULA = 8;

const INITIAL_CAPACITY = 256;

/**
 * The cells of one sheet, column-wise: per cell a column (2 bytes), a kind (1), a number (8,
 * or the index of its text) and a number-format index (2), rows found through one offset per row.
 * One object per cell cost 88 bytes and most of a read's time; this costs 13 plus the text's slot.
 * Read-only once built (see `CellGridBuilder`).
 */
export class CellGrid {
  /** 1 + the last column that holds a cell, over the whole sheet. */
  readonly width: number;

  /** @internal built by `CellGridBuilder` */
  constructor(
    /** `rowStarts[r]` is the first cell of row `r`, `rowStarts[r + 1]` just past its last; `height + 1` entries. */
    private readonly rowStarts: Int32Array,
    private readonly cols: Uint16Array,
    private readonly kinds: Uint8Array,
    private readonly numbers: Float64Array,
    private readonly formats: Uint16Array,
    private readonly texts: readonly (string | CellError)[],
    private readonly formulas: ReadonlyMap<number, string>,
    private readonly formatCodes: readonly (string | undefined)[],
    private readonly shared: TextTable | undefined,
  ) {
    let width = 0;
    for (let r = 0; r < rowStarts.length - 1; r++) {
      const end = rowStarts[r + 1]!;
      if (end > rowStarts[r]! && cols[end - 1]! + 1 > width) width = cols[end - 1]! + 1;
    }
    this.width = width;
  }

  /** 1 + the last row that may hold a cell. */
  get height(): number {
    return this.rowStarts.length - 1;
  }

  /** The number of cells held (cells with a value, a formula or a number format). */
  get size(): number {
    return this.rowStarts[this.rowStarts.length - 1]!;
  }

  /** 1 + the last column that holds a cell in `row`; 0 for a row without cells. */
  rowWidth(row: number): number {
    if (row < 0 || row >= this.height) return 0;
    const end = this.rowStarts[row + 1]!;
    return end > this.rowStarts[row]! ? this.cols[end - 1]! + 1 : 0;
  }

  /** The position of the cell at (row, col) in the columns, or -1 when there is none. */
  private indexOf(row: number, col: number): number {
    if (row < 0 || row >= this.rowStarts.length - 1) return -1;
    let lo = this.rowStarts[row]!;
    let hi = this.rowStarts[row + 1]! - 1;
    if (hi < lo) return -1;
    // Table rows are nearly always dense: the cell is where the offset from the first says.
    const guess = lo + col - this.cols[lo]!;
    if (guess >= lo && guess <= hi && this.cols[guess] === col) return guess;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = this.cols[mid]!;
      if (c === col) return mid;
      if (c < col) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  has(row: number, col: number): boolean {
    return this.indexOf(row, col) >= 0;
  }

  /** The cell's value (a formula's cached result); null when empty or not cached. */
  value(row: number, col: number): CellValue {
    const i = this.indexOf(row, col);
    return i < 0 ? null : this.valueAt(i);
  }

  /**
   * `out` filled with (and cut to) the columns from `c1` to `c2` of `row` whose cells show
   * text: a number, a boolean, or a text that is not all white space. Makes no string: this is
   * asked of every cell of every table row.
   */
  collectTextColumns(row: number, c1: number, c2: number, out: number[]): number[] {
    // Written over and cut to length at the end: emptying an array first frees its store, and
    // every row would allocate a new one.
    let n = 0;
    if (row >= 0 && row < this.height) {
      const end = this.rowStarts[row + 1]!;
      for (let i = this.rowStarts[row]!; i < end; i++) {
        const col = this.cols[i]!;
        if (col > c2) break;
        if (col >= c1 && this.showsText(i)) out[n++] = col;
      }
    }
    out.length = n;
    return out;
  }

  /** The formula text without `=`, when the cell holds one. */
  formula(row: number, col: number): string | undefined {
    const i = this.indexOf(row, col);
    return i < 0 || (this.kinds[i]! & FORMULA) === 0 ? undefined : this.formulas.get(i);
  }

  /** The number format code; undefined is General. */
  numFmt(row: number, col: number): string | undefined {
    const i = this.indexOf(row, col);
    return i < 0 ? undefined : this.formatCodes[this.formats[i]!];
  }

  /** The cell as an object (made on each call: hot loops read `value`, `formula` and `numFmt`). */
  cell(row: number, col: number): Cell | undefined {
    const i = this.indexOf(row, col);
    if (i < 0) return undefined;
    const value = this.valueAt(i);
    const numFmt = this.formatCodes[this.formats[i]!];
    const formula = (this.kinds[i]! & FORMULA) === 0 ? undefined : this.formulas.get(i);
    if (formula === undefined) return numFmt === undefined ? { value } : { value, numFmt };
    return numFmt === undefined ? { value, formula } : { value, formula, numFmt };
  }

  /** Calls `fn` with the place of every cell, row by row, left to right. */
  forEachCell(fn: (row: number, col: number) => void): void {
    for (let r = 0; r < this.height; r++) {
      for (let i = this.rowStarts[r]!; i < this.rowStarts[r + 1]!; i++) fn(r, this.cols[i]!);
    }
  }

  /** The columns of `row` that hold a cell, left to right. */
  columnsOf(row: number): number[] {
    if (row < 0 || row >= this.height) return [];
    return Array.from(this.cols.subarray(this.rowStarts[row]!, this.rowStarts[row + 1]!));
  }

  /**
   * A builder holding this grid's cells except those `skip` names, copied as they are stored (a
   * shared text stays an index into the same table; no cell object is made), for other cells
   * to be added in their place.
   */
  rebuild(skip: (row: number, col: number) => boolean): CellGridBuilder {
    const builder = new CellGridBuilder(this.shared);
    for (let r = 0; r < this.height; r++) {
      for (let i = this.rowStarts[r]!; i < this.rowStarts[r + 1]!; i++) {
        const col = this.cols[i]!;
        if (skip(r, col)) continue;
        const kind = this.kinds[i]!;
        const format = builder.formatId(this.formatCodes[this.formats[i]!]);
        if (kind === SHARED_TEXT) builder.addSharedText(r, col, this.numbers[i]!, format);
        else builder.add(r, col, this.valueAt(i), format, (kind & FORMULA) === 0 ? undefined : this.formulas.get(i));
      }
    }
    return builder;
  }

  private showsText(i: number): boolean {
    switch (this.kinds[i]! & VALUE_BITS) {
      case NUMBER:
      case TRUE:
      case FALSE:
        return true;
      case TEXT:
        return hasVisibleText(this.texts[this.numbers[i]!] as string);
      case SHARED_TEXT:
        return this.shared!.hasText(this.numbers[i]!);
      default:
        return false;
    }
  }

  private valueAt(i: number): CellValue {
    switch (this.kinds[i]! & VALUE_BITS) {
      case NUMBER:
        return this.numbers[i]!;
      case TEXT:
      case ERROR:
        return this.texts[this.numbers[i]!]!;
      case SHARED_TEXT:
        return this.shared!.text(this.numbers[i]!);
      case TRUE:
        return true;
      case FALSE:
        return false;
      default:
        return null;
    }
  }
}

/**
 * Builds a `CellGrid` from cells given one by one, normally in row and column order (as a
 * worksheet part and Excel's ranges give them). Cells out of order are sorted when the grid is
 * built; a cell given twice keeps the last.
 */
export class CellGridBuilder {
  private rows = new Int32Array(INITIAL_CAPACITY);
  private cols = new Uint16Array(INITIAL_CAPACITY);
  private kinds = new Uint8Array(INITIAL_CAPACITY);
  private numbers = new Float64Array(INITIAL_CAPACITY);
  private formats = new Uint16Array(INITIAL_CAPACITY);
  private readonly texts: (string | CellError)[] = [];
  private readonly formulas = new Map<number, string>();
  private readonly formatCodes: (string | undefined)[] = [undefined];
  private readonly formatIds = new Map<string, number>();
  private count = 0;
  private lastKey = -1;
  private ordered = true;

  /** `shared`: the table that `addSharedText` refers to. */
  constructor(private readonly shared?: TextTable) {}

  /** The index of a number format code for `add` (0 is General). */
  formatId(numFmt: string | undefined): number {
    if (numFmt === undefined) return 0;
    let id = this.formatIds.get(numFmt);
    if (id === undefined) {
      id = this.formatCodes.length;
      // 65,535 distinct codes is past any real styles part (Excel itself allows a few hundred).
      if (id > 0xffff) throw new RangeError('too many number formats');
      this.formatCodes.push(numFmt);
      this.formatIds.set(numFmt, id);
    }
    return id;
  }

  /** Adds a cell; returns its index for `setFormula`. */
  add(row: number, col: number, value: CellValue, format: number, formula: string | undefined): number {
    const i = this.place(row, col, format);
    let kind: number;
    if (typeof value === 'number') {
      kind = NUMBER;
      this.numbers[i] = value;
    } else if (typeof value === 'string' || (value !== null && typeof value === 'object')) {
      kind = typeof value === 'string' ? TEXT : ERROR;
      this.numbers[i] = this.texts.length;
      this.texts.push(value);
    } else {
      kind = value === true ? TRUE : value === false ? FALSE : EMPTY;
    }
    if (formula !== undefined) {
      kind |= FORMULA;
      this.formulas.set(i, formula);
    }
    this.kinds[i] = kind;
    this.count = i + 1;
    return i;
  }

  /** Adds a cell holding text `index` of the shared table, which stays there until the value is asked for. */
  addSharedText(row: number, col: number, index: number, format: number): void {
    if (!this.shared || !(index >= 0 && index < this.shared.size)) throw new RangeError(`no shared text ${index}`);
    const i = this.place(row, col, format);
    this.numbers[i] = index;
    this.kinds[i] = SHARED_TEXT;
    this.count = i + 1;
  }

  /** The index of a new cell at (row, col), its place and format set. */
  private place(row: number, col: number, format: number): number {
    const i = this.count;
    if (i === this.cols.length) this.grow();
    const key = cellKey(row, col);
    if (key <= this.lastKey) this.ordered = false;
    this.lastKey = key;
    this.rows[i] = row;
    this.cols[i] = col;
    this.formats[i] = format;
    return i;
  }

  /** Adds a cell given as an object; an empty one (no value, formula or format) is not a cell. */
  addCell(row: number, col: number, cell: Cell | undefined): void {
    if (cell === undefined || (cell.value === null && cell.formula === undefined && cell.numFmt === undefined)) return;
    this.add(row, col, cell.value, this.formatId(cell.numFmt), cell.formula);
  }

  /** Sets the formula of cell `index` (one whose formula was only known later). */
  setFormula(index: number, formula: string): void {
    this.kinds[index] = this.kinds[index]! | FORMULA;
    this.formulas.set(index, formula);
  }

  build(): CellGrid {
    if (!this.ordered) this.sortCells();
    const n = this.count;
    const height = n === 0 ? 0 : this.rows[n - 1]! + 1;
    const rowStarts = new Int32Array(height + 1);
    for (let i = 0; i < n; i++) rowStarts[this.rows[i]! + 1]++;
    for (let r = 0; r < height; r++) rowStarts[r + 1] += rowStarts[r]!;
    return new CellGrid(
      rowStarts,
      this.cols.subarray(0, n),
      this.kinds.subarray(0, n),
      this.numbers.subarray(0, n),
      this.formats.subarray(0, n),
      this.texts,
      this.formulas,
      this.formatCodes,
      this.shared,
    );
  }

  private grow(): void {
    const capacity = this.cols.length * 2;
    this.rows = grown(this.rows, capacity);
    this.cols = grown(this.cols, capacity);
    this.kinds = grown(this.kinds, capacity);
    this.numbers = grown(this.numbers, capacity);
    this.formats = grown(this.formats, capacity);
  }

  /** Puts the cells in row and column order, keeping the last of a cell given twice. */
  private sortCells(): void {
    const n = this.count;
    const keyOf = (i: number): number => cellKey(this.rows[i]!, this.cols[i]!);
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => keyOf(a) - keyOf(b) || a - b);
    const kept = order.filter((i, k) => k === n - 1 || keyOf(order[k + 1]!) !== keyOf(i));
    const rows = new Int32Array(kept.length);
    const cols = new Uint16Array(kept.length);
    const kinds = new Uint8Array(kept.length);
    const numbers = new Float64Array(kept.length);
    const formats = new Uint16Array(kept.length);
    const formulas = new Map<number, string>();
    kept.forEach((from, to) => {
      rows[to] = this.rows[from]!;
      cols[to] = this.cols[from]!;
      kinds[to] = this.kinds[from]!;
      numbers[to] = this.numbers[from]!;
      formats[to] = this.formats[from]!;
      const formula = this.formulas.get(from);
      if (formula !== undefined) formulas.set(to, formula);
    });
    this.rows = rows;
    this.cols = cols;
    this.kinds = kinds;
    this.numbers = numbers;
    this.formats = formats;
    this.formulas.clear();
    formulas.forEach((f, i) => this.formulas.set(i, f));
    this.count = kept.length;
    this.ordered = true;
  }
}

/** A grid of the given rows of cells (`rows[r][c]`, sparse), as tests, templates and small sheets make them. */
export function gridOfRows(rows: ReadonlyArray<ReadonlyArray<Cell | undefined> | undefined>): CellGrid {
  const builder = new CellGridBuilder();
  rows.forEach((cells, r) => cells?.forEach((cell, c) => builder.addCell(r, c, cell)));
  return builder.build();
}
