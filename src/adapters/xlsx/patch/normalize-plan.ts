import type { CellContent, CellWrite, GeneratedSheet, WritePlan } from '../../../engine/plan/types';
import { toA1 } from '../../../engine/workbook/a1';
import { xlsxMessage } from '../messages';
import type { SheetEntry, WorkbookLayout } from '../package/workbook-layout';
import { MAX_COLUMN_INDEX, MAX_ROW_INDEX } from '../read/cell-reference';
import { XlsxPatchError } from '../xlsx-patch-error';
import type { CellPatch } from './cell-patches';

export interface GeneratedSheetPlan {
  readonly sheet: GeneratedSheet;
  /** The existing sheet it replaces in place, if any. */
  readonly replaces: SheetEntry | undefined;
}

/** A write plan checked against the workbook, grouped per sheet part. */
export interface NormalizedPlan {
  /** Per existing sheet: its cell patches, one per cell, sorted by row then column. */
  readonly cells: ReadonlyMap<SheetEntry, readonly CellPatch[]>;
  readonly generated: readonly GeneratedSheetPlan[];
}

const INVALID_SHEET_NAME = /[\\/?*[\]:]/;

function findSheet(layout: WorkbookLayout, name: string): SheetEntry | undefined {
  return layout.sheets.find((s) => s.name === name) ?? layout.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

function checkNumber(value: number, sheet: string, row: number, col: number): void {
  if (!Number.isFinite(value)) {
    throw new XlsxPatchError('invalid_plan', xlsxMessage('invalidNumber', { cell: toA1(row, col), sheet, value: String(value) }));
  }
}

function checkContent(content: CellContent | undefined, sheet: string, row: number, col: number): void {
  if (content?.kind === 'number') checkNumber(content.value, sheet, row, col);
  if (content?.kind === 'formula' && typeof content.cached === 'number') checkNumber(content.cached, sheet, row, col);
}

function checkSheetName(name: string): void {
  if (name.trim() === '' || name.length > 31 || INVALID_SHEET_NAME.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new XlsxPatchError('invalid_plan', xlsxMessage('invalidSheetName', { sheet: name }));
  }
}

function worksheetOrFail(entry: SheetEntry | undefined, name: string): SheetEntry {
  if (!entry) throw new XlsxPatchError('unknown_sheet', xlsxMessage('unknownSheet', { sheet: name }));
  if (!entry.isWorksheet) throw new XlsxPatchError('invalid_plan', xlsxMessage('notAWorksheet', { sheet: name }));
  return entry;
}

function normalizeGenerated(plan: WritePlan, layout: WorkbookLayout): GeneratedSheetPlan[] {
  const seen = new Set<string>();
  return plan.sheets.map((sheet) => {
    checkSheetName(sheet.name);
    const key = sheet.name.toLowerCase();
    if (seen.has(key)) throw new XlsxPatchError('invalid_plan', xlsxMessage('invalidSheetName', { sheet: sheet.name }));
    seen.add(key);
    sheet.rows.forEach((cells, r) => cells.forEach((cell, c) => cell && checkContent(cell, sheet.name, r, c)));
    const existing = findSheet(layout, sheet.name);
    return { sheet, replaces: existing ? worksheetOrFail(existing, sheet.name) : undefined };
  });
}

/**
 * The writes of one sheet sorted by row then column, several writes to one cell merged (later
 * ones winning). The sort is stable and a plan comes nearly always in cell order already: no
 * map of the cells is built, and the writes themselves are the patches.
 */
function inCellOrder(writes: CellWrite[]): CellPatch[] {
  writes.sort((a, b) => a.row - b.row || a.col - b.col);
  const out: CellPatch[] = [];
  for (const w of writes) {
    const before = out[out.length - 1];
    if (before && before.row === w.row && before.col === w.col) {
      out[out.length - 1] = { row: w.row, col: w.col, content: w.content ?? before.content, fill: w.fill ?? before.fill };
    } else {
      out.push(w);
    }
  }
  return out;
}

/**
 * Checks `plan` against the workbook: sheets exist and are worksheets, cells lie in Excel's
 * grid, numbers are finite, no cell is written on a sheet that is also generated whole.
 * Several writes to one cell merge, later ones winning.
 */
export function normalizePlan(plan: WritePlan, layout: WorkbookLayout): NormalizedPlan {
  const generated = normalizeGenerated(plan, layout);
  const generatedNames = new Set(generated.map((g) => g.sheet.name.toLowerCase()));
  const bySheet = new Map<SheetEntry, CellWrite[]>();
  for (const w of plan.cells) {
    if (generatedNames.has(w.sheet.toLowerCase())) {
      throw new XlsxPatchError('invalid_plan', xlsxMessage('writeToGeneratedSheet', { sheet: w.sheet, cell: toA1(w.row, w.col) }));
    }
    const entry = worksheetOrFail(findSheet(layout, w.sheet), w.sheet);
    const inGrid = Number.isInteger(w.row) && Number.isInteger(w.col) && w.row >= 0 && w.col >= 0;
    if (!inGrid || w.row > MAX_ROW_INDEX || w.col > MAX_COLUMN_INDEX) {
      throw new XlsxPatchError('invalid_plan', xlsxMessage('cellOutOfRange', { sheet: w.sheet, row: w.row, col: w.col }));
    }
    checkContent(w.content, w.sheet, w.row, w.col);
    const writes = bySheet.get(entry);
    if (writes) writes.push(w);
    else bySheet.set(entry, [w]);
  }
  const cells = new Map<SheetEntry, CellPatch[]>();
  for (const [entry, writes] of bySheet) cells.set(entry, inCellOrder(writes));
  return { cells, generated };
}
