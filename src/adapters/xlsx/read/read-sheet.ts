import { parseRangeA1, toA1 } from '../../../engine/workbook/a1';
import type { Cell, CellValue, RangeRef } from '../../../engine/workbook/types';
import { shiftableFormula, type ShiftableFormula } from '../formula/shift-formula';
import { badCellError } from '../read-errors';
import { XmlCursor, type TextRange } from '../xml/xml-cursor';
import { cellValue, isCellValueProblem } from './cell-value';
import { MAX_ROW_INDEX, parseCellReference, type CellPosition } from './cell-reference';
import { readRichText } from './read-rich-text';

export interface SheetStyles {
  readonly sharedStrings: readonly string[];
  /** Number format per cell style index; undefined is General. */
  readonly numberFormats: readonly (string | undefined)[];
}

export interface SheetContent {
  readonly rows: (Cell | undefined)[][];
  readonly merges: RangeRef[];
}

interface SharedMaster {
  readonly row: number;
  readonly col: number;
  readonly formula: ShiftableFormula;
}

interface PendingShared {
  readonly row: number;
  readonly col: number;
  readonly si: string;
}

/** The `<f>` of a cell: its formula text, or the shared group it takes its formula from. */
interface FormulaElement {
  readonly text: string | undefined;
  readonly sharedIndex: string | undefined;
}

function readFormulaElement(cursor: XmlCursor, open: boolean): FormulaElement {
  const type = cursor.attr('t');
  const si = type === 'shared' ? cursor.attr('si') : undefined;
  const text = open ? cursor.readText() : '';
  // A data table's cells hold TABLE() results: values only.
  if (type === 'dataTable') return { text: undefined, sharedIndex: undefined };
  return { text: text === '' ? undefined : text, sharedIndex: si };
}

/** Reads the cells of one worksheet part, and its merged ranges. */
export class SheetReader {
  private readonly rows: (Cell | undefined)[][] = [];
  private readonly merges: RangeRef[] = [];
  private readonly masters = new Map<string, SharedMaster>();
  private readonly pending: PendingShared[] = [];
  private readonly emptyCells = new Map<string, Cell>();
  private readonly position: CellPosition = { row: -1, col: -1 };
  private readonly refRange: TextRange = { start: 0, end: 0 };
  private readonly cursor: XmlCursor;

  constructor(
    text: string,
    private readonly part: string,
    private readonly styles: SheetStyles,
  ) {
    this.cursor = new XmlCursor(text, part);
  }

  read(): SheetContent {
    const cursor = this.cursor;
    let kind = cursor.next();
    while (kind !== 'end' && !(kind !== 'close' && cursor.isNamed('sheetData'))) kind = cursor.next();
    if (kind === 'open') this.readSheetData();
    for (kind = cursor.next(); kind !== 'end'; kind = cursor.next()) {
      if (kind !== 'close' && cursor.isNamed('mergeCell')) this.readMerge();
    }
    this.resolvePendingSharedFormulas();
    return { rows: this.rows, merges: this.merges };
  }

  private readSheetData(): void {
    const cursor = this.cursor;
    const at = this.position;
    for (;;) {
      const kind = cursor.next();
      if (kind === 'close') {
        if (cursor.isNamed('sheetData')) return;
      } else if (cursor.isNamed('c')) {
        this.readCell(kind === 'open');
      } else if (cursor.isNamed('row')) {
        const r = cursor.attr('r');
        at.row = r === undefined ? at.row + 1 : Number(r) - 1;
        at.col = -1;
        if (!Number.isInteger(at.row) || at.row < 0 || at.row > MAX_ROW_INDEX) {
          throw badCellError(this.part, `row ${r ?? '?'}`, 'reasonBadReference', { ref: r ?? '' });
        }
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
    const type = cursor.attr('t');
    const style = cursor.attrInt('s');
    let v: string | undefined;
    let inline: string | undefined;
    let formula: FormulaElement | undefined;
    if (open) {
      for (let kind = cursor.next(); kind !== 'close'; kind = cursor.next()) {
        if (cursor.isNamed('v')) v = kind === 'open' ? cursor.readText() : '';
        else if (cursor.isNamed('f')) formula = readFormulaElement(cursor, kind === 'open');
        else if (cursor.isNamed('is')) inline = kind === 'open' ? readRichText(cursor) : '';
        else if (kind === 'open') cursor.skipElement();
      }
    }
    const value = cellValue(type, v, inline, this.styles.sharedStrings);
    if (isCellValueProblem(value)) throw badCellError(this.part, toA1(row, col), value.reason, value.params);
    const numFmt = style < 0 ? undefined : this.styles.numberFormats[style];
    const text = formula === undefined ? undefined : this.formulaText(formula, row, col);
    const cell = this.makeCell(value, text, numFmt);
    if (cell) (this.rows[row] ??= [])[col] = cell;
  }

  private formulaText(f: FormulaElement, row: number, col: number): string | undefined {
    if (f.sharedIndex === undefined) return f.text;
    if (f.text !== undefined) {
      if (!this.masters.has(f.sharedIndex)) {
        this.masters.set(f.sharedIndex, { row, col, formula: shiftableFormula(f.text) });
      }
      return f.text;
    }
    const master = this.masters.get(f.sharedIndex);
    if (master) return master.formula.shifted(row - master.row, col - master.col);
    this.pending.push({ row, col, si: f.sharedIndex });
    return '';
  }

  private makeCell(value: CellValue, formula: string | undefined, numFmt: string | undefined): Cell | undefined {
    if (formula !== undefined) return numFmt === undefined ? { value, formula } : { value, formula, numFmt };
    if (numFmt === undefined) return value === null ? undefined : { value };
    if (value !== null) return { value, numFmt };
    // Formatted empty cells are common (whole styled columns); one object per format.
    let empty = this.emptyCells.get(numFmt);
    if (!empty) this.emptyCells.set(numFmt, (empty = { value: null, numFmt }));
    return empty;
  }

  private readMerge(): void {
    const ref = this.cursor.attr('ref') ?? '';
    const range = parseRangeA1(ref);
    if (!range) throw badCellError(this.part, ref, 'reasonBadReference', { ref });
    this.merges.push(range);
  }

  /** Shared formulas whose master came later in the part than the cell (unusual, but legal). */
  private resolvePendingSharedFormulas(): void {
    for (const p of this.pending) {
      const master = this.masters.get(p.si);
      if (!master) throw badCellError(this.part, toA1(p.row, p.col), 'reasonNoSharedMaster', { si: p.si });
      const row = this.rows[p.row]!;
      const cell = row[p.col]!;
      row[p.col] = { ...cell, formula: master.formula.shifted(p.row - master.row, p.col - master.col) };
    }
  }
}
