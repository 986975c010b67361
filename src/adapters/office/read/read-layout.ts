import type { RangeRef } from '../../../engine/workbook/types';
import type { ExcelContext, Range, Worksheet } from '../excel-surface';
import { rangeRefOf } from '../ranges';

/** One worksheet as Excel lists it, before any cell is read. */
export interface SheetLayout {
  readonly name: string;
  /** `Visible`, `Hidden` or `VeryHidden`. */
  readonly visibility: string;
  /** Cells holding a value or a formula; undefined for a sheet without any. */
  readonly values?: RangeRef;
  /** Cells holding anything, formats included (what a rewrite must clear and undo restore). */
  readonly used?: RangeRef;
}

export const EXTENT = 'rowIndex,columnIndex,rowCount,columnCount';

const extentOf = (range: Range): RangeRef | undefined => (range.isNullObject ? undefined : rangeRefOf(range));

/** The worksheets in tab order, in one sync. */
export async function listSheets(context: ExcelContext): Promise<Worksheet[]> {
  const sheets = context.workbook.worksheets.load('items/name,items/visibility');
  await context.sync();
  return sheets.items;
}

/** Each sheet's two used ranges, queued: `load` lists what else to load with the values-only one. */
export function queueUsedRanges(sheets: readonly Worksheet[], load = EXTENT): { sheet: Worksheet; values: Range; used: Range }[] {
  return sheets.map((sheet) => ({
    sheet,
    values: sheet.getUsedRangeOrNullObject(true).load(load),
    used: sheet.getUsedRangeOrNullObject(false).load(EXTENT),
  }));
}

/** The layout of one sheet once its used ranges have been loaded. */
export function layoutOf({ sheet, values, used }: { sheet: Worksheet; values: Range; used: Range }): SheetLayout {
  const v = extentOf(values);
  const u = extentOf(used);
  return { name: sheet.name, visibility: sheet.visibility, ...(v ? { values: v } : {}), ...(u ? { used: u } : {}) };
}

/**
 * Every worksheet in tab order with its used ranges, in two syncs whatever the number of sheets:
 * one for the list, one for all the used ranges at once.
 */
export async function readLayout(context: ExcelContext): Promise<SheetLayout[]> {
  const ranges = queueUsedRanges(await listSheets(context));
  await context.sync();
  return ranges.map(layoutOf);
}
