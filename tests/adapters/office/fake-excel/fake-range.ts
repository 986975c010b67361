import { parseRangeA1, toA1 } from '../../../../src/engine/workbook/a1';
import type { RangeRef } from '../../../../src/engine/workbook/types';
import type { BorderEdge, CellProps, CellPropsQuery, ColumnProps, ColumnPropsQuery, Range, RangeAreas, RangeBorder, RangeFill, RangeFormat } from '../../../../src/adapters/office/excel-surface';
import { FakeClientResult, FakeExcelError, FakeProxy, type FakeContextCore } from './fake-context';
import { clearFill, queryFormat, setFormat } from './fake-formats';
import { typedInput } from './fake-input';
import { cellKey, DEFAULT_COLUMN_WIDTH, type FakeCell, type FakeSheet, type FormatRecord } from './fake-state';

export interface Located {
  readonly sheet: FakeSheet;
  readonly ref: RangeRef;
}

export const quoteSheet = (name: string): string => (/^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);
const refA1 = (ref: RangeRef): string => (ref.r1 === ref.r2 && ref.c1 === ref.c2 ? toA1(ref.r1, ref.c1) : `${toA1(ref.r1, ref.c1)}:${toA1(ref.r2, ref.c2)}`);
const overlaps = (a: RangeRef, b: RangeRef): boolean => a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;

export function parseAddress(address: string): RangeRef {
  const ref = parseRangeA1(address);
  if (!ref) throw new FakeExcelError('InvalidArgument', `address ${address}`);
  return ref;
}

function cellsOf(ref: RangeRef, at: (row: number, col: number) => unknown): unknown[][] {
  const out: unknown[][] = [];
  for (let r = ref.r1; r <= ref.r2; r++) {
    const line: unknown[] = [];
    for (let c = ref.c1; c <= ref.c2; c++) line.push(at(r, c));
    out.push(line);
  }
  return out;
}

const excelValue = (cell: FakeCell | undefined): unknown => {
  const v = cell?.value ?? null;
  if (v === null) return '';
  return typeof v === 'object' ? v.error : v;
};

export class FakeRange extends FakeProxy implements Range {
  protected override readonly nullable: boolean;

  constructor(
    core: FakeContextCore,
    path: string,
    private readonly locate: () => Located | null,
    nullable = false,
  ) {
    super(core, path);
    this.nullable = nullable;
  }

  /** The range now, at sync time; a null object or a missing sheet fails any action on it. */
  private target(): Located {
    const at = this.locate();
    if (!at) throw new FakeExcelError('ItemNotFound', `${this.path} (null object)`);
    return at;
  }

  protected fetch(properties: readonly string[]): Record<string, unknown> | null {
    const at = this.locate();
    if (!at) return null;
    const { sheet, ref } = at;
    const cell = (r: number, c: number): FakeCell | undefined => sheet.cells.get(cellKey(r, c));
    const out: Record<string, unknown> = {};
    for (const p of properties) {
      switch (p) {
        case 'rowIndex': out[p] = ref.r1; break;
        case 'columnIndex': out[p] = ref.c1; break;
        case 'rowCount': out[p] = ref.r2 - ref.r1 + 1; break;
        case 'columnCount': out[p] = ref.c2 - ref.c1 + 1; break;
        case 'address': out[p] = `${quoteSheet(sheet.name)}!${refA1(ref)}`; break;
        case 'values': out[p] = cellsOf(ref, (r, c) => excelValue(cell(r, c))); break;
        // `formulas` shows text without its apostrophe (office-js #6687) and constants as values.
        case 'formulas': out[p] = cellsOf(ref, (r, c) => (cell(r, c)?.formula !== undefined ? `=${cell(r, c)!.formula}` : excelValue(cell(r, c)))); break;
        case 'numberFormat': out[p] = cellsOf(ref, (r, c) => cell(r, c)?.numberFormat ?? 'General'); break;
        default: throw new FakeExcelError('InvalidArgument', `the double does not load Range.${p}`);
      }
    }
    return out;
  }

