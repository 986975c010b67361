import type { Application, FreezePanes, PageLayout, PageZoom, Range, Worksheet, WorksheetCollection } from '../../../../src/adapters/office/excel-surface';
import { FakeExcelError, FakeProxy, type FakeContextCore } from './fake-context';
import { FakeRange, parseAddress, quoteSheet, type Located } from './fake-range';
import { emptySheet, LAST_COLUMN, LAST_ROW, type FakeSheet } from './fake-state';
import type { RangeRef } from '../../../../src/engine/workbook/types';

const VISIBILITIES = new Set(['Visible', 'Hidden', 'VeryHidden']);

/** The used range as Excel computes it: cells with content (and, unless `valuesOnly`, with formats). */
export function usedRange(sheet: FakeSheet, valuesOnly: boolean): RangeRef | null {
  let box: RangeRef | null = null;
  for (const [key, cell] of sheet.cells) {
    const hasValue = cell.value !== null || cell.formula !== undefined;
    const hasFormat = cell.numberFormat !== undefined || (cell.format !== undefined && Object.keys(cell.format).length > 0);
    if (!hasValue && (valuesOnly || !hasFormat)) continue;
    const [r, c] = key.split(',').map(Number) as [number, number];
    box = box ? { r1: Math.min(box.r1, r), c1: Math.min(box.c1, c), r2: Math.max(box.r2, r), c2: Math.max(box.c2, c) } : { r1: r, c1: c, r2: r, c2: c };
  }
  if (!valuesOnly) {
    for (const m of sheet.merges) {
      box = box ? { r1: Math.min(box.r1, m.r1), c1: Math.min(box.c1, m.c1), r2: Math.max(box.r2, m.r2), c2: Math.max(box.c2, m.c2) } : { ...m };
    }
  }
  return box;
}

class FakeFreezePanes implements FreezePanes {
  constructor(
    private readonly core: FakeContextCore,
    private readonly sheet: () => FakeSheet,
    private readonly path: string,
  ) {}

  private set(name: string, args: unknown, freeze: (sheet: FakeSheet) => RangeRef | undefined): void {
    this.core.enqueue({
      request: { ActionType: 'Method', ObjectPath: `${this.path}.freezePanes`, Name: name, Arguments: args },
      run: () => {
        const sheet = this.sheet();
        const next = freeze(sheet);
        if (next) sheet.freeze = next;
        else delete sheet.freeze;
      },
    });
  }

  freezeRows(count = 1): void {
    this.set('freezeRows', [count], () => ({ r1: 0, c1: 0, r2: count - 1, c2: LAST_COLUMN }));
  }
  freezeColumns(count = 1): void {
    this.set('freezeColumns', [count], () => ({ r1: 0, c1: 0, r2: LAST_ROW, c2: count - 1 }));
  }
  freezeAt(frozenRange: string): void {
    this.set('freezeAt', [frozenRange], () => {
      const ref = parseAddress(frozenRange);
      if (ref.r1 !== 0 || ref.c1 !== 0) throw new FakeExcelError('InvalidArgument', 'freezeAt must start at A1 in the double');
      return ref;
    });
  }
  unfreeze(): void {
    this.set('unfreeze', [], () => undefined);
  }
  getLocationOrNullObject(): Range {
    return new FakeRange(this.core, `${this.path}.freezePanes.getLocationOrNullObject()`, () => {
      const sheet = this.sheet();
      return sheet.freeze ? { sheet, ref: sheet.freeze } : null;
    }, true);
  }
}

class FakePageLayout extends FakeProxy implements PageLayout {
  constructor(
    core: FakeContextCore,
    path: string,
    private readonly sheet: () => FakeSheet,
  ) {
    super(core, path);
  }

  protected fetch(properties: readonly string[]): Record<string, unknown> {
    const sheet = this.sheet();
    const out: Record<string, unknown> = {};
    for (const p of properties) {
      if (p === 'orientation') out[p] = sheet.orientation;
      else if (p === 'zoom') out[p] = { ...sheet.zoom };
      else throw new FakeExcelError('InvalidArgument', `the double does not load PageLayout.${p}`);
    }
    return out;
  }

  get orientation(): string { return this.property('orientation'); }
  set orientation(value: string) {
    this.assign('orientation', value, () => {
      if (this.core.host.options.refusePageLayout) throw new FakeExcelError('ApiNotFound', 'this host has no page layout');
      if (value !== 'Portrait' && value !== 'Landscape') throw new FakeExcelError('InvalidArgument', `orientation ${value}`);
      this.sheet().orientation = value;
    });
  }
  get zoom(): PageZoom { return this.property('zoom'); }
  set zoom(value: PageZoom) {
    this.assign('zoom', value, () => {
      this.sheet().zoom = { ...value };
    });
  }
}

export class FakeWorksheet extends FakeProxy implements Worksheet {
  protected override readonly nullable: boolean;
  readonly freezePanes: FreezePanes;
  readonly pageLayout: PageLayout;

  constructor(
    core: FakeContextCore,
    private readonly sheetName: string,
    nullable = false,
  ) {
    super(core, `worksheets(${quoteSheet(sheetName)})`);
    this.nullable = nullable;
    this.freezePanes = new FakeFreezePanes(core, () => this.sheet(), this.path);
    this.pageLayout = new FakePageLayout(core, `${this.path}.pageLayout`, () => this.sheet());
  }

  private find(): FakeSheet | undefined {
    return this.core.host.state.sheets.find((s) => s.name === this.sheetName);
  }

