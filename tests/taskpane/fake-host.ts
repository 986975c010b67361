import { analyzeWorkbook, type Analysis } from '../../src/engine/pipeline';
import { applyPlanToModel } from '../../src/engine/plan/apply-to-model';
import { planRecalc } from '../../src/engine/plan/plan-recalc';
import { DEFAULT_SETTINGS, type Settings } from '../../src/engine/settings/types';
import type { Workbook } from '../../src/engine/workbook/types';
import type { LkjipHost, ProgressListener, WriteOutcome } from '../../src/taskpane/host';
import { fixtureWorkbook } from '../fixtures/fixture-workbook';
import type { Fixture } from '../fixtures/spec';

type Method = 'check' | 'recalc' | 'undo' | 'buildE81' | 'insertTemplate' | 'saveSettings' | 'loadSettings';

/**
 * An in-memory host over a fixture workbook, running the real engine. Every call is recorded;
 * `failWith` makes a method reject, `hold` makes it wait until `release` is called.
 */
export class FakeHost implements LkjipHost {
  readonly calls: { method: string; args: unknown[] }[] = [];
  readonly shown: { sheet: string; cell: string }[] = [];
  private workbook: Workbook;
  private previous: Workbook[] = [];
  private settings: Settings = DEFAULT_SETTINGS;
  private failures = new Map<Method | 'showCell', unknown>();
  private held = new Map<Method, () => void>();
  private holds = new Set<Method>();

  constructor(fixture: Fixture) {
    this.workbook = fixtureWorkbook(fixture);
  }

  failWith(method: Method | 'showCell', error: unknown): void {
    this.failures.set(method, error);
  }

  hold(method: Method): void {
    this.holds.add(method);
  }

  release(method: Method): void {
    this.holds.delete(method);
    this.held.get(method)?.();
  }

  private async enter(method: Method, args: unknown[], onProgress?: ProgressListener): Promise<void> {
    this.calls.push({ method, args });
    onProgress?.({ message: `Sedang ${method}…`, fraction: 0.5 });
    if (this.holds.has(method)) await new Promise<void>((resolve) => this.held.set(method, resolve));
    if (this.failures.has(method)) throw this.failures.get(method);
  }

  async check(settings: Settings, onProgress?: ProgressListener): Promise<Analysis> {
    await this.enter('check', [settings], onProgress);
    return analyzeWorkbook(this.workbook, settings);
  }

  async recalc(settings: Settings, onProgress?: ProgressListener): Promise<WriteOutcome> {
    await this.enter('recalc', [settings], onProgress);
    const analysis = analyzeWorkbook(this.workbook, settings);
    const { plan, after } = planRecalc(this.workbook, analysis, settings);
    this.previous.push(this.workbook);
    this.workbook = applyPlanToModel(this.workbook, plan);
    return { analysis: after, cellsWritten: plan.cells.filter((c) => c.content).length, sheetsWritten: plan.sheets.map((s) => s.name) };
  }

  async undo(onProgress?: ProgressListener): Promise<boolean> {
    await this.enter('undo', [], onProgress);
    const last = this.previous.pop();
    if (!last) return false;
    this.workbook = last;
    return true;
  }

  canUndo(): boolean {
    return this.previous.length > 0;
  }

  async buildE81(settings: Settings, onProgress?: ProgressListener): Promise<WriteOutcome> {
    await this.enter('buildE81', [settings], onProgress);
    return { analysis: analyzeWorkbook(this.workbook, settings), cellsWritten: 40, sheetsWritten: ['E.81'], missing: ['target akhir Renstra (kolom 6)'] };
  }

  async insertTemplate(onProgress?: ProgressListener): Promise<WriteOutcome> {
    await this.enter('insertTemplate', [], onProgress);
    return { analysis: analyzeWorkbook(this.workbook, this.settings), cellsWritten: 0, sheetsWritten: ['Tabel 3.1', 'Tabel 3.2'] };
  }

  async showCell(warning: { sheet: string; cell: string }): Promise<void> {
    this.calls.push({ method: 'showCell', args: [warning] });
    if (this.failures.has('showCell')) throw this.failures.get('showCell');
    this.shown.push({ sheet: warning.sheet, cell: warning.cell });
  }

  async loadSettings(): Promise<Settings> {
    await this.enter('loadSettings', []);
    return this.settings;
  }

  async saveSettings(settings: Settings): Promise<void> {
    await this.enter('saveSettings', [settings]);
    this.settings = settings;
  }

  callsOf(method: string): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }
}
