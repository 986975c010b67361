import type { FakeWorkbookState } from './fake-state';

/** An error as Excel reports it: a `code` such as `ItemNotFound`. */
export class FakeExcelError extends Error {
  /** As `OfficeExtension.Error.traceMessages`: the `context.trace` markers run before the failure. */
  traceMessages: string[] = [];

  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'FakeExcelError';
  }
}

/** What a queued action does when the batch reaches Excel. */
export interface QueuedAction {
  /** The action as the request carries it (measured as JSON). */
  readonly request: unknown;
  /** Runs against the workbook; a load returns its response and what to do once it is accepted. */
  readonly run: () => { readonly response: unknown; readonly commit: () => void } | void;
}

export interface SyncRecord {
  readonly actions: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly failed?: string;
}

export interface FakeExcelOptions {
  /** Excel on the web: 5 MB per request and per response. */
  readonly payloadLimit: number;
  /** More merged areas than this in one `getMergedAreasOrNullObject` fails (512 in Excel). */
  readonly mergedAreasLimit: number;
  /** A host that refuses page layout settings (print setup). */
  readonly refusePageLayout?: boolean;
}

export interface FakeHost {
  readonly state: FakeWorkbookState;
  readonly options: FakeExcelOptions;
  record(sync: SyncRecord): void;
  /** Cells written, as `Sheet!A1`, for the "no input cell is ever written" checks. */
  noteWrite(sheet: string, row: number, col: number): void;
}

const utf8Bytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value) ?? 'null', 'utf8');

/**
 * A request context that behaves like Excel's: actions are queued and run only at `sync`, loaded
 * properties become readable only after the `sync` that loaded them, a request or response over
 * the payload limit is refused whole, and an action that fails stops the batch (the actions
 * before it have happened, nothing after it has).
 */
export class FakeContextCore {
  private queue: QueuedAction[] = [];

  constructor(readonly host: FakeHost) {}

  enqueue(action: QueuedAction): void {
    this.queue.push(action);
  }

  get pending(): number {
    return this.queue.length;
  }

  trace(message: string): void {
    this.enqueue({ request: { ActionType: 'Trace', Message: message }, run: () => void this.traced.push(message) });
  }

  private traced: string[] = [];

  async sync(): Promise<void> {
    const actions = this.queue;
    this.queue = [];
    const requestBytes = utf8Bytes(actions.map((a) => a.request));
    const limit = this.host.options.payloadLimit;
    if (requestBytes > limit) {
      this.host.record({ actions: actions.length, requestBytes, responseBytes: 0, failed: 'RequestPayloadSizeLimitExceeded' });
      throw new FakeExcelError('RequestPayloadSizeLimitExceeded', `request of ${requestBytes} bytes`);
    }
    const accepted: { response: unknown; commit: () => void }[] = [];
    this.traced = [];
    for (const action of actions) {
      let outcome;
      try {
        outcome = action.run();
      } catch (error) {
        this.host.record({ actions: actions.length, requestBytes, responseBytes: 0, failed: error instanceof FakeExcelError ? error.code : String(error) });
        if (error instanceof FakeExcelError) error.traceMessages = this.traced;
        throw error;
      }
      if (outcome) accepted.push(outcome);
    }
    const responseBytes = utf8Bytes(accepted.map((a) => a.response));
    if (responseBytes > limit) {
      this.host.record({ actions: actions.length, requestBytes, responseBytes, failed: 'ResponsePayloadSizeLimitExceeded' });
      throw new FakeExcelError('ResponsePayloadSizeLimitExceeded', `response of ${responseBytes} bytes`);
    }
    this.host.record({ actions: actions.length, requestBytes, responseBytes });
    for (const a of accepted) a.commit();
  }
}

/**
 * A proxy of the double: reading a property that no `load` + `sync` brought throws, as in Excel
 * (office-addin-mock returns an error string there instead, which a test would not notice).
 */
export abstract class FakeProxy {
  private readonly loaded = new Map<string, unknown>();

  constructor(
    protected readonly core: FakeContextCore,
    /** A readable path of the object, carried in requests as Office.js carries object paths. */
    readonly path: string,
  ) {}

  /** The properties of the object as Excel would return them now; `null` for a null object. */
  protected abstract fetch(properties: readonly string[]): Record<string, unknown> | null;

  protected readonly nullable: boolean = false;

  protected property<T>(name: string): T {
    if (!this.loaded.has(name)) throw new FakeExcelError('PropertyNotLoaded', `${this.path}.${name} was read before load() and sync()`);
    return this.loaded.get(name) as T;
  }

  get isNullObject(): boolean {
    return this.property<boolean>('isNullObject');
  }

  load(propertyNames: string): this {
    const properties = propertyNames.split(',').map((p) => p.trim()).filter((p) => p !== '');
    this.core.enqueue({
      request: { ActionType: 'Query', ObjectPath: this.path, Select: properties },
      run: () => {
        const data = this.fetch(properties);
        if (data === null && !this.nullable) throw new FakeExcelError('ItemNotFound', this.path);
        return {
          response: data ?? { isNullObject: true },
          commit: () => {
            this.loaded.set('isNullObject', data === null);
            if (data) for (const [k, v] of Object.entries(data)) this.loaded.set(k, v);
            if (data) this.afterLoad(data);
          },
        };
      },
    });
    return this;
  }

  /** Called once loaded properties arrive (a collection builds its items there). */
  protected afterLoad(_data: Record<string, unknown>): void {}

  /** Properties that arrived with another object's load (a collection's items). */
  adopt(data: Record<string, unknown>): void {
    this.loaded.set('isNullObject', false);
    for (const [k, v] of Object.entries(data)) this.loaded.set(k, v);
  }

  /** Queues an action that changes the workbook. */
  protected act(name: string, args: unknown, run: () => void): void {
    this.core.enqueue({ request: { ActionType: 'Method', ObjectPath: this.path, Name: name, Arguments: args }, run });
  }

  /** Queues a property assignment. */
  protected assign(name: string, value: unknown, run: () => void): void {
    this.core.enqueue({ request: { ActionType: 'SetProperty', ObjectPath: this.path, Name: name, Value: value }, run });
  }
}

/** `ClientResult<T>`: its value is readable only after the sync. */
export class FakeClientResult<T> {
  private settled = false;
  private result: T | undefined;

  constructor(
    core: FakeContextCore,
    request: unknown,
    compute: () => T,
  ) {
    core.enqueue({
      request,
      run: () => {
        const value = compute();
        return {
          response: value,
          commit: () => {
            this.result = value;
            this.settled = true;
          },
        };
      },
    });
  }

  get value(): T {
    if (!this.settled) throw new FakeExcelError('PropertyNotLoaded', 'ClientResult.value was read before sync()');
    return this.result as T;
  }
}
