import type { GeneratedSheet } from '../../../engine/plan/types';
import type { RangeRef } from '../../../engine/workbook/types';
import type { ExcelContext, Worksheet } from '../excel-surface';
import type { SheetLayout } from '../read/read-layout';
import { a1 } from '../ranges';
import { inputOfContent, numberFormatOfContent, type ExcelInput } from './excel-input';
import { ACTION_OVERHEAD_BYTES } from '../payload';
import { rectangles } from './rectangles';
import { applyStyle, charactersToPoints, styleActionCount, styleKey } from './sheet-format';
import type { WriteBatch } from './write-batch';

const VISIBILITY = { hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

/** Freezes the plan's rows and columns, or none. */
export function freeze(sheet: Worksheet, rows: number, cols: number): void {
  if (rows > 0 && cols > 0) sheet.freezePanes.freezeAt(a1({ r1: 0, c1: 0, r2: rows - 1, c2: cols - 1 }));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (cols > 0) sheet.freezePanes.freezeColumns(cols);
}

/**
 * A generated sheet (`Peringatan LKjIP`, E.81, settings, template tables) written whole. An
 * existing sheet of that name is cleared and refilled in place, never deleted: deleting a sheet
 * clears Excel's own undo stack and moves the tab. The page setup is left to the caller, in a
 * sync of its own (see `setPrintLandscapeFitWidth`).
 */
export async function writeGeneratedSheet(context: ExcelContext, batch: WriteBatch, plan: GeneratedSheet, existing: SheetLayout | undefined): Promise<void> {
  const worksheets = context.workbook.worksheets;
  const sheet: Worksheet = existing ? worksheets.getItem(plan.name) : worksheets.add(plan.name);
  const used = existing?.used;
  await batch.add(64 + plan.name.length, () => {
    if (used) {
      const range = sheet.getRange(a1(used));
      range.unmerge();
      range.clear('All');
    }
    if (existing) sheet.freezePanes.unfreeze();
  });

  const width = plan.rows.reduce((w, row) => Math.max(w, row.length), 0);
  if (plan.rows.length > 0 && width > 0) {
    const ref: RangeRef = { r1: 0, c1: 0, r2: plan.rows.length - 1, c2: width - 1 };
    const at = (r: number, c: number) => plan.rows[r]?.[c] ?? null;
    const rows = plan.rows.map((_, r) => Array.from({ length: width }, (__, c) => at(r, c)));
    const formats = rows.map((row) => row.map((cell) => (cell ? numberFormatOfContent(cell) : null)));
    if (formats.some((row) => row.some((f) => f !== null))) {
      await batch.writeRows(sheet, ref, formats, (range, slice) => {
        range.numberFormat = slice;
      });
    }
    const inputs: ExcelInput[][] = rows.map((row) => row.map((cell) => (cell ? inputOfContent(cell) : '')));
    const hasFormula = rows.some((row) => row.some((cell) => cell?.kind === 'formula'));
    await batch.writeRows(sheet, ref, inputs, (range, slice) => {
      if (hasFormula) range.formulas = slice;
      else range.values = slice;
    });
    const styled = rows.flatMap((row, r) => row.flatMap((cell, c) => (cell?.style && styleKey(cell.style) !== '' ? [{ row: r, col: c, style: cell.style }] : [])));
    for (const rect of rectangles(styled, (s) => styleKey(s.style))) {
      const style = rect.cells[0]![0]!.style;
      const address = a1(rect.ref);
      await batch.add(styleActionCount(style) * (ACTION_OVERHEAD_BYTES + address.length), () =>
        applyStyle(sheet.getRange(address).format, style, rect.ref.r2 - rect.ref.r1 + 1, rect.ref.c2 - rect.ref.c1 + 1),
      );
    }
  }
  for (const merge of plan.merges) {
    const address = a1(merge);
    await batch.add(address.length + 16, () => sheet.getRange(address).merge(false));
  }
  if (plan.columnWidths.length > 0) {
    const columns = plan.columnWidths.map((w) => ({ format: { columnWidth: charactersToPoints(w) } }));
    const ref: RangeRef = { r1: 0, c1: 0, r2: 0, c2: columns.length - 1 };
    await batch.add(columns.length * 40, () => sheet.getRange(a1(ref)).setColumnProperties(columns));
  }
  if (plan.freeze) {
    const { rows, cols } = plan.freeze;
    await batch.add(32, () => freeze(sheet, rows, cols));
  }
  if (plan.visibility) {
    const visibility = VISIBILITY[plan.visibility];
    await batch.add(32, () => {
      sheet.visibility = visibility;
    });
  }
}

/** Landscape, all columns on one page wide (ExcelApi 1.9); `verticalFitToPages: 0` is "automatic". */
export function setPrintLandscapeFitWidth(sheet: Worksheet): void {
  sheet.pageLayout.orientation = 'Landscape';
  sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
}
