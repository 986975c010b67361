import type { RangeRef } from '../../../engine/workbook/types';
import type { CellProps, ColumnProps, PageZoom } from '../excel-surface';
import type { ExcelInput } from '../write/excel-input';

/** Cells whose content a write changed: what they held, and what the write left there. */
export interface CellsSnapshot {
  readonly sheet: string;
  readonly ref: RangeRef;
  readonly values: unknown[][];
  readonly formulas: unknown[][];
  readonly numberFormat: unknown[][];
  /** What `formulas` shows while nobody has touched the cells since the write. */
  readonly written: ExcelInput[][];
}

/** Cells whose fill a write changed, with their previous fill (`format.fill` of `getCellProperties`). */
export interface FillsSnapshot {
  readonly sheet: string;
  readonly ref: RangeRef;
  readonly fills: CellProps[][];
}

export interface PageSetup {
  readonly orientation: string;
  readonly zoom: PageZoom;
}

/** A generated sheet that already existed: everything clearing it destroys. */
export interface ExistingSheetSnapshot {
  readonly name: string;
  readonly existed: true;
  readonly visibility: string;
  /** Rows of the previous used range, each with its cells' contents and formats. */
  readonly blocks: readonly {
    readonly ref: RangeRef;
    readonly values: unknown[][];
    readonly formulas: unknown[][];
    readonly numberFormat: unknown[][];
    readonly cells: CellProps[][];
  }[];
  /** Widths (and column formats) of the columns the rewrite may change, from column A. */
  readonly columns?: { readonly ref: RangeRef; readonly props: ColumnProps[] };
  readonly merges: readonly RangeRef[];
  readonly freeze?: RangeRef;
  readonly pageSetup?: PageSetup;
}

export type SheetSnapshot = { readonly name: string; readonly existed: false } | ExistingSheetSnapshot;

/** Everything Batalkan needs to put the workbook back as it was before one write. */
export interface UndoRecord {
  readonly cells: readonly CellsSnapshot[];
  readonly fills: readonly FillsSnapshot[];
  readonly sheets: readonly SheetSnapshot[];
}