  private sheet(): FakeSheet {
    const sheet = this.find();
    if (!sheet) throw new FakeExcelError('ItemNotFound', this.path);
    return sheet;
  }

  protected fetch(properties: readonly string[]): Record<string, unknown> | null {
    const sheet = this.find();
    if (!sheet) return null;
    const out: Record<string, unknown> = {};
    for (const p of properties) {
      if (p === 'name') out[p] = sheet.name;
      else if (p === 'visibility') out[p] = sheet.visibility;
      else if (p === 'position') out[p] = this.core.host.state.sheets.indexOf(sheet);
      else throw new FakeExcelError('InvalidArgument', `the double does not load Worksheet.${p}`);
    }
    return out;
  }

  get name(): string { return this.property('name'); }
  set name(_: string) { throw new FakeExcelError('InvalidOperation', 'the adapter never renames sheets'); }
  get visibility(): string { return this.property('visibility'); }
  set visibility(value: string) {
    this.assign('visibility', value, () => {
      if (!VISIBILITIES.has(value)) throw new FakeExcelError('InvalidArgument', `visibility ${value}`);
      const sheet = this.sheet();
      if (value !== 'Visible' && this.core.host.state.sheets.every((s) => s === sheet || s.visibility !== 'Visible')) {
        throw new FakeExcelError('InvalidOperation', 'a workbook keeps one visible sheet');
      }
      sheet.visibility = value as FakeSheet['visibility'];
    });
  }
  get position(): number { return this.property('position'); }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return new FakeRange(this.core, `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`, () => {
      const sheet = this.sheet();
      const ref = usedRange(sheet, valuesOnly);
      return ref ? { sheet, ref } : null;
    }, true);
  }

  /** Without an address: the whole sheet, as in Excel. */
  getRange(address?: string): Range {
    const ref = address === undefined ? { r1: 0, c1: 0, r2: 1048575, c2: 16383 } : parseAddress(address);
    return new FakeRange(this.core, `${this.path}.getRange(${address})`, (): Located => ({ sheet: this.sheet(), ref }));
  }

  activate(): void {
    this.act('activate', [], () => {
      this.core.host.state.active = this.sheet().name;
    });
  }

  delete(): void {
    this.act('delete', [], () => {
      const state = this.core.host.state;
      const sheet = this.sheet();
      if (state.sheets.filter((s) => s !== sheet && s.visibility === 'Visible').length === 0) {
        throw new FakeExcelError('InvalidOperation', 'cannot delete the last visible sheet');
      }
      state.sheets.splice(state.sheets.indexOf(sheet), 1);
      if (state.active === sheet.name) delete state.active;
    });
  }
}

export class FakeWorksheetCollection extends FakeProxy implements WorksheetCollection {
  private itemProxies: FakeWorksheet[] | undefined;

  constructor(core: FakeContextCore) {
    super(core, 'worksheets');
  }

  protected fetch(properties: readonly string[]): Record<string, unknown> {
    const fields = properties.map((p) => {
      const m = /^items\/(name|visibility|position)$/.exec(p);
      if (!m) throw new FakeExcelError('InvalidArgument', `the double loads items/name|visibility|position, not ${p}`);
      return m[1]!;
    });
    const sheets = this.core.host.state.sheets;
    const items = sheets.map((s, i) => Object.fromEntries(fields.map((f) => [f, f === 'name' ? s.name : f === 'visibility' ? s.visibility : i])));
    return { items };
  }

  protected override afterLoad(data: Record<string, unknown>): void {
    this.itemProxies = (data.items as Record<string, unknown>[]).map((item) => {
      const proxy = new FakeWorksheet(this.core, String(item.name));
      proxy.adopt(item);
      return proxy;
    });
  }

  get items(): Worksheet[] {
    if (!this.itemProxies) throw new FakeExcelError('PropertyNotLoaded', 'worksheets.items was read before load() and sync()');
    return this.itemProxies;
  }

  getItem(key: string): Worksheet {
    return new FakeWorksheet(this.core, key);
  }

  getItemOrNullObject(key: string): Worksheet {
    return new FakeWorksheet(this.core, key, true);
  }

  add(name?: string): Worksheet {
    if (name === undefined) throw new FakeExcelError('InvalidArgument', 'the double needs a sheet name');
    const proxy = new FakeWorksheet(this.core, name);
    this.core.enqueue({
      request: { ActionType: 'Method', ObjectPath: this.path, Name: 'add', Arguments: [name] },
      run: () => {
        const state = this.core.host.state;
        if (state.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new FakeExcelError('ItemAlreadyExists', name);
        state.sheets.push(emptySheet(name));
      },
    });
    return proxy;
  }
}

export class FakeApplication extends FakeProxy implements Application {
  constructor(
    core: FakeContextCore,
    private readonly modes: { current: string; history: string[]; screenSuspensions: number },
  ) {
    super(core, 'application');
  }

  protected fetch(properties: readonly string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const p of properties) {
      if (p === 'calculationMode') out[p] = this.modes.current;
      else throw new FakeExcelError('InvalidArgument', `the double does not load Application.${p}`);
    }
    return out;
  }

  get calculationMode(): string { return this.property('calculationMode'); }
  set calculationMode(mode: string) {
    this.assign('calculationMode', mode, () => {
      if (!['Automatic', 'AutomaticExceptTables', 'Manual'].includes(mode)) throw new FakeExcelError('InvalidArgument', mode);
      this.modes.current = mode;
      this.modes.history.push(mode);
    });
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.act('suspendScreenUpdatingUntilNextSync', [], () => {
      this.modes.screenSuspensions++;
    });
  }
}

