import type { RangeRef } from '../workbook/types';

/** Highlight of a cell that carries a warning (SPEC §5): one fill per severity, or none. */
export type Fill = 'error' | 'warning' | 'info' | 'none';

/** What is written into a cell. Text is always text: `=1+1` as text never becomes a formula (SPEC §10). */
export type CellContent =
  | { readonly kind: 'number'; readonly value: number; readonly numFmt?: string }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'formula'; readonly formula: string; readonly cached: number | string | null; readonly numFmt?: string }
  | { readonly kind: 'empty' };

export interface CellWrite {
  /** Sheet name as in the workbook. */
  readonly sheet: string;
  /** 0-based. */
  readonly row: number;
  readonly col: number;
  /** New content; absent leaves the content (and its format) as it is. */
  readonly content?: CellContent;
  /** New highlight; absent leaves the fill as it is. */
  readonly fill?: Fill;
}

export interface GeneratedCellStyle {
  readonly bold?: boolean;
  readonly wrap?: boolean;
  readonly align?: 'left' | 'center' | 'right';
  readonly border?: boolean;
  readonly fill?: Fill;
}

export type GeneratedCell = CellContent & { readonly style?: GeneratedCellStyle };

/** A sheet the tool creates whole (`Peringatan LKjIP`, E.81, template tables). */
export interface GeneratedSheet {
  readonly name: string;
  /** rows[r][c], 0-based; null is an empty cell. */
  readonly rows: readonly (readonly (GeneratedCell | null)[])[];
  readonly merges: readonly RangeRef[];
  /** Widths in Excel character units, per column from A. */
  readonly columnWidths: readonly number[];
  /** Rows and columns frozen at the top and left. */
  readonly freeze?: { readonly rows: number; readonly cols: number };
  /** Landscape, fit all columns to one page wide. */
  readonly printLandscapeFitWidth?: boolean;
  /** Row heights in points (undefined: default); wrapped names and headers need them, as no program fits rows on opening. */
  readonly rowHeights?: readonly (number | undefined)[];
  /** `veryHidden`: not even listed in Excel's Unhide dialog (the settings sheet). */
  readonly visibility?: 'hidden' | 'veryHidden';
}

/**
 * Everything one run writes. Generated sheets replace a sheet of the same name in place
 * (same position) or are added at the end.
 */
export interface WritePlan {
  readonly cells: readonly CellWrite[];
  readonly sheets: readonly GeneratedSheet[];
}
