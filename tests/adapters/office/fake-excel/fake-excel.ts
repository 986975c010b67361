import type { ExcelContext, ExcelRunner, RunOptions } from '../../../../src/adapters/office/excel-surface';
import type { Workbook } from '../../../../src/engine/workbook/types';
import { FakeContextCore, FakeExcelError, type FakeExcelOptions, type FakeHost, type SyncRecord } from './fake-context';
import { fakeStateOf, type FakeWorkbookState } from './fake-state';
import { FakeApplication, FakeWorksheetCollection } from './fake-worksheet';

class FakeContext extends FakeContextCore implements ExcelContext {
  readonly workbook: { readonly worksheets: FakeWorksheetCollection };
  readonly application: FakeApplication;

  constructor(host: FakeHost, modes: FakeExcel['calculation']) {
    super(host);
    this.workbook = { worksheets: new FakeWorksheetCollection(this) };
    this.application = new FakeApplication(this, modes);
  }
}

/**
 * A strict in-memory Excel behind the adapter's `ExcelRunner`: the state is a plain workbook,
 * every `sync` is counted and measured (request and response JSON bytes), and Excel's refusals
 * are reproduced (payload over the limit, more than 512 merged areas, a property read before it
 * was loaded, a queued action never synced).
 */
export class FakeExcel implements FakeHost {
  readonly options: FakeExcelOptions;
  readonly syncs: SyncRecord[] = [];
  readonly runs: RunOptions[] = [];
  readonly written = new Set<string>();
  readonly calculation = { current: 'Automatic', history: [] as string[], screenSuspensions: 0 };

  constructor(
    readonly state: FakeWorkbookState,
    options: Partial<FakeExcelOptions> = {},
  ) {
    this.options = { payloadLimit: 5 * 1024 * 1024, mergedAreasLimit: 512, ...options };
  }

  static of(workbook: Workbook, options: Partial<FakeExcelOptions> = {}): FakeExcel {
    return new FakeExcel(fakeStateOf(workbook), options);
  }

  record(sync: SyncRecord): void {
    this.syncs.push(sync);
  }

  noteWrite(sheet: string, row: number, col: number): void {
    this.written.add(`${sheet}\u0000${row}\u0000${col}`);
  }

  /** Forgets what was counted so far (syncs, runs, written cells). */
  resetCounters(): void {
    this.syncs.length = 0;
    this.runs.length = 0;
    this.written.clear();
    this.calculation.history.length = 0;
    this.calculation.screenSuspensions = 0;
  }

  readonly run: ExcelRunner = async <T>(options: RunOptions, batch: (context: ExcelContext) => Promise<T>): Promise<T> => {
    this.runs.push(options);
    const context = new FakeContext(this, this.calculation);
    const result = await batch(context);
    if (context.pending > 0) throw new FakeExcelError('Unsynced', `${context.pending} queued actions were never synced`);
    return result;
  };

  get syncCount(): number {
    return this.syncs.length;
  }

  get largestRequest(): number {
    return Math.max(0, ...this.syncs.map((s) => s.requestBytes));
  }

  /** The largest response delivered: one Excel refuses as too large never reaches the add-in. */
  get largestResponse(): number {
    return Math.max(0, ...this.syncs.filter((s) => s.failed === undefined).map((s) => s.responseBytes));
  }

  get refusedSyncs(): number {
    return this.syncs.filter((s) => s.failed !== undefined).length;
  }
}
