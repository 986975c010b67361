import { planE81 } from '../../engine/e81/build-e81';
import { officeText } from '../../engine/i18n/office-messages';
import { analyzeWorkbook, type Analysis } from '../../engine/pipeline';
import { applyPlanToModel } from '../../engine/plan/apply-to-model';
import { planRecalc } from '../../engine/plan/plan-recalc';
import type { WritePlan } from '../../engine/plan/types';
import { DEFAULT_SETTINGS, type Settings } from '../../engine/settings/types';
import { readWorkbookSettings } from '../../engine/settings/workbook-settings';
import { templatePlan } from '../../engine/template/template-plan';
import { applyPlan } from './apply-plan';
import type { ExcelContext, HostCapabilities } from './excel-surface';
import { DEFAULT_BUDGET, type PayloadBudget } from './payload';
import { readWorkbook, type ProgressSink, type ReadMemory, type WorkbookRead } from './read-workbook';
import type { UndoRecord } from './undo/undo-record';

/** The Excel side of each user action, shared by the task pane's host and the ribbon commands. */
export interface ActionOptions {
  readonly capabilities: HostCapabilities;
  readonly budget?: PayloadBudget;
  readonly onProgress?: ProgressSink;
  readonly memory?: ReadMemory;
}

export interface CheckResult {
  readonly analysis: Analysis;
  readonly notes: readonly string[];
}

export interface WriteResult extends CheckResult {
  readonly cellsWritten: number;
  readonly sheetsWritten: readonly string[];
  /** Buat E.81: the sources that were not found (their columns stay empty). */
  readonly missing?: readonly string[];
  readonly undo?: UndoRecord;
}

function read(context: ExcelContext, options: ActionOptions): Promise<WorkbookRead> {
  return readWorkbook(context, options);
}

async function write(
  context: ExcelContext,
  options: ActionOptions,
  planFor: (read: WorkbookRead) => { plan: WritePlan; analysis: Analysis; missing?: readonly string[] },
): Promise<WriteResult> {
  const workbook = await read(context, options);
  options.onProgress?.(officeText.progress.analyzing);
  const { plan, analysis, missing } = planFor(workbook);
  const result = await applyPlan(context, workbook, plan, { keepUndo: true, budget: options.budget ?? DEFAULT_BUDGET, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
  return {
    analysis,
    notes: [...workbook.notes, ...result.notes],
    cellsWritten: result.cellsWritten,
    sheetsWritten: result.sheetsWritten,
    ...(missing ? { missing } : {}),
    ...(result.undo ? { undo: result.undo } : {}),
  };
}

/** Periksa: read and analyse, write nothing. */
export async function checkWorkbook(context: ExcelContext, settings: Settings, options: ActionOptions): Promise<CheckResult> {
  const workbook = await read(context, options);
  options.onProgress?.(officeText.progress.analyzing);
  return { analysis: analyzeWorkbook(workbook.workbook, settings), notes: workbook.notes };
}

/** Hitung Ulang: derived cells, highlights and `Peringatan LKjIP`; the analysis is of the result. */
export function recalcWorkbook(context: ExcelContext, settings: Settings, options: ActionOptions): Promise<WriteResult> {
  return write(context, options, ({ workbook }) => {
    const { plan, after } = planRecalc(workbook, analyzeWorkbook(workbook, settings), settings);
    return { plan, analysis: after };
  });
}

/** Buat E.81: the E.81 sheet added or regenerated in place. */
export function buildE81InWorkbook(context: ExcelContext, settings: Settings, options: ActionOptions): Promise<WriteResult> {
  return write(context, options, ({ workbook }) => {
    const { plan, missing } = planE81(workbook, analyzeWorkbook(workbook, settings), settings);
    return { plan, analysis: analyzeWorkbook(applyPlanToModel(workbook, plan), settings), missing };
  });
}

/**
 * Sisipkan template: the standard Tabel 3.1–3.13 sheets. Only sheets whose names are free are
 * added: a workbook that already has a `Tabel 3.1` keeps it, since an empty template must never
 * replace a filled table (the pane does not ask first).
 */
export function insertTemplateInWorkbook(context: ExcelContext, options: ActionOptions): Promise<WriteResult> {
  return write(context, options, ({ workbook }) => {
    const saved = readWorkbookSettings(workbook);
    const settings = saved?.ok ? saved.settings : DEFAULT_SETTINGS;
    const taken = new Set(workbook.sheets.map((s) => s.name.toLowerCase()));
    const full = templatePlan(settings.tahun !== undefined ? { tahun: settings.tahun } : {});
    const plan: WritePlan = { cells: full.cells, sheets: full.sheets.filter((s) => !taken.has(s.name.toLowerCase())) };
    return { plan, analysis: analyzeWorkbook(applyPlanToModel(workbook, plan), settings) };
  });
}
