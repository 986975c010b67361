import { parseRangeA1, toA1 } from '../../../engine/workbook/a1';
import { CellGridBuilder, type CellGrid } from '../../../engine/workbook/cell-grid';
import { cellKey } from '../../../engine/workbook/cell-map';
import type { TextTable } from '../../../engine/workbook/text-table';
import type { CellValue, RangeRef } from '../../../engine/workbook/types';
import { badCellError } from '../read-errors';
import { detachString } from '../xml/detach-string';
import { isPlainText, type TextRange, type XmlCursor } from '../xml/xml-cursor';
import { cellValue, isCellValueProblem, type CellValueProblem } from './cell-value';
import { MAX_ROW_INDEX, parseCellReference, parseDigits, type CellPosition } from './cell-reference';
import { readRichText } from './read-rich-text';
import { emptySimpleCell, locateSimpleCell } from './simple-cell';
import { emptySimpleRow, locateSimpleRow } from './simple-row';
import { decodeOoxmlEscapes } from '../xml/xml-escape';
import { TextCache } from './text-cache';
import { SharedFormulas } from './shared-formulas';

export interface SheetStyles {
  readonly sharedStrings: TextTable;
  /** Number format per cell style index; undefined is General. */
  readonly numberFormats: readonly (string | undefined)[];
}

export interface SheetContent {
  readonly cells: CellGrid;
  readonly merges: RangeRef[];
}

/** The `<f>` of a cell: its formula text, or the shared group it takes its formula from. */
interface FormulaElement {
  readonly text: string | undefined;
  readonly sharedIndex: string | undefined;
}

function readFormulaElement(cursor: XmlCursor, open: boolean): FormulaElement {
  const type = cursor.attr('t');
  return formulaElement(type, type === 'shared' ? cursor.attr('si') : undefined, open ? detachString(cursor.readText()) : '');
}

/** An `<f>` of type `type` (its `t`), group `si` when shared, and text `text`. */
function formulaElement(type: string | undefined, si: string | undefined, text: string): FormulaElement {
  // A data table's cells hold TABLE() results: values only.
  if (type === 'dataTable') return { text: undefined, sharedIndex: undefined };
  return { text: text === '' ? undefined : text, sharedIndex: si };
}

const FORMULA_TYPES = ['shared', 'array', 'dataTable', 'normal'];

/** The formula of a cell whose shared formula's master comes later in the part, until it is read. */
const PENDING = '';

const CELL_TYPES = ['s', 'n', 'str', 'b', 'e', 'inlineStr', 'd'];

/** `text[start, end)` as one of the `known` strings (no new string), else as written. */
function knownValue(text: string, start: number, end: number, known: readonly string[]): string {
  const length = end - start;
  // Indexed: `for…of` in code not yet optimized allocates an iterator result per step.
  for (let i = 0; i < known.length; i++) {
    const t = known[i]!;
    if (t.length === length && text.startsWith(t, start)) return t;
  }
  return text.slice(start, end);
}

/** Reads the cells of one worksheet part, and its merged ranges, from a cursor at its start. */
export class SheetReader {
  private readonly cells: CellGridBuilder;
  private readonly merges: RangeRef[] = [];
  private readonly sharedFormulas = new SharedFormulas();
  /** Cells whose shared formula's master comes later in the part, by `cellKey`: their index in `cells`. */
  private readonly pendingFormulas = new Map<number, number>();
  private readonly texts = new TextCache();
  /** The grid's number-format index of each cell style index, -1 until met. */
  private readonly formatIds: Int32Array;
  private readonly position: CellPosition = { row: -1, col: -1 };
  private readonly refRange: TextRange = { start: 0, end: 0 };
  private readonly valueRange: TextRange = { start: 0, end: 0 };
  private readonly typeRange: TextRange = { start: 0, end: 0 };
  private readonly simple = emptySimpleCell();
  private readonly simpleRow = emptySimpleRow();
  private readonly part: string;

  constructor(
    private readonly cursor: XmlCursor,
    private readonly styles: SheetStyles,
  ) {
    this.part = cursor.part;
    this.cells = new CellGridBuilder(styles.sharedStrings);
    this.formatIds = new Int32Array(styles.numberFormats.length).fill(-1);
  }

  read(): SheetContent {
    const cursor = this.cursor;
    let kind = cursor.next();
    while (kind !== 'end' && !(kind !== 'close' && cursor.isNamed('sheetData'))) kind = cursor.next();
    if (kind === 'open') this.readSheetData();
    for (kind = cursor.next(); kind !== 'end'; kind = cursor.next()) {
      if (kind !== 'close' && cursor.isNamed('mergeCell')) this.readMerge();
    }
    this.completeSharedFormulas();
    return { cells: this.cells.build(), merges: this.merges };
  }

