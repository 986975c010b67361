import type { CellGrid } from './cell-grid';

/** An error value as Excel stores it, e.g. `#DIV/0!`. */
export interface CellError {
  readonly error: string;
}

/**
 * What a cell holds as Excel shows it: a number, text, a boolean, an error, or nothing.
 * For a formula cell this is the cached result; `null` there means the file holds no
 * cached value (saved by a program that does not calculate), never 0.
 */
export type CellValue = number | string | boolean | CellError | null;

export interface Cell {
  readonly value: CellValue;
  /** Formula text without the leading `=`, when the cell holds a formula. */
  readonly formula?: string;
  /** Number format code, e.g. `0.00%`, `#,##0`; absent means General. */
  readonly numFmt?: string;
}

/** A rectangle of cells, 0-based, inclusive on both ends. */
export interface RangeRef {
  readonly r1: number;
  readonly c1: number;
  readonly r2: number;
  readonly c2: number;
}

export interface Sheet {
  readonly name: string;
  /** The cells, 0-based; a cell not held is empty. */
  readonly cells: CellGrid;
  readonly merges: readonly RangeRef[];
  readonly hidden?: boolean;
}

export interface DefinedName {
  readonly name: string;
  /** Formula text of the reference, e.g. `'Tabel 3.1'!$A$1:$F$20`. */
  readonly ref: string;
  /** Sheet index when the name is local to a sheet. */
  readonly localSheet?: number;
}

export interface Workbook {
  readonly sheets: readonly Sheet[];
  readonly definedNames: readonly DefinedName[];
}

export function isCellError(v: CellValue): v is CellError {
  return typeof v === 'object' && v !== null;
}
