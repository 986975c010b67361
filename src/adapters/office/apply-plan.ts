import { officeText } from '../../engine/i18n/office-messages';
import type { CellWrite, WritePlan } from '../../engine/plan/types';
import { CellMap } from '../../engine/workbook/cell-map';
import type { Workbook } from '../../engine/workbook/types';
import type { CellFormatProps, ExcelContext } from './excel-surface';
import { DEFAULT_BUDGET, type PayloadBudget } from './payload';
import type { SheetLayout } from './read/read-layout';
import type { ProgressSink } from './read-workbook';
import { takeSnapshot } from './undo/take-snapshot';
import type { UndoRecord } from './undo/undo-record';
import { rectangles } from './write/rectangles';
import { failedAfterWrite, queuePageSetups } from './write/page-setup';
import { contentRectangles, fillActions, writeContents, writeFills, type ContentWrite } from './write/write-cells';
import { setPrintLandscapeFitWidth, writeGeneratedSheet } from './write/write-generated-sheet';
import { WriteBatch } from './write/write-batch';

export interface ApplyOptions {
  readonly budget?: PayloadBudget;
  readonly onProgress?: ProgressSink;
  /** Save what the write changes, for Batalkan. Off only for the settings sheet. */
  readonly keepUndo: boolean;
}

export interface ApplyResult {
  readonly undo?: UndoRecord;
  /** Cells whose content was written (highlights not counted). */
  readonly cellsWritten: number;
  readonly sheetsWritten: readonly string[];
  readonly notes: readonly string[];
  /** Syncs of the write itself (after the snapshot), and its largest estimated request. */
  readonly writeSyncs: number;
  readonly largestRequestBytes: number;
}

const bySheet = <T extends { readonly sheet: string }>(items: readonly T[]): Map<string, T[]> => {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const list = out.get(item.sheet);
    if (list) list.push(item);
    else out.set(item.sheet, [item]);
  }
  return out;
};

/**
 * Writes a plan into Excel: derived cells as whole rectangles, highlights per rectangle of equal
 * fill, generated sheets cleared and refilled in place. With calculation held on manual for the
 * whole write (restored afterwards, also on failure) and screen updating suspended. What the
 * write changes is read first, in the same constant number of syncs, so that Batalkan restores
 * it exactly. Input cells are never touched: only the plan's cells are in any written range.
 */
export async function applyPlan(
  context: ExcelContext,
  read: { readonly layout: readonly SheetLayout[]; readonly workbook?: Workbook; readonly mergesUnknown?: readonly string[] },
  plan: WritePlan,
  options: ApplyOptions,
): Promise<ApplyResult> {
  const budget = options.budget ?? DEFAULT_BUDGET;
  const progress = options.onProgress ?? (() => undefined);
  const known = new Map(read.layout.map((s) => [s.name, s]));
  // Excel's sheet names ignore case: a generated sheet takes the spelling of the sheet it replaces.
  const byLowerName = new Map(read.layout.map((s) => [s.name.toLowerCase(), s.name]));
  const generated = plan.sheets.map((g) => ({ ...g, name: byLowerName.get(g.name.toLowerCase()) ?? g.name }));
  const generatedNames = new Set(generated.map((s) => s.name));
  // Cells on sheets that do not exist, or that this plan regenerates, are not written.
  const writable = (w: CellWrite): boolean => known.has(w.sheet) && !generatedNames.has(w.sheet);
  const contents = bySheet(plan.cells.filter((w): w is ContentWrite => w.content !== undefined && writable(w)));
  const fills = bySheet(plan.cells.filter((w) => w.fill !== undefined && writable(w)));
  const contentRects = new Map([...contents].map(([sheet, writes]) => [sheet, contentRectangles(writes)]));
  const fillRects = new Map([...fills].map(([sheet, writes]) => [sheet, rectangles(writes)]));

  const nothingToWrite = contents.size === 0 && fills.size === 0 && generated.length === 0;
  if (nothingToWrite) return { cellsWritten: 0, sheetsWritten: [], notes: [], writeSyncs: 0, largestRequestBytes: 0 };

  let undo: UndoRecord | undefined;
  let calculationMode: string | undefined;
  const previousFill = new CellMap<CellFormatProps['fill']>();
  if (options.keepUndo) {
    progress(officeText.progress.savingPrevious);
    const snapshot = await takeSnapshot(
      context,
      {
        contents: [...contentRects].flatMap(([sheet, rects]) => rects.map((r) => ({ sheet, ref: r.ref, cells: r.cells.map((row) => row.map((w) => w.content)) }))),
        fills: [...fillRects].flatMap(([sheet, rects]) => rects.map((r) => ({ sheet, ref: r.ref }))),
        sheets: generated.map((g) => ({
          plan: g,
          ...(known.has(g.name) ? { existing: known.get(g.name)! } : {}),
          merges: read.workbook?.sheets.find((s) => s.name === g.name)?.merges ?? [],
        })),
        blockRows: budget.blockRows,
      },
      budget.responseBytes,
    );
    undo = snapshot.record;
    calculationMode = snapshot.calculationMode;
    for (const f of undo.fills) {
      f.fills.forEach((row, i) => row.forEach((p, j) => previousFill.set(f.sheet, f.ref.r1 + i, f.ref.c1 + j, p.format?.fill)));
    }
  }

  const cellsWritten = [...contents.values()].reduce((n, w) => n + w.length, 0);
  progress(officeText.progress.writing(cellsWritten, generated.length));
  const batch = new WriteBatch(context, budget.requestBytes);
  const holdCalculation = calculationMode !== undefined && calculationMode !== 'Manual';
  const setups = generated
    .filter((g) => g.printLandscapeFitWidth)
    .map((g) => ({ sheet: g.name, apply: () => setPrintLandscapeFitWidth(context.workbook.worksheets.getItem(g.name)) }));
  let pageSetupRefused = false;
  try {
    await batch.add(64, () => {
      if (holdCalculation) context.application.calculationMode = 'Manual';
      context.application.suspendScreenUpdatingUntilNextSync();
    });
    for (const [sheet, rects] of contentRects) await writeContents(context, batch, sheet, rects);
    for (const [sheet, writes] of fills) {
      const actions = fillActions(writes, (row, col) => previousFill.get(sheet, row, col));
      await writeFills(context, batch, sheet, actions);
    }
    for (const g of generated) await writeGeneratedSheet(context, batch, g, known.get(g.name));
    if (holdCalculation) await batch.add(32, () => (context.application.calculationMode = calculationMode!));
    await queuePageSetups(context, batch, setups);
    await batch.flush();
  } catch (error) {
    if (!failedAfterWrite(error)) {
      if (holdCalculation) {
        context.application.calculationMode = calculationMode!;
        await context.sync().catch(() => undefined);
      }
      throw error;
    }
    pageSetupRefused = true;
  }

  const notes = generated
    .filter((g) => options.keepUndo && known.has(g.name) && (read.workbook === undefined || (read.mergesUnknown ?? []).includes(g.name)))
    .map((g) => officeText.notes.undoWithoutMerges(g.name));
  if (pageSetupRefused) notes.push(officeText.notes.pageLayoutSkipped(setups.map((p) => p.sheet)));
  return {
    ...(undo ? { undo } : {}),
    cellsWritten,
    sheetsWritten: generated.map((g) => g.name),
    notes,
    writeSyncs: batch.syncs,
    largestRequestBytes: batch.largestRequestBytes,
  };
}