  private readSheetData(): void {
    const cursor = this.cursor;
    const at = this.position;
    for (;;) {
      while (this.readSimpleRow());
      const kind = cursor.next();
      if (kind === 'close') {
        if (cursor.isNamed('sheetData')) return;
        while (this.readSimpleCell());
      } else if (cursor.isNamed('c')) {
        this.readCell(kind === 'open');
      } else if (cursor.isNamed('row')) {
        const r = cursor.attrInt('r');
        at.row = r < 0 ? at.row + 1 : r - 1;
        at.col = -1;
        if (at.row < 0 || at.row > MAX_ROW_INDEX || (r < 0 && cursor.attr('r') !== undefined)) {
          const raw = cursor.attr('r') ?? '';
          throw badCellError(this.part, `row ${raw}`, 'reasonBadReference', { ref: raw });
        }
        if (kind === 'open') while (this.readSimpleCell());
      } else if (kind === 'open') {
        cursor.skipElement();
      }
    }
  }

  private readCell(open: boolean): void {
    const cursor = this.cursor;
    const at = this.position;
    const ref = this.refRange;
    if (!cursor.attrRange('r', ref)) {
      at.col++;
      if (at.row < 0) at.row = 0;
    } else if (!parseCellReference(cursor.text, at, ref.start, ref.end)) {
      const r = cursor.attr('r') ?? '';
      throw badCellError(this.part, r, 'reasonBadReference', { ref: r });
    }
    const row = at.row;
    const col = at.col;
    const typeRange = this.typeRange;
    const type = cursor.attrRange('t', typeRange) ? knownValue(cursor.text, typeRange.start, typeRange.end, CELL_TYPES) : undefined;
    const style = cursor.attrInt('s');
    let v: string | undefined;
    let plain: CellValue | CellValueProblem | undefined;
    let sharedString = -1;
    let inline: string | undefined;
    let formula: FormulaElement | undefined;
    if (open) {
      for (let kind = cursor.next(); kind !== 'close'; kind = cursor.next()) {
        if (cursor.isNamed('v')) {
          if (kind !== 'open') v = '';
          else if (!cursor.readPlainText(this.valueRange)) v = cursor.readText();
          // Offsets into the text hold only until the cursor moves on: use them now.
          else if (type === 's') sharedString = this.sharedStringIndex(row, col);
          else plain = this.plainValue(type);
        } else if (cursor.isNamed('f')) {
          formula = readFormulaElement(cursor, kind === 'open');
        } else if (cursor.isNamed('is')) {
          inline = kind === 'open' ? readRichText(cursor) : '';
        } else if (kind === 'open') {
          cursor.skipElement();
        }
      }
    }
    this.store(row, col, type, style, v, plain, sharedString, inline, formula);
  }

  /**
   * The next row when its start tag is in a simple form (see `simple-row.ts`): its cells read,
   * and its end tag when every cell was simple too; false when the rest is for the cursor (a row
   * in another form, or a cell that is not simple: the row is then open for the cursor to read on).
   */
  private readSimpleRow(): boolean {
    const cursor = this.cursor;
    const text = cursor.text;
    const r = this.simpleRow;
    if (!locateSimpleRow(text, cursor.offset, r)) return false;
    const n = r.refStart < 0 ? -1 : parseDigits(text, r.refStart, r.refEnd);
    const at = this.position;
    const row = n < 0 ? at.row + 1 : n - 1;
    // A bad `r` is left to the cursor, which names it.
    if (!(row >= 0 && row <= MAX_ROW_INDEX)) return false;
    at.row = row;
    at.col = -1;
    if (r.selfClosing) {
      cursor.skipTo(r.end);
      return true;
    }
    cursor.enterElement(r.start, 'row'.length, r.end);
    while (this.readSimpleCell());
    return cursor.closeElementHere();
  }

  /** The next cell when it is in a simple form (see `simple-cell.ts`): read, stored, and the cursor moved past it. */
  private readSimpleCell(): boolean {
    const cursor = this.cursor;
    const c = this.simple;
    const text = cursor.text;
    if (!locateSimpleCell(text, cursor.offset, c)) return false;
    const style = c.styleStart < 0 ? -1 : parseDigits(text, c.styleStart, c.styleEnd);
    if (style !== style) return false; // a style that is not a plain number: the cursor says what is wrong
    const at = this.position;
    if (c.refStart < 0) {
      at.col++;
      if (at.row < 0) at.row = 0;
    } else if (!parseCellReference(text, at, c.refStart, c.refEnd)) {
      const r = text.slice(c.refStart, c.refEnd);
      throw badCellError(this.part, r, 'reasonBadReference', { ref: r });
    }
    const row = at.row;
    const col = at.col;
    const type = c.typeStart < 0 ? undefined : knownValue(text, c.typeStart, c.typeEnd, CELL_TYPES);
    let v: string | undefined;
    let plain: CellValue | CellValueProblem | undefined;
    let sharedString = -1;
    if (c.valueStart >= 0) {
      this.valueRange.start = c.valueStart;
      this.valueRange.end = c.valueEnd;
      if (!isPlainText(text, c.valueStart, c.valueEnd)) v = cursor.decode(text.slice(c.valueStart, c.valueEnd));
      else if (type === 's') sharedString = this.sharedStringIndex(row, col);
      else plain = this.plainValue(type);
    }
    const inline = c.inlineStart < 0 ? undefined : decodeOoxmlEscapes(cursor.decode(text.slice(c.inlineStart, c.inlineEnd)));
    const formula = c.formulaStart < 0 ? undefined : this.simpleFormula(text);
    cursor.skipTo(c.end);
    this.store(row, col, type, style, v, plain, sharedString, inline, formula);
    return true;
  }

