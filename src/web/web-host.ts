import { patchXlsx } from '../adapters/xlsx/patch-xlsx';
import { readXlsx } from '../adapters/xlsx/read-xlsx';
import type { Warning } from '../engine/check/codes';
import { planE81 } from '../engine/e81/build-e81';
import { uiMessages } from '../engine/i18n/ui-messages';
import { analyzeWorkbook, type Analysis } from '../engine/pipeline';
import { planRecalc } from '../engine/plan/plan-recalc';
import type { WritePlan } from '../engine/plan/types';
import { DEFAULT_SETTINGS, type Settings } from '../engine/settings/types';
import { serializeSettings } from '../engine/settings/serialize-settings';
import { readWorkbookSettings, settingsSheet } from '../engine/settings/workbook-settings';
import { templatePlan } from '../engine/template/template-plan';
import type { Workbook } from '../engine/workbook/types';
import type { LkjipHost, ProgressListener, WriteOutcome } from '../taskpane/host';
import type { DownloadKind } from './file-names';
import { yieldToBrowser } from './yield-to-browser';

/** The file the page holds, as it is now. */
interface Version {
  readonly bytes: Uint8Array;
  readonly workbook: Workbook;
  /** What has been written into this version, so the page knows which download it offers. */
  readonly produced: ReadonlySet<DownloadKind>;
}

export interface OpenedFile {
  readonly name: string;
  readonly size: number;
}

export type ShowCellListener = (target: Pick<Warning, 'sheet' | 'cell'>) => void;

/** The engine and adapter functions the host uses; replaceable in tests. */
export interface WebHostServices {
  readonly readXlsx: (bytes: Uint8Array) => Workbook;
  readonly patchXlsx: (original: Uint8Array, plan: WritePlan) => Uint8Array;
}

const DEFAULT_SERVICES: WebHostServices = { readXlsx, patchXlsx };

/**
 * The workbook of the standalone page: an .xlsx held in memory, read with our own reader and
 * patched with our own writer. Nothing leaves the browser. Every write keeps the bytes before
 * it, so Batalkan restores the file exactly.
 */
export class WebHost implements LkjipHost {
  private current: Version | undefined;
  private file: OpenedFile | undefined;
  private readonly history: Version[] = [];
  private saved: Settings | undefined;
  private language: Settings['bahasa'] = 'id';
  private readonly listeners = new Set<ShowCellListener>();

  constructor(private readonly services: WebHostServices = DEFAULT_SERVICES) {}

  /** Reads the file; throws `XlsxReadError` (Indonesian) when it is not a readable .xlsx. The previous file stays open then. */
  open(bytes: Uint8Array, name: string): void {
    const workbook = this.services.readXlsx(bytes);
    this.current = { bytes, workbook, produced: new Set() };
    this.file = { name, size: bytes.byteLength };
    this.history.length = 0;
    this.saved = undefined;
  }

  openedFile(): OpenedFile | undefined {
    return this.file;
  }

  workbook(): Workbook | undefined {
    return this.current?.workbook;
  }

  /** The file as it is now. */
  bytes(): Uint8Array | undefined {
    return this.current?.bytes;
  }

  /** The file as it is now, when it holds what a download button offers. */
  download(kind: DownloadKind): Uint8Array | undefined {
    return this.current?.produced.has(kind) ? this.current.bytes : undefined;
  }

