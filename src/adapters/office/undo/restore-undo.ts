import { officeText } from '../../../engine/i18n/office-messages';
import { toA1 } from '../../../engine/workbook/a1';
import type { RangeRef } from '../../../engine/workbook/types';
import type { CellProps, ExcelContext } from '../excel-surface';
import { runLoadJobs, type LoadJob } from '../load-jobs';
import { OfficeAdapterError } from '../office-adapter-error';
import { DEFAULT_BUDGET, type PayloadBudget } from '../payload';
import { READ_BYTES_PER_CELL } from '../read/cell-blocks';
import { cellFromExcel } from '../read/excel-cell';
import { readLayout, type SheetLayout } from '../read/read-layout';
import { a1, cellCount, grid, halveRows } from '../ranges';
import { inputOfCell } from '../write/excel-input';
import { isNoFill } from '../write/highlight-colors';
import { failedAfterWrite, queuePageSetups } from '../write/page-setup';
import { rectangles } from '../write/rectangles';
import { freeze } from '../write/write-generated-sheet';
import { WriteBatch } from '../write/write-batch';
import type { CellsSnapshot, ExistingSheetSnapshot, FillsSnapshot, UndoRecord } from './undo-record';

const LAST_ROW = 1_048_575;
const LAST_COLUMN = 16_383;

const sameInput = (now: unknown, written: unknown): boolean =>
  now === written || (typeof now === 'number' && typeof written === 'number' && Math.abs(now - written) <= 1e-12 * Math.max(1, Math.abs(written)));

/** The first written cell that no longer holds what the write left there, as `Sheet!A1`. */
function staleCheckJob(snapshot: CellsSnapshot, ref: RangeRef, found: string[]): LoadJob {
  return {
    bytes: cellCount(ref) * READ_BYTES_PER_CELL,
    queue(context) {
      const range = context.workbook.worksheets.getItem(snapshot.sheet).getRange(a1(ref)).load('formulas');
      return () => {
        const now = range.formulas;
        for (let r = ref.r1; r <= ref.r2; r++) {
          for (let c = ref.c1; c <= ref.c2; c++) {
            const written = snapshot.written[r - snapshot.ref.r1]![c - snapshot.ref.c1];
            if (!sameInput(now[r - ref.r1]?.[c - ref.c1], written)) found.push(`${snapshot.sheet}!${toA1(r, c)}`);
          }
        }
      };
    },
    split: () => halveRows(ref)?.map((h) => staleCheckJob(snapshot, h, found)),
  };
}

async function restoreCells(context: ExcelContext, batch: WriteBatch, s: CellsSnapshot): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(s.sheet);
  const inputs = grid(s.ref, (r, c) => {
    const i = r - s.ref.r1;
    const j = c - s.ref.c1;
    return inputOfCell(cellFromExcel(s.values[i]?.[j], s.formulas[i]?.[j], undefined));
  });
  // Contents first, under the format the write left (a number format), then the old format: a
  // number put back into a cell that was text-formatted stays a number, as it was.
  await batch.writeRows(sheet, s.ref, inputs, (range, slice) => {
    range.formulas = slice;
  });
  await batch.writeRows(sheet, s.ref, s.numberFormat, (range, slice) => {
    range.numberFormat = slice;
  });
}

async function restoreFills(context: ExcelContext, batch: WriteBatch, s: FillsSnapshot): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(s.sheet);
  const cells = s.fills.flatMap((row, i) => row.map((p, j) => ({ row: s.ref.r1 + i, col: s.ref.c1 + j, none: isNoFill(p.format?.fill) })));
  for (const rect of rectangles(cells.filter((c) => c.none))) {
    const address = a1(rect.ref);
    await batch.add(address.length + 16, () => sheet.getRange(address).format.fill.clear());
  }
  if (cells.some((c) => !c.none)) {
    const props: CellProps[][] = s.fills.map((row) => row.map((p) => (isNoFill(p.format?.fill) ? {} : { format: { fill: p.format!.fill! } })));
    await batch.writeRows(sheet, s.ref, props, (range, slice) => range.setCellProperties(slice));
  }
}

