import type { CellContent, GeneratedSheet } from '../../../engine/plan/types';
import type { RangeRef } from '../../../engine/workbook/types';
import type { ClientResult, ColumnProps, ExcelContext, PageLayout, Range } from '../excel-surface';
import type { LoadJob } from '../load-jobs';
import { runLoadJobs } from '../load-jobs';
import { READ_BYTES_PER_CELL } from '../read/cell-blocks';
import type { SheetLayout } from '../read/read-layout';
import { a1, cellCount, grid, halveRows, rangeRefOf, rowSlices } from '../ranges';
import { readBackOfContent } from '../write/excel-input';
import { COLUMN_WIDTH_QUERY, FILL_BYTES_PER_CELL, FILL_QUERY, FULL_BYTES_PER_CELL, FULL_QUERY } from './format-queries';
import type { CellsSnapshot, ExistingSheetSnapshot, FillsSnapshot, SheetSnapshot, UndoRecord } from './undo-record';

export interface SnapshotRequest {
  /** Rectangles whose content the plan writes, with the planned contents (for the stale check). */
  readonly contents: readonly { readonly sheet: string; readonly ref: RangeRef; readonly cells: readonly (readonly CellContent[])[] }[];
  /** Rectangles whose fill the plan may change. */
  readonly fills: readonly { readonly sheet: string; readonly ref: RangeRef }[];
  /** Generated sheets, with the sheet of that name when one exists and its merged areas. */
  readonly sheets: readonly { readonly plan: GeneratedSheet; readonly existing?: SheetLayout; readonly merges: readonly RangeRef[] }[];
  readonly blockRows: number;
}

export interface Snapshot {
  readonly record: UndoRecord;
  /** Excel's calculation mode before the write, to restore after it. */
  readonly calculationMode: string;
}

function contentJob(sheet: string, ref: RangeRef, written: ReadonlyArray<ReadonlyArray<CellContent>>, top: RangeRef, out: CellsSnapshot[]): LoadJob {
  return {
    bytes: cellCount(ref) * READ_BYTES_PER_CELL,
    queue(context) {
      const range = context.workbook.worksheets.getItem(sheet).getRange(a1(ref)).load('values,formulas,numberFormat');
      return () =>
        out.push({
          sheet,
          ref,
          values: range.values,
          formulas: range.formulas,
          numberFormat: range.numberFormat,
          written: grid(ref, (r, c) => readBackOfContent(written[r - top.r1]![c - top.c1]!)),
        });
    },
    split: () => halveRows(ref)?.map((h) => contentJob(sheet, h, written, top, out)),
  };
}

function fillJob(sheet: string, ref: RangeRef, out: FillsSnapshot[]): LoadJob {
  return {
    bytes: cellCount(ref) * FILL_BYTES_PER_CELL,
    queue(context) {
      const result = context.workbook.worksheets.getItem(sheet).getRange(a1(ref)).getCellProperties(FILL_QUERY);
      return () => out.push({ sheet, ref, fills: result.value });
    },
    split: () => halveRows(ref)?.map((h) => fillJob(sheet, h, out)),
  };
}

type Block = ExistingSheetSnapshot['blocks'][number];

function sheetBlockJob(sheet: string, ref: RangeRef, out: Block[]): LoadJob {
  return {
    bytes: cellCount(ref) * (READ_BYTES_PER_CELL + FULL_BYTES_PER_CELL),
    queue(context) {
      const range = context.workbook.worksheets.getItem(sheet).getRange(a1(ref)).load('values,formulas,numberFormat');
      const props = range.getCellProperties(FULL_QUERY);
      return () => out.push({ ref, values: range.values, formulas: range.formulas, numberFormat: range.numberFormat, cells: props.value });
    },
    split: () => halveRows(ref)?.map((h) => sheetBlockJob(sheet, h, out)),
  };
}

/** Sheet-level state of an existing sheet: column widths, frozen panes, page setup. */
function sheetMetaJob(plan: GeneratedSheet, existing: SheetLayout, merges: readonly RangeRef[], blocks: Block[], out: SheetSnapshot[]): LoadJob {
  const lastColumn = Math.max(existing.used?.c2 ?? 0, plan.columnWidths.length - 1, 0);
  const columnsRef: RangeRef = { r1: 0, c1: 0, r2: 0, c2: lastColumn };
  return {
    bytes: (lastColumn + 1) * 60 + 400,
    queue(context) {
      const sheet = context.workbook.worksheets.getItem(plan.name);
      const columns: ClientResult<ColumnProps[]> = sheet.getRange(a1(columnsRef)).getColumnProperties(COLUMN_WIDTH_QUERY);
      const freeze: Range = sheet.freezePanes.getLocationOrNullObject().load('rowIndex,columnIndex,rowCount,columnCount');
      const page: PageLayout = sheet.pageLayout.load('orientation,zoom');
      return () =>
        out.push({
          name: plan.name,
          existed: true,
          visibility: existing.visibility,
          blocks,
          columns: { ref: columnsRef, props: columns.value },
          merges: [...merges],
          ...(freeze.isNullObject ? {} : { freeze: rangeRefOf(freeze) }),
          pageSetup: { orientation: page.orientation, zoom: { ...page.zoom } },
        });
    },
    split: () => undefined,
  };
}

/**
 * Reads, before a write, everything the write will change: previous contents and number formats
 * of the cells it writes, previous fills of the cells it highlights, and the whole of any sheet
 * it regenerates. All of it in one `sync` unless it is larger than a request can carry.
 */
export async function takeSnapshot(context: ExcelContext, request: SnapshotRequest, budgetBytes: number): Promise<Snapshot> {
  const cells: CellsSnapshot[] = [];
  const fills: FillsSnapshot[] = [];
  const sheets: SheetSnapshot[] = [];
  const jobs: LoadJob[] = [];
  for (const c of request.contents) jobs.push(contentJob(c.sheet, c.ref, c.cells, c.ref, cells));
  for (const f of request.fills) jobs.push(fillJob(f.sheet, f.ref, fills));
  for (const s of request.sheets) {
    if (!s.existing) {
      sheets.push({ name: s.plan.name, existed: false });
      continue;
    }
    const blocks: Block[] = [];
    if (s.existing.used) for (const ref of rowSlices(s.existing.used, request.blockRows)) jobs.push(sheetBlockJob(s.plan.name, ref, blocks));
    jobs.push(sheetMetaJob(s.plan, s.existing, s.merges, blocks, sheets));
  }
  let calculationMode = 'Automatic';
  jobs.push({
    bytes: 100,
    queue(context) {
      const application = context.application.load('calculationMode');
      return () => {
        calculationMode = application.calculationMode;
      };
    },
    split: () => undefined,
  });
  await runLoadJobs(context, jobs, budgetBytes);
  // Blocks may arrive out of order when a response had to be split: keep them top to bottom.
  for (const s of sheets) if (s.existed) (s.blocks as Block[]).sort((a, b) => a.ref.r1 - b.ref.r1);
  return { record: { cells, fills, sheets }, calculationMode };
}