  /** The page listens here to scroll to a cell when a finding is clicked. */
  onShowCell(listener: ShowCellListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async check(settings: Settings, onProgress?: ProgressListener): Promise<Analysis> {
    this.language = settings.bahasa;
    const version = this.require();
    await this.step(onProgress, 'analyzing', 0.5);
    return analyzeWorkbook(version.workbook, settings);
  }

  async recalc(settings: Settings, onProgress?: ProgressListener): Promise<WriteOutcome> {
    this.language = settings.bahasa;
    const version = this.require();
    await this.step(onProgress, 'analyzing', 0.2);
    const analysis = analyzeWorkbook(version.workbook, settings);
    await this.step(onProgress, 'planning', 0.4);
    const { plan, after } = planRecalc(version.workbook, analysis, settings);
    await this.write(plan, 'recalc', onProgress);
    return { analysis: after, ...written(plan) };
  }

  async buildE81(settings: Settings, onProgress?: ProgressListener): Promise<WriteOutcome> {
    this.language = settings.bahasa;
    const version = this.require();
    await this.step(onProgress, 'analyzing', 0.2);
    const { plan, missing } = planE81(version.workbook, analyzeWorkbook(version.workbook, settings), settings);
    if (plan.sheets.length > 0 || plan.cells.length > 0) await this.write(plan, 'e81', onProgress);
    return { analysis: analyzeWorkbook(this.require().workbook, settings), ...written(plan), missing };
  }

  /** Like the Excel pane: only the template sheets whose names are free are added, a filled table is never replaced. */
  async insertTemplate(onProgress?: ProgressListener): Promise<WriteOutcome> {
    const version = this.require();
    const settings = this.settingsOf(version.workbook);
    const taken = new Set(version.workbook.sheets.map((s) => s.name));
    const full = templatePlan(settings.tahun !== undefined ? { tahun: settings.tahun } : {});
    const plan: WritePlan = { cells: full.cells, sheets: full.sheets.filter((s) => !taken.has(s.name)) };
    if (plan.sheets.length > 0) await this.write(plan, undefined, onProgress);
    return { analysis: analyzeWorkbook(this.require().workbook, settings), ...written(plan) };
  }

  async undo(onProgress?: ProgressListener): Promise<boolean> {
    const previous = this.history.pop();
    if (!previous) return false;
    await this.step(onProgress, 'restoring', 0.5);
    this.current = previous;
    // Settings are not part of what Batalkan undoes: ones saved after that write stay saved.
    const restored = readWorkbookSettings(previous.workbook);
    const restoredJson = restored?.ok ? serializeSettings(restored.settings) : undefined;
    if (this.saved && serializeSettings(this.saved) !== restoredJson) {
      this.current = this.patched(previous, { cells: [], sheets: [settingsSheet(this.saved)] }, undefined);
    }
    return true;
  }

  canUndo(): boolean {
    return this.history.length > 0;
  }

  async showCell(warning: Pick<Warning, 'sheet' | 'cell'>): Promise<void> {
    for (const listener of this.listeners) listener({ sheet: warning.sheet, cell: warning.cell });
  }

  async loadSettings(): Promise<Settings> {
    const version = this.current;
    const settings = version ? this.settingsOf(version.workbook) : DEFAULT_SETTINGS;
    this.language = settings.bahasa;
    return settings;
  }

  /** Saved on the very hidden `LKjIP_Pengaturan` sheet, like Excel and the CLI read them. */
  async saveSettings(settings: Settings): Promise<void> {
    this.language = settings.bahasa;
    const version = this.require();
    this.current = this.patched(version, { cells: [], sheets: [settingsSheet(settings)] }, undefined);
    this.saved = settings;
  }

  /** Saved settings, or the defaults when the file has none or broken ones (the pane shows and re-saves them). */
  private settingsOf(workbook: Workbook): Settings {
    const stored = readWorkbookSettings(workbook);
    return stored?.ok ? stored.settings : DEFAULT_SETTINGS;
  }

  private require(): Version {
    if (!this.current) throw new Error(uiMessages(this.language).errors.noWorkbook);
    return this.current;
  }

  private async write(plan: WritePlan, kind: DownloadKind | undefined, onProgress?: ProgressListener): Promise<void> {
    const version = this.require();
    await this.step(onProgress, 'writing', 0.7);
    const next = this.patched(version, plan, kind);
    this.history.push(version);
    this.current = next;
  }

  /** The patched file read back: what the page shows is what the download holds. */
  private patched(version: Version, plan: WritePlan, kind: DownloadKind | undefined): Version {
    const bytes = this.services.patchXlsx(version.bytes, plan);
    const produced = kind ? new Set([...version.produced, kind]) : version.produced;
    return { bytes, workbook: this.services.readXlsx(bytes), produced };
  }

  private async step(onProgress: ProgressListener | undefined, what: keyof ReturnType<typeof uiMessages>['hostProgress'], fraction: number): Promise<void> {
    onProgress?.({ message: uiMessages(this.language).hostProgress[what], fraction });
    await yieldToBrowser();
  }
}

function written(plan: WritePlan): Pick<WriteOutcome, 'cellsWritten' | 'sheetsWritten'> {
  return { cellsWritten: plan.cells.filter((c) => c.content !== undefined).length, sheetsWritten: plan.sheets.map((s) => s.name) };
}
