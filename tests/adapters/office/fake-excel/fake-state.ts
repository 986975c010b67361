import { toA1 } from '../../../../src/engine/workbook/a1';
import type { CellError, RangeRef, Workbook } from '../../../../src/engine/workbook/types';

export type FakeValue = number | string | boolean | CellError | null;

/** Formats set through `format.fill`, `setCellProperties`…: a nested record, defaults left out. */
export type FormatRecord = { [key: string]: unknown };

export interface FakeCell {
  value: FakeValue;
  formula?: string;
  /** Absent is `General`. */
  numberFormat?: string;
  format?: FormatRecord;
}

export interface FakeSheet {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  cells: Map<string, FakeCell>;
  merges: RangeRef[];
  /** Column widths in points; absent is the default width. */
  columnWidths: Map<number, number>;
  /** The frozen cells, as `getLocationOrNullObject` reports them. */
  freeze?: RangeRef;
  orientation: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
}

export interface FakeWorkbookState {
  sheets: FakeSheet[];
  active?: string;
  selection?: { sheet: string; address: string };
}

export const DEFAULT_COLUMN_WIDTH = 48;
export const LAST_ROW = 1_048_575;
export const LAST_COLUMN = 16_383;

export const cellKey = (row: number, col: number): string => `${row},${col}`;

export function emptySheet(name: string): FakeSheet {
  return { name, visibility: 'Visible', cells: new Map(), merges: [], columnWidths: new Map(), orientation: 'Portrait', zoom: { scale: 100 } };
}

/** An in-memory Excel workbook holding exactly the model's cells. */
export function fakeStateOf(workbook: Workbook): FakeWorkbookState {
  const sheets = workbook.sheets.map((s) => {
    const sheet = emptySheet(s.name);
    if (s.hidden) sheet.visibility = 'Hidden';
    s.cells.forEachCell((r, c) => {
      const cell = s.cells.cell(r, c)!;
      const fake: FakeCell = { value: cell.value };
      if (cell.formula !== undefined) fake.formula = cell.formula;
      if (cell.numFmt !== undefined) fake.numberFormat = cell.numFmt;
      sheet.cells.set(cellKey(r, c), fake);
    });
    sheet.merges = s.merges.map((m) => ({ ...m }));
    return sheet;
  });
  return { sheets };
}

/** Deep copy, for a before/after comparison. */
export function cloneState(state: FakeWorkbookState): FakeWorkbookState {
  return structuredClone(state);
}

/**
 * The whole workbook as plain sorted data: every cell's value, formula, number format and
 * formats, every sheet's merges, widths, frozen panes, visibility and page setup, in tab order.
 * Two workbooks are the same exactly when their dumps are equal.
 */
export function dumpState(state: FakeWorkbookState): unknown {
  return state.sheets.map((s) => ({
    name: s.name,
    visibility: s.visibility,
    cells: Object.fromEntries(
      [...s.cells.entries()]
        .map(([k, cell]) => {
          const [r, c] = k.split(',').map(Number) as [number, number];
          return [toA1(r, c), cell, r, c] as const;
        })
        .filter(([, cell]) => !isBlank(cell))
        .sort((a, b) => a[2] - b[2] || a[3] - b[3])
        .map(([address, cell]) => [address, { ...cell }]),
    ),
    merges: s.merges.map((m) => `${toA1(m.r1, m.c1)}:${toA1(m.r2, m.c2)}`).sort(),
    columnWidths: Object.fromEntries([...s.columnWidths.entries()].filter(([, w]) => w !== DEFAULT_COLUMN_WIDTH).sort((a, b) => a[0] - b[0])),
    freeze: s.freeze ?? null,
    orientation: s.orientation,
    zoom: s.zoom,
  }));
}

function isBlank(cell: FakeCell): boolean {
  return cell.value === null && cell.formula === undefined && cell.numberFormat === undefined && (cell.format === undefined || Object.keys(cell.format).length === 0);
}

/** `dumpState` as one string: the same comparison, cheap enough for sheets of 50,000 rows. */
export function stateFingerprint(state: FakeWorkbookState): string {
  return JSON.stringify(dumpState(state));
}