async function restoreSheet(context: ExcelContext, batch: WriteBatch, s: ExistingSheetSnapshot, now: SheetLayout): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(s.name);
  const used = now.used;
  await batch.add(64, () => {
    if (used) {
      const range = sheet.getRange(a1(used));
      range.unmerge();
      range.clear('All');
    }
    sheet.freezePanes.unfreeze();
  });
  for (const block of s.blocks) {
    const inputs = grid(block.ref, (r, c) => {
      const i = r - block.ref.r1;
      const j = c - block.ref.c1;
      return inputOfCell(cellFromExcel(block.values[i]?.[j], block.formulas[i]?.[j], undefined));
    });
    await batch.writeRows(sheet, block.ref, inputs, (range, slice) => {
      range.formulas = slice;
    });
    await batch.writeRows(sheet, block.ref, block.numberFormat, (range, slice) => {
      range.numberFormat = slice;
    });
    await batch.writeRows(sheet, block.ref, block.cells, (range, slice) => range.setCellProperties(slice));
  }
  for (const merge of s.merges) {
    const address = a1(merge);
    await batch.add(address.length + 16, () => sheet.getRange(address).merge(false));
  }
  const columns = s.columns;
  if (columns) await batch.add(JSON.stringify(columns.props).length, () => sheet.getRange(a1(columns.ref)).setColumnProperties(columns.props));
  const frozen = s.freeze;
  // Excel reports frozen rows as whole rows (all columns) and frozen columns as whole columns.
  if (frozen) await batch.add(32, () => freeze(sheet, frozen.r2 >= LAST_ROW ? 0 : frozen.r2 + 1, frozen.c2 >= LAST_COLUMN ? 0 : frozen.c2 + 1));
  await batch.add(32, () => {
    sheet.visibility = s.visibility;
  });
}

export interface RestoreOptions {
  readonly budget?: PayloadBudget;
}

/**
 * Batalkan: puts back exactly what one write changed. Refuses, before writing anything, when a
 * written cell has been changed since (restoring would overwrite that change) or a sheet the
 * write touched is gone. Sheets the write added are deleted; sheets it rewrote are rewritten as
 * they were.
 */
export async function restoreUndo(context: ExcelContext, record: UndoRecord, options: RestoreOptions = {}): Promise<void> {
  const budget = options.budget ?? DEFAULT_BUDGET;
  const layout = await readLayout(context);
  const present = new Map(layout.map((s) => [s.name, s]));
  const touched = [...record.cells.map((c) => c.sheet), ...record.fills.map((f) => f.sheet), ...record.sheets.filter((s) => s.existed).map((s) => s.name)];
  const gone = touched.find((name) => !present.has(name));
  if (gone !== undefined) throw new OfficeAdapterError('undoSheetGone', officeText.errors.undoSheetGone(gone));

  const stale: string[] = [];
  let calculationMode = 'Automatic';
  const jobs: LoadJob[] = record.cells.map((c) => staleCheckJob(c, c.ref, stale));
  jobs.push({
    bytes: 100,
    queue(ctx) {
      const application = ctx.application.load('calculationMode');
      return () => {
        calculationMode = application.calculationMode;
      };
    },
    split: () => undefined,
  });
  await runLoadJobs(context, jobs, budget.responseBytes);
  if (stale.length > 0) throw new OfficeAdapterError('undoStale', officeText.errors.undoStale(stale[0]!));

  const batch = new WriteBatch(context, budget.requestBytes);
  const hold = calculationMode !== 'Manual';
  const setups = record.sheets.flatMap((s) =>
    s.existed && s.pageSetup
      ? [
          {
            sheet: s.name,
            apply: () => {
              const page = context.workbook.worksheets.getItem(s.name).pageLayout;
              page.orientation = s.pageSetup!.orientation;
              page.zoom = s.pageSetup!.zoom;
            },
          },
        ]
      : [],
  );
  try {
    await batch.add(64, () => {
      if (hold) context.application.calculationMode = 'Manual';
      context.application.suspendScreenUpdatingUntilNextSync();
    });
    for (const s of record.cells) await restoreCells(context, batch, s);
    for (const f of record.fills) await restoreFills(context, batch, f);
    for (const s of record.sheets) {
      const now = present.get(s.name);
      if (!s.existed) {
        if (now) await batch.add(32, () => context.workbook.worksheets.getItem(s.name).delete());
      } else {
        await restoreSheet(context, batch, s, now!);
      }
    }
    if (hold) await batch.add(32, () => (context.application.calculationMode = calculationMode));
    await queuePageSetups(context, batch, setups);
    await batch.flush();
  } catch (error) {
    // A refused print setup leaves everything else restored: nothing to report for Batalkan.
    if (failedAfterWrite(error)) return;
    if (hold) {
      context.application.calculationMode = calculationMode;
      await context.sync().catch(() => undefined);
    }
    throw error;
  }
}
