import type { CellContent, CellWrite, Fill } from '../../../engine/plan/types';
import type { CellFormatProps, ExcelContext } from '../excel-surface';
import { a1, cellCount } from '../ranges';
import { inputOfContent, numberFormatOfContent } from './excel-input';
import { HIGHLIGHT_COLORS, isOurHighlight } from './highlight-colors';
import { rectangles, type Rectangle } from './rectangles';
import type { WriteBatch } from './write-batch';

export type ContentWrite = CellWrite & { readonly content: CellContent };

/** Planned contents of one sheet as rectangles (derived columns become strips). */
export function contentRectangles(writes: readonly ContentWrite[]): Rectangle<ContentWrite>[] {
  return rectangles(writes);
}

/**
 * Writes contents rectangle by rectangle: the number format first (so a number does not land in
 * a text-formatted cell as text), then the values; never one cell per request.
 */
export async function writeContents(context: ExcelContext, batch: WriteBatch, sheet: string, rects: readonly Rectangle<ContentWrite>[]): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  for (const rect of rects) {
    const formats = rect.cells.map((row) => row.map((w) => numberFormatOfContent(w.content)));
    if (formats.some((row) => row.some((f) => f !== null))) {
      await batch.writeRows(worksheet, rect.ref, formats, (range, slice) => {
        range.numberFormat = slice;
      });
    }
    const inputs = rect.cells.map((row) => row.map((w) => inputOfContent(w.content)));
    const hasFormula = rect.cells.some((row) => row.some((w) => w.content.kind === 'formula'));
    await batch.writeRows(worksheet, rect.ref, inputs, (range, slice) => {
      if (hasFormula) range.formulas = slice;
      else range.values = slice;
    });
  }
}

type FillAction = Exclude<Fill, 'none'> | 'clear';

/**
 * The fill each highlight write really makes: a severity colour, or `clear` for a cell the
 * previous run highlighted and that is clean now, but only while its fill is still one of ours
 * (a colour the user chose since is left alone).
 */
export function fillActions(writes: readonly CellWrite[], previousFill: (row: number, col: number) => CellFormatProps['fill'] | undefined): { row: number; col: number; action: FillAction }[] {
  const out: { row: number; col: number; action: FillAction }[] = [];
  for (const w of writes) {
    if (!w.fill) continue;
    if (w.fill !== 'none') out.push({ row: w.row, col: w.col, action: w.fill });
    else if (isOurHighlight(previousFill(w.row, w.col))) out.push({ row: w.row, col: w.col, action: 'clear' });
  }
  return out;
}

/** Fills as rectangles of one action each: `format.fill.color` or `format.fill.clear()` per rectangle. */
export async function writeFills(context: ExcelContext, batch: WriteBatch, sheet: string, actions: readonly { row: number; col: number; action: FillAction }[]): Promise<number> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  const rects = rectangles(actions, (a) => a.action);
  for (const rect of rects) {
    const address = a1(rect.ref);
    await batch.add(address.length + 20, () => {
      const fill = worksheet.getRange(address).format.fill;
      if (rect.key === 'clear') fill.clear();
      else fill.color = HIGHLIGHT_COLORS[rect.key as Exclude<Fill, 'none'>];
    });
  }
  return rects.reduce((n, r) => n + cellCount(r.ref), 0);
}