  get address(): string { return this.property('address'); }
  get rowIndex(): number { return this.property('rowIndex'); }
  get columnIndex(): number { return this.property('columnIndex'); }
  get rowCount(): number { return this.property('rowCount'); }
  get columnCount(): number { return this.property('columnCount'); }

  get values(): unknown[][] { return this.property('values'); }
  set values(rows: unknown[][]) { this.setCells('values', rows, (cell, input) => Object.assign(cell, typedInput(input, cell))); }
  get formulas(): unknown[][] { return this.property('formulas'); }
  set formulas(rows: unknown[][]) { this.setCells('formulas', rows, (cell, input) => Object.assign(cell, typedInput(input, cell))); }
  get numberFormat(): unknown[][] { return this.property('numberFormat'); }
  set numberFormat(rows: unknown[][]) {
    this.setCells('numberFormat', rows, (cell, input) => {
      if (typeof input !== 'string') throw new FakeExcelError('InvalidArgument', 'numberFormat must be text');
      if (input === '' || input === 'General') delete cell.numberFormat;
      else cell.numberFormat = input;
    });
  }

  /** A 2-D assignment: the array must match the range exactly; `null` leaves a cell unchanged. */
  private setCells(name: string, rows: unknown[][], apply: (cell: FakeCell, input: unknown) => void): void {
    this.assign(name, rows, () => {
      const { sheet, ref } = this.target();
      this.checkShape(rows, ref, name);
      rows.forEach((line, i) =>
        line.forEach((input, j) => {
          if (input === null) return;
          const r = ref.r1 + i;
          const c = ref.c1 + j;
          const cell = this.cellAt(sheet, r, c);
          if (name !== 'numberFormat') delete cell.formula;
          apply(cell, input);
          this.noteWrite(sheet, r, c);
        }),
      );
    });
  }

  private checkShape(rows: readonly unknown[][], ref: RangeRef, name: string): void {
    if (!Array.isArray(rows) || rows.length !== ref.r2 - ref.r1 + 1 || rows.some((line) => !Array.isArray(line) || line.length !== ref.c2 - ref.c1 + 1)) {
      throw new FakeExcelError('InvalidArgument', `${name}: the array does not match ${refA1(ref)}`);
    }
  }

  private cellAt(sheet: FakeSheet, r: number, c: number): FakeCell {
    const key = cellKey(r, c);
    let cell = sheet.cells.get(key);
    if (!cell) {
      cell = { value: null };
      sheet.cells.set(key, cell);
    }
    return cell;
  }

  private noteWrite(sheet: FakeSheet, r: number, c: number): void {
    this.core.host.noteWrite(sheet.name, r, c);
  }

  private eachCell(run: (sheet: FakeSheet, r: number, c: number) => void): void {
    const { sheet, ref } = this.target();
    for (let r = ref.r1; r <= ref.r2; r++) for (let c = ref.c1; c <= ref.c2; c++) run(sheet, r, c);
  }

  /** Queues a format change applied to every cell of the range (`patchOf` gets the cell's position). */
  private formatAction(name: string, value: unknown, patchOf: (r: number, c: number, ref: RangeRef) => FormatRecord | undefined): void {
    this.assign(name, value, () => {
      const { sheet, ref } = this.target();
      for (let r = ref.r1; r <= ref.r2; r++) {
        for (let c = ref.c1; c <= ref.c2; c++) {
          const patch = patchOf(r, c, ref);
          if (!patch) continue;
          setFormat(this.cellAt(sheet, r, c), patch);
          this.noteWrite(sheet, r, c);
        }
      }
    });
  }

