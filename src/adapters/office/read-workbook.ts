import { officeText } from '../../engine/i18n/office-messages';
import type { Sheet, Workbook } from '../../engine/workbook/types';
import type { ExcelContext, HostCapabilities } from './excel-surface';
import { runLoadJobs } from './load-jobs';
import { DEFAULT_BUDGET, type PayloadBudget } from './payload';
import { cellBlockJobs, SheetRows } from './read/cell-blocks';
import { readMergedAreas } from './read/merged-areas';
import { readLayout, type SheetLayout } from './read/read-layout';
import { cellCount } from './ranges';

export type ProgressSink = (message: string) => void;

export interface ReadOptions {
  readonly capabilities: HostCapabilities;
  readonly budget?: PayloadBudget;
  readonly onProgress?: ProgressSink;
}

export interface WorkbookRead {
  readonly workbook: Workbook;
  /** The sheets as Excel lists them, with their used ranges: what a write needs to know. */
  readonly layout: readonly SheetLayout[];
  /** Indonesian notes on what could not be read (merged cells on old hosts…). */
  readonly notes: readonly string[];
  /** Sheets whose merged areas could not be read (every sheet below ExcelApi 1.13). */
  readonly mergesUnknown: readonly string[];
}

/**
 * The whole workbook as the engine's model, in a number of `sync` calls that does not grow with
 * rows, tables or sheets: the sheet list, the used ranges, the cells (values, formulas, number
 * formats) of every sheet in row blocks queued together, and the merged areas. Only a workbook
 * larger than one request can carry (about 100,000 cells on Excel on the web) takes more syncs,
 * in proportion to its size.
 */
export async function readWorkbook(context: ExcelContext, options: ReadOptions): Promise<WorkbookRead> {
  const budget = options.budget ?? DEFAULT_BUDGET;
  const progress = options.onProgress ?? (() => undefined);
  progress(officeText.progress.readingLayout);
  const layout = await readLayout(context);

  const rows = layout.map(() => new SheetRows());
  const jobs = layout.flatMap((sheet, i) => (sheet.values ? cellBlockJobs(sheet.name, sheet.values, budget.blockRows, rows[i]!) : []));
  const cells = layout.reduce((n, s) => n + (s.values ? cellCount(s.values) : 0), 0);
  progress(officeText.progress.readingCells(layout.length, cells));
  await runLoadJobs(context, jobs, budget.responseBytes);

  const notes: string[] = [];
  let mergesUnknown: readonly string[] = [];
  let merges: ReadonlyMap<string, Sheet['merges']> = new Map();
  const withCells = layout.flatMap((s) => (s.used ? [{ name: s.name, used: s.used }] : []));
  if (withCells.length > 0) {
    progress(officeText.progress.readingMerges);
    const read = await readMergedAreas(context, withCells);
    merges = read.bySheet;
    if (read.incomplete.length > 0) notes.push(officeText.notes.mergesIncomplete(read.incomplete));
    mergesUnknown = read.incomplete;
  }

  const sheets: Sheet[] = layout.map((s, i) => ({
    name: s.name,
    rows: rows[i]!.rows,
    merges: merges.get(s.name) ?? [],
    ...(s.visibility !== 'Visible' ? { hidden: true } : {}),
  }));
  return { workbook: { sheets, definedNames: [] }, layout, notes, mergesUnknown };
}
