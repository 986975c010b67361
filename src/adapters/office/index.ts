/** The Office.js adapter: Excel ⇄ the engine's model, plan writer, undo and settings. */
export { applyPlan, type ApplyOptions, type ApplyResult } from './apply-plan';
export type { ExcelContext, ExcelRunner, HostCapabilities, RunOptions } from './excel-surface';
export { OfficeAdapterError } from './office-adapter-error';
export { budgetFor, DEFAULT_BUDGET, DESKTOP_BUDGET, type PayloadBudget } from './payload';
export { readWorkbook, type ProgressSink, type ReadMemory, type ReadOptions, type WorkbookRead } from './read-workbook';
export { readSettingsSheet, settingsOrDefault, writeSettingsSheet } from './settings-sheet';
export { showCell } from './show-cell';
export { restoreUndo } from './undo/restore-undo';
export type { UndoRecord } from './undo/undo-record';
export {
  buildE81InWorkbook,
  checkWorkbook,
  insertTemplateInWorkbook,
  recalcWorkbook,
  type ActionOptions,
  type CheckResult,
  type WriteResult,
} from './workbook-actions';
