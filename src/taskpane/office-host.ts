import {
  buildE81InWorkbook,
  checkWorkbook,
  budgetFor,
  insertTemplateInWorkbook,
  readSettingsSheet,
  recalcWorkbook,
  restoreUndo,
  settingsOrDefault,
  showCell,
  writeSettingsSheet,
  type ActionOptions,
  type ExcelContext,
  type ExcelRunner,
  type HostCapabilities,
  type PayloadBudget,
  type ReadMemory,
  type UndoRecord,
  type WriteResult,
} from '../adapters/office';
import { officeCapabilities, officeRunner } from '../adapters/office/office-runtime';
import type { Warning } from '../engine/check/codes';
import { officeText } from '../engine/i18n/office-messages';
import type { Analysis } from '../engine/pipeline';
import { DEFAULT_SETTINGS, type Settings } from '../engine/settings/types';
import type { LkjipHost, ProgressListener, WriteOutcome } from './host';

/**
 * The task pane's workbook when the pane runs inside Excel: everything goes through Office.js
 * (`src/adapters/office/`), the engine does the thinking. Each action is one `Excel.run`; on
 * hosts with ExcelApi 1.20 a write is also one step of Excel's own undo (Ctrl+Z), and Batalkan
 * restores the saved previous contents and formats on every host.
 */
export class OfficeHost implements LkjipHost {
  private last: UndoRecord | undefined;
  private notes: readonly string[] = [];
  private readonly memory: ReadMemory = { inParts: false };

  constructor(
    private readonly run: ExcelRunner,
    private readonly capabilities: HostCapabilities,
    private readonly budget: PayloadBudget = budgetFor(capabilities),
  ) {}

  check(settings: Settings, onProgress?: ProgressListener): Promise<Analysis> {
    return this.run({}, async (context) => {
      const result = await checkWorkbook(context, settings, this.options(onProgress));
      this.notes = result.notes;
      return result.analysis;
    });
  }

  recalc(settings: Settings, onProgress?: ProgressListener): Promise<WriteOutcome> {
    return this.write((context) => recalcWorkbook(context, settings, this.options(onProgress)));
  }

  buildE81(settings: Settings, onProgress?: ProgressListener): Promise<WriteOutcome> {
    return this.write((context) => buildE81InWorkbook(context, settings, this.options(onProgress)));
  }

  insertTemplate(onProgress?: ProgressListener): Promise<WriteOutcome> {
    return this.write((context) => insertTemplateInWorkbook(context, this.options(onProgress)));
  }

  async undo(onProgress?: ProgressListener): Promise<boolean> {
    const last = this.last;
    if (!last) return false;
    onProgress?.({ message: officeText.progress.undoing });
    // Deleting a sheet inside an undo group clears Excel's undo stack or fails (SPEC §11): an undo
    // that removes a sheet the write added runs outside the group.
    const deletesSheet = last.sheets.some((s) => !s.existed);
    await this.run(deletesSheet ? {} : this.writeRunOptions(), (context) => restoreUndo(context, last, { budget: this.budget }));
    this.last = undefined;
    return true;
  }

  canUndo(): boolean {
    return this.last !== undefined;
  }

  /** What the last action could not do fully (merged cells on old hosts, print setup), in Indonesian. */
  lastNotes(): readonly string[] {
    return this.notes;
  }

  showCell(warning: Pick<Warning, 'sheet' | 'cell'>): Promise<void> {
    return this.run({}, (context) => showCell(context, warning.sheet, warning.cell));
  }

  loadSettings(): Promise<Settings> {
    return this.run({}, async (context) => settingsOrDefault(await readSettingsSheet(context), DEFAULT_SETTINGS));
  }

  /** Saving settings is not something Batalkan undoes: the last write stays undoable. */
  saveSettings(settings: Settings): Promise<void> {
    return this.run({}, (context) => writeSettingsSheet(context, settings));
  }

  private options(onProgress: ProgressListener | undefined): ActionOptions {
    return {
      capabilities: this.capabilities,
      budget: this.budget,
      memory: this.memory,
      ...(onProgress ? { onProgress: (message: string) => onProgress({ message }) } : {}),
    };
  }

  private writeRunOptions(): { mergeUndoGroup?: boolean } {
    return this.capabilities.mergeUndoGroup ? { mergeUndoGroup: true } : {};
  }

  private async write(action: (context: ExcelContext) => Promise<WriteResult>): Promise<WriteOutcome> {
    const result = await this.run(this.writeRunOptions(), action);
    if (result.undo) this.last = result.undo;
    this.notes = result.notes;
    return {
      analysis: result.analysis,
      cellsWritten: result.cellsWritten,
      sheetsWritten: result.sheetsWritten,
      ...(result.missing ? { missing: result.missing } : {}),
    };
  }
}

/** The host for the real Excel, with the requirement sets this Excel supports. */
export function createOfficeHost(): OfficeHost {
  return new OfficeHost(officeRunner, officeCapabilities());
}
