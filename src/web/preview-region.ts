import type { Severity, Warning } from '../engine/check/codes';
import type { Table } from '../engine/recognize/types';
import { parseA1 } from '../engine/workbook/a1';
import type { RangeRef, Sheet } from '../engine/workbook/types';

/** Part of a sheet shown in the page's preview. */
export interface PreviewRegion {
  readonly sheet: string;
  readonly range: RangeRef;
  /** Index in the analysis' tables, when the region is a recognized table. */
  readonly tableIndex?: number;
}

const TITLE_ROWS = 2;
const MAX_ROWS = 300;
const MAX_COLS = 40;
const AROUND_ROWS = 12;
const AROUND_COLS = 8;

function clipped(range: RangeRef): RangeRef {
  return { ...range, r2: Math.min(range.r2, range.r1 + MAX_ROWS - 1), c2: Math.min(range.c2, range.c1 + MAX_COLS - 1) };
}

/** A recognized table with the title lines above its header. */
export function regionOfTable(tables: readonly Table[], index: number): PreviewRegion | undefined {
  const table = tables[index];
  if (!table) return undefined;
  const r1 = Math.max(0, table.range.r1 - TITLE_ROWS);
  return { sheet: table.sheet, range: clipped({ ...table.range, r1 }), tableIndex: index };
}

function contains(range: RangeRef, row: number, col: number): boolean {
  return row >= range.r1 && row <= range.r2 && col >= range.c1 && col <= range.c2;
}

/** The table that holds the cell, or the cells around it when no table does. */
export function regionOfCell(tables: readonly Table[], sheet: string, cell: string): PreviewRegion | undefined {
  const at = parseA1(cell);
  if (!at) return undefined;
  const index = tables.findIndex((t) => t.sheet === sheet && contains({ ...t.range, r1: Math.max(0, t.range.r1 - TITLE_ROWS) }, at.row, at.col));
  const region = index >= 0 ? regionOfTable(tables, index) : undefined;
  if (region && contains(region.range, at.row, at.col)) return region;
  const r1 = Math.max(0, at.row - AROUND_ROWS);
  const c1 = Math.max(0, at.col - AROUND_COLS);
  return { sheet, range: clipped({ r1, c1, r2: at.row + AROUND_ROWS, c2: Math.max(at.col + AROUND_COLS, c1 + 2 * AROUND_COLS) }) };
}

/** The last used row and column of a sheet inside a region, so an open-ended region does not render empty space. */
export function usedPart(sheet: Sheet, region: RangeRef): RangeRef {
  let r2 = region.r1;
  let c2 = region.c1;
  for (let r = region.r1; r <= region.r2; r++) {
    for (let c = region.c1; c <= Math.min(region.c2, sheet.cells.rowWidth(r) - 1); c++) {
      const value = sheet.cells.value(r, c);
      if (value !== null && value !== '') {
        r2 = Math.max(r2, r);
        c2 = Math.max(c2, c);
      }
    }
  }
  return { r1: region.r1, c1: region.c1, r2, c2 };
}

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

export const cellKey = (sheet: string, row: number, col: number): string => `${sheet}\u0000${row}\u0000${col}`;

/** The most severe warning of each cell, the way Hitung Ulang highlights them in the file. */
export function warnedCells(warnings: readonly Warning[]): ReadonlyMap<string, Severity> {
  const out = new Map<string, Severity>();
  for (const w of warnings) {
    const at = parseA1(w.cell);
    if (!at) continue;
    const key = cellKey(w.sheet, at.row, at.col);
    const before = out.get(key);
    if (before === undefined || RANK[w.severity] < RANK[before]) out.set(key, w.severity);
  }
  return out;
}
