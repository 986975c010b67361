import { officeText } from '../../engine/i18n/office-messages';
import type { Sheet, Workbook } from '../../engine/workbook/types';
import type { ExcelContext, HostCapabilities } from './excel-surface';
import { runLoadJobs } from './load-jobs';
import { DEFAULT_BUDGET, type PayloadBudget } from './payload';
import { cellBlockJobs, SheetRows } from './read/cell-blocks';
import { parseAreasAddress, readMergedAreas } from './read/merged-areas';
import { EXTENT, layoutOf, listSheets, queueUsedRanges, type SheetLayout } from './read/read-layout';
import type { Worksheet } from './excel-surface';
import { cellCount } from './ranges';

export type ProgressSink = (message: string) => void;

/**
 * What the last read of this workbook learnt: a workbook Excel refused to send in one response
 * is read in parts straight away next time, without a refused sync first.
 */
export interface ReadMemory {
  inParts: boolean;
}

export interface ReadOptions {
  readonly capabilities: HostCapabilities;
  readonly memory?: ReadMemory;
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
 * The whole workbook as the engine's model in two `sync` calls: the sheet list, then every
 * sheet's used ranges, cells (values, formulas, number formats) and merged areas at once. When
 * Excel refuses that (a response over 5 MB on the web, more than 512 merged areas), it is read in
 * parts: the used ranges, the cells in row blocks queued together under the payload budget, and
 * the merged areas, so that only a workbook larger than one response can carry (about 100,000
 * cells on Excel on the web) takes more syncs, in proportion to its size.
 */
export async function readWorkbook(context: ExcelContext, options: ReadOptions): Promise<WorkbookRead> {
  const progress = options.onProgress ?? (() => undefined);
  progress(officeText.progress.readingLayout);
  const sheets = await listSheets(context);
  progress(officeText.progress.readingSheets(sheets.length));
  const atOnce = options.memory?.inParts ? undefined : await readAtOnce(context, sheets);
  if (options.memory) options.memory.inParts = atOnce === undefined;
  return atOnce ?? readInParts(context, sheets, options);
}

/** A sheet of the engine's model from its layout, cells and merged areas as Excel gave them. */
function modelSheet(layout: SheetLayout, rows: SheetRows, merges: Sheet['merges']): Sheet {
  return { name: layout.name, cells: rows.grid(), merges, ...(layout.visibility !== 'Visible' ? { hidden: true } : {}) };
}

/** Everything in one sync, or undefined when Excel refuses it. */
async function readAtOnce(context: ExcelContext, sheets: readonly Worksheet[]): Promise<WorkbookRead | undefined> {
  const ranges = queueUsedRanges(sheets, `${EXTENT},values,formulas,numberFormat`);
  // Merged areas of the whole sheet: a method of an empty sheet's null used range would fail the sync.
  const merged = ranges.map(({ sheet }) => sheet.getRange().getMergedAreasOrNullObject().load('address'));
  try {
    await context.sync();
  } catch {
    return undefined;
  }
  const layout = ranges.map(layoutOf);
  const workbookSheets: Sheet[] = ranges.map((r, i) => {
    const rows = new SheetRows();
    const values = layout[i]!.values;
    if (values) rows.put(values, r.values.values, r.values.formulas, r.values.numberFormat);
    const areas = merged[i]!;
    return modelSheet(layout[i]!, rows, areas.isNullObject ? [] : parseAreasAddress(areas.address));
  });
  return { workbook: { sheets: workbookSheets, definedNames: [] }, layout, notes: [], mergesUnknown: [] };
}

async function readInParts(context: ExcelContext, worksheets: readonly Worksheet[], options: ReadOptions): Promise<WorkbookRead> {
  const budget = options.budget ?? DEFAULT_BUDGET;
  const progress = options.onProgress ?? (() => undefined);
  const ranges = queueUsedRanges(worksheets);
  await context.sync();
  const layout = ranges.map(layoutOf);

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

  const sheets: Sheet[] = layout.map((s, i) => modelSheet(s, rows[i]!, merges.get(s.name) ?? []));
  return { workbook: { sheets, definedNames: [] }, layout, notes, mergesUnknown };
}