  get format(): RangeFormat {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the accessors below need the range
    const range = this;
    const notLoaded = (name: string): never => {
      throw new FakeExcelError('PropertyNotLoaded', `format.${name} is never loaded by the adapter`);
    };
    const fill: RangeFill = {
      get color(): string {
        return notLoaded('fill.color');
      },
      set color(color: string) {
        range.formatAction('format.fill.color', color, () => ({ fill: { color: color.toUpperCase(), pattern: 'Solid' } }));
      },
      clear(): void {
        range.act('format.fill.clear', [], () =>
          range.eachCell((sheet, r, c) => {
            const cell = sheet.cells.get(cellKey(r, c));
            if (cell) clearFill(cell);
            range.noteWrite(sheet, r, c);
          }),
        );
      },
    };
    const font = {
      get bold(): boolean {
        return notLoaded('font.bold');
      },
      set bold(bold: boolean) {
        range.formatAction('format.font.bold', bold, () => ({ font: { bold } }));
      },
    };
    const borders = {
      getItem(edge: BorderEdge): RangeBorder {
        // Which side of which cell an edge of the range is.
        const sideOf = (r: number, c: number, ref: RangeRef): string[] => {
          switch (edge) {
            case 'EdgeTop': return r === ref.r1 ? ['top'] : [];
            case 'EdgeBottom': return r === ref.r2 ? ['bottom'] : [];
            case 'EdgeLeft': return c === ref.c1 ? ['left'] : [];
            case 'EdgeRight': return c === ref.c2 ? ['right'] : [];
            case 'InsideHorizontal':
              if (ref.r1 === ref.r2) throw new FakeExcelError('InvalidArgument', 'InsideHorizontal of a single row');
              return [...(r > ref.r1 ? ['top'] : []), ...(r < ref.r2 ? ['bottom'] : [])];
            case 'InsideVertical':
              if (ref.c1 === ref.c2) throw new FakeExcelError('InvalidArgument', 'InsideVertical of a single column');
              return [...(c > ref.c1 ? ['left'] : []), ...(c < ref.c2 ? ['right'] : [])];
          }
        };
        const set = (property: string) => (value: string) =>
          range.formatAction(`format.borders(${edge}).${property}`, value, (r, c, ref) => {
            const sides = sideOf(r, c, ref);
            return sides.length === 0 ? undefined : { borders: Object.fromEntries(sides.map((side) => [side, { [property]: value }])) };
          });
        return {
          get style(): string { return notLoaded('borders.style'); },
          set style(v: string) { set('style')(v); },
          get weight(): string { return notLoaded('borders.weight'); },
          set weight(v: string) { set('weight')(v); },
          get color(): string { return notLoaded('borders.color'); },
          set color(v: string) { set('color')(v.toUpperCase()); },
        };
      },
    };
    return {
      fill,
      font,
      borders,
      get wrapText(): boolean { return notLoaded('wrapText'); },
      set wrapText(wrapText: boolean) { range.formatAction('format.wrapText', wrapText, () => ({ wrapText })); },
      get horizontalAlignment(): string { return notLoaded('horizontalAlignment'); },
      set horizontalAlignment(horizontalAlignment: string) { range.formatAction('format.horizontalAlignment', horizontalAlignment, () => ({ horizontalAlignment })); },
      get verticalAlignment(): string { return notLoaded('verticalAlignment'); },
      set verticalAlignment(verticalAlignment: string) { range.formatAction('format.verticalAlignment', verticalAlignment, () => ({ verticalAlignment })); },
    };
  }

  getMergedAreasOrNullObject(): RangeAreas {
    return new FakeRangeAreas(this.core, `${this.path}.getMergedAreasOrNullObject()`, () => this.locate());
  }

  getCellProperties(query: CellPropsQuery): { readonly value: CellProps[][] } {
    return new FakeClientResult(this.core, { ActionType: 'Method', ObjectPath: this.path, Name: 'getCellProperties', Arguments: query }, () => {
      const { sheet, ref } = this.target();
      return cellsOf(ref, (r, c) => (query.format ? { format: queryFormat(query.format as FormatRecord, sheet.cells.get(cellKey(r, c))?.format) } : {})) as CellProps[][];
    });
  }