  /** The `<f>` of the simple cell just located. */
  private simpleFormula(text: string): FormulaElement {
    const c = this.simple;
    const type = c.formulaTypeStart < 0 ? undefined : knownValue(text, c.formulaTypeStart, c.formulaTypeEnd, FORMULA_TYPES);
    const si = type === 'shared' && c.formulaSiStart >= 0 ? text.slice(c.formulaSiStart, c.formulaSiEnd) : undefined;
    const formula = c.formulaEnd > c.formulaStart ? detachString(this.cursor.decode(text.slice(c.formulaStart, c.formulaEnd))) : '';
    return formulaElement(type, si, formula);
  }

  private store(
    row: number,
    col: number,
    type: string | undefined,
    style: number,
    v: string | undefined,
    plain: CellValue | CellValueProblem | undefined,
    sharedString: number,
    inline: string | undefined,
    formula: FormulaElement | undefined,
  ): void {
    const format = this.formatId(style);
    if (sharedString >= 0 && formula === undefined) {
      this.cells.addSharedText(row, col, sharedString, format);
      return;
    }
    const value =
      sharedString >= 0 ? this.styles.sharedStrings.text(sharedString) : plain ?? cellValue(type, v, inline, this.styles.sharedStrings);
    if (isCellValueProblem(value)) throw badCellError(this.part, toA1(row, col), value.reason, value.params);
    if (formula !== undefined) {
      const text = this.formulaText(formula, row, col);
      const cached = typeof value === 'string' ? detachString(value) : value;
      if (text !== undefined) {
        const index = this.cells.add(row, col, cached, format, text);
        if (text === PENDING) this.pendingFormulas.set(cellKey(row, col), index);
        return;
      }
    }
    if (typeof value === 'string') this.cells.add(row, col, this.texts.detached(value), format, undefined);
    else if (value !== null || format !== 0) this.cells.add(row, col, value, format, undefined);
  }

  /** The grid's index of the number format of cell style `style` (-1: no style). */
  private formatId(style: number): number {
    if (style < 0 || style >= this.formatIds.length) return 0;
    let id = this.formatIds[style]!;
    if (id < 0) this.formatIds[style] = id = this.cells.formatId(this.styles.numberFormats[style]);
    return id;
  }

  /** The value of a cell whose `<v>` is plain text at `valueRange`; integers are read in place. */
  private plainValue(type: string | undefined): CellValue | CellValueProblem {
    const { start, end } = this.valueRange;
    const text = this.cursor.text;
    if (type === undefined || type === 'n') {
      const n = parseDigits(text, start, end);
      if (n === n) return n;
    }
    return cellValue(type, text.slice(start, end), undefined, this.styles.sharedStrings);
  }

  /** The index of a shared-string cell whose `<v>` is at `valueRange`, read in place and checked. */
  private sharedStringIndex(row: number, col: number): number {
    const { start, end } = this.valueRange;
    const index = parseDigits(this.cursor.text, start, end);
    if (!(index >= 0 && index < this.styles.sharedStrings.size)) {
      const raw = this.cursor.text.slice(start, end);
      throw badCellError(this.part, toA1(row, col), 'reasonBadSharedString', { index: raw });
    }
    return index;
  }

  private formulaText(f: FormulaElement, row: number, col: number): string | undefined {
    if (f.sharedIndex === undefined) return f.text;
    // Until a later master is seen the cell gets PENDING and is completed by `read()`.
    return this.sharedFormulas.formulaOf(f.sharedIndex, f.text, row, col) ?? PENDING;
  }

  private readMerge(): void {
    const ref = this.cursor.attr('ref') ?? '';
    const range = parseRangeA1(ref);
    if (!range) throw badCellError(this.part, ref, 'reasonBadReference', { ref });
    this.merges.push(range);
  }

  private completeSharedFormulas(): void {
    for (const { row, col, formula } of this.sharedFormulas.resolvePending(this.part)) {
      this.cells.setFormula(this.pendingFormulas.get(cellKey(row, col))!, formula);
    }
  }
}
