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

const EXTENT = 'rowIndex,columnIndex,rowCount,columnCount';

const extentOf = (range: Range): RangeRef | undefined => (range.isNullObject ? undefined : rangeRefOf(range));

/**
 * Every worksheet in tab order with its used ranges, in two syncs whatever the number of sheets:
 * one for the list, one for all the used ranges at once.
 */
export async function readLayout(context: ExcelContext): Promise<SheetLayout[]> {
  const sheets = context.workbook.worksheets.load('items/name,items/visibility');
  await context.sync();
  const ranges = sheets.items.map((sheet: Worksheet) => ({
    sheet,
    values: sheet.getUsedRangeOrNullObject(true).load(EXTENT),
    used: sheet.getUsedRangeOrNullObject(false).load(EXTENT),
  }));
  await context.sync();
  return ranges.map(({ sheet, values, used }) => {
    const v = extentOf(values);
    const u = extentOf(used);
    return { name: sheet.name, visibility: sheet.visibility, ...(v ? { values: v } : {}), ...(u ? { used: u } : {}) };
  });
}