  setCellProperties(props: CellProps[][]): void {
    this.act('setCellProperties', props, () => {
      const { sheet, ref } = this.target();
      this.checkShape(props, ref, 'setCellProperties');
      props.forEach((line, i) =>
        line.forEach((p, j) => {
          if (!p.format || Object.keys(p.format).length === 0) return;
          setFormat(this.cellAt(sheet, ref.r1 + i, ref.c1 + j), p.format as FormatRecord);
          this.noteWrite(sheet, ref.r1 + i, ref.c1 + j);
        }),
      );
    });
  }

  getColumnProperties(query: ColumnPropsQuery): { readonly value: ColumnProps[] } {
    return new FakeClientResult(this.core, { ActionType: 'Method', ObjectPath: this.path, Name: 'getColumnProperties', Arguments: query }, () => {
      const { sheet, ref } = this.target();
      if (query.format && Object.keys(query.format).some((k) => k !== 'columnWidth')) throw new FakeExcelError('InvalidArgument', 'the double loads only columnWidth');
      const out: ColumnProps[] = [];
      for (let c = ref.c1; c <= ref.c2; c++) out.push({ format: { columnWidth: sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH } });
      return out;
    });
  }

  setColumnProperties(props: ColumnProps[]): void {
    this.act('setColumnProperties', props, () => {
      const { sheet, ref } = this.target();
      if (props.length !== ref.c2 - ref.c1 + 1) throw new FakeExcelError('InvalidArgument', 'setColumnProperties: one entry per column');
      props.forEach((p, j) => {
        const width = p.format?.columnWidth;
        if (width !== undefined) sheet.columnWidths.set(ref.c1 + j, width);
      });
    });
  }

  clear(applyTo: 'All' | 'Contents' | 'Formats' = 'All'): void {
    this.act('clear', [applyTo], () =>
      this.eachCell((sheet, r, c) => {
        const key = cellKey(r, c);
        const cell = sheet.cells.get(key);
        if (!cell) return;
        if (applyTo === 'All') sheet.cells.delete(key);
        else if (applyTo === 'Contents') {
          cell.value = null;
          delete cell.formula;
        } else {
          delete cell.numberFormat;
          delete cell.format;
        }
        this.noteWrite(sheet, r, c);
      }),
    );
  }

  merge(across = false): void {
    this.act('merge', [across], () => {
      const { sheet, ref } = this.target();
      if (across) throw new FakeExcelError('InvalidArgument', 'the double merges whole areas only');
      if (sheet.merges.some((m) => overlaps(m, ref))) throw new FakeExcelError('InvalidOperation', `merge over an existing merge at ${refA1(ref)}`);
      sheet.merges.push({ ...ref });
    });
  }

  unmerge(): void {
    this.act('unmerge', [], () => {
      const { sheet, ref } = this.target();
      sheet.merges = sheet.merges.filter((m) => !overlaps(m, ref));
    });
  }

  select(): void {
    this.act('select', [], () => {
      const { sheet, ref } = this.target();
      this.core.host.state.selection = { sheet: sheet.name, address: refA1(ref) };
    });
  }
}

export class FakeRangeAreas extends FakeProxy implements RangeAreas {
  protected override readonly nullable = true;

  constructor(
    core: FakeContextCore,
    path: string,
    private readonly locate: () => Located | null,
  ) {
    super(core, path);
  }

  protected fetch(properties: readonly string[]): Record<string, unknown> | null {
    const at = this.locate();
    if (!at) throw new FakeExcelError('ItemNotFound', this.path);
    const areas = at.sheet.merges.filter((m) => overlaps(m, at.ref));
    if (areas.length > this.core.host.options.mergedAreasLimit) throw new FakeExcelError('GeneralException', `${areas.length} merged areas in ${refA1(at.ref)}`);
    if (areas.length === 0) return null;
    const out: Record<string, unknown> = {};
    for (const p of properties) {
      if (p === 'address') out[p] = areas.map((m) => `${quoteSheet(at.sheet.name)}!${refA1(m)}`).join(', ');
      else if (p === 'areaCount') out[p] = areas.length;
      else throw new FakeExcelError('InvalidArgument', `the double does not load RangeAreas.${p}`);
    }
    return out;
  }

  get address(): string {
    return this.property('address');
  }
}

