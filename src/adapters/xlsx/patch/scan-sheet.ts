import { parseRangeA1 } from '../../../engine/workbook/a1';
import type { RangeRef } from '../../../engine/workbook/types';
import { parseCellReference, parseDigits, type CellPosition } from '../read/cell-reference';
import { emptySimpleCell, locateSimpleCell } from '../read/simple-cell';
import { emptySimpleRow, locateSimpleRow } from '../read/simple-row';
import { badCellError, badXmlError } from '../read-errors';
import { XmlCursor, type TextRange } from '../xml/xml-cursor';

export interface ElementSpan {
  /** Offset of `<` of the start tag. */
  readonly start: number;
  /** Offset just after the start tag. */
  readonly openEnd: number;
  /** Offset of `<` of the end tag (`openEnd` when self-closing). */
  closeStart: number;
  /** Offset just after the element. */
  end: number;
  readonly selfClosing: boolean;
}

export interface ScannedFormula {
  readonly type: string | undefined;
  readonly sharedIndex: string | undefined;
  readonly ref: string | undefined;
  readonly text: string;
  /** Offsets of the `<f>` element. */
  readonly start: number;
  readonly end: number;
}

export interface ScannedCell {
  readonly row: number;
  readonly col: number;
  readonly hasR: boolean;
  readonly style: number;
  readonly span: ElementSpan;
}

/** A cell anywhere in the sheet that takes part in a shared formula. */
export interface SharedFormulaCell {
  readonly row: number;
  readonly col: number;
  readonly formula: ScannedFormula;
}

/** Where a row being written holds its target cells, or would take them. */
export interface TargetCells {
  /** The row's target columns, ascending. */
  readonly columns: readonly number[];
  /**
   * Per target column: the start of the first cell in document order with a greater column,
   * where a missing cell is inserted; -1 when there is none (insert before `</row>`).
   */
  readonly insertBefore: number[];
  /** In document order: the cells at target columns, and every cell without `r`. */
  readonly cells: ScannedCell[];
}

export interface ScannedRow {
  readonly index: number;
  readonly hasR: boolean;
  /** The row's own format, applied to new cells in it (`customFormat="1"`). */
  readonly style: number | undefined;
  readonly span: ElementSpan;
  /** Only for the rows being written: a sheet may hold 100,000s of cells. */
  readonly targets: TargetCells | undefined;
}

export interface ColumnStyle {
  readonly min: number;
  readonly max: number;
  readonly style: number;
}

/** What comes before the cells. */
export interface SheetPreamble {
  /** Namespace prefix of the worksheet's elements with its colon, or ''. */
  readonly prefix: string;
  /** 0-based columns. */
  readonly columnStyles: readonly ColumnStyle[];
}

/** What the scan learns of the sheet as a whole, once it is over. */
export interface SheetScan {
  readonly merges: readonly RangeRef[];
  /** Ranges of array formulas that cover more than one cell. */
  readonly arrayRanges: readonly RangeRef[];
}

/**
 * What a patcher hears while the sheet is scanned, in document order. Offsets are in the whole
 * part; a span handed over is complete (its element closed) unless said otherwise.
 */
export interface SheetScanListener {
  dimension(span: ElementSpan, ref: string): void;
  /** The start tag of `<sheetData>` (the whole element when self-closing). */
  sheetDataStart(span: ElementSpan, preamble: SheetPreamble): void;
  /** `</sheetData>`: `span` is now complete. */
  sheetDataEnd(span: ElementSpan): void;
  /** A row's start tag, before its cells: the columns to note in it (ascending), if it is written. */
  rowStart(index: number, hasR: boolean, span: ElementSpan): readonly number[] | undefined;
  /** The row has ended: its span is complete, and its targets hold the cells noted. */
  rowEnd(row: ScannedRow): void;
  /** A cell anywhere in the sheet that takes part in a shared formula. */
  sharedFormula(cell: SharedFormulaCell): void;
}

function spanOf(cursor: XmlCursor): ElementSpan {
  const base = cursor.base;
  return {
    start: base + cursor.tagStart,
    openEnd: base + cursor.tagEnd,
    closeStart: base + cursor.tagEnd,
    end: base + cursor.tagEnd,
    selfClosing: cursor.kind === 'empty',
  };
}

function closeSpan(span: ElementSpan, cursor: XmlCursor): void {
  span.closeStart = cursor.base + cursor.tagStart;
  span.end = cursor.base + cursor.tagEnd;
}

class SheetScanner {
  private readonly at: CellPosition = { row: -1, col: -1 };
  private readonly refRange: TextRange = { start: 0, end: 0 };
  private readonly simple = emptySimpleCell();
  private readonly simpleRow = emptySimpleRow();
  private prefix = '';
  private readonly columnStyles: ColumnStyle[] = [];
  private sheetData: ElementSpan | undefined;
  private readonly merges: RangeRef[] = [];
  private readonly arrayRanges: RangeRef[] = [];

  private readonly part: string;

  constructor(
    private readonly cursor: XmlCursor,
    private readonly listener: SheetScanListener,
  ) {
    this.part = cursor.part;
  }

  scan(): SheetScan {
    const cursor = this.cursor;
    for (let kind = cursor.next(); kind !== 'end'; kind = cursor.next()) {
      if (kind === 'close') continue;
      if (cursor.depth <= 1 && cursor.isNamed('worksheet')) this.prefix = cursor.prefix();
      else if (cursor.isNamed('dimension')) this.listener.dimension(spanOf(cursor), cursor.attr('ref') ?? '');
      else if (cursor.isNamed('col')) this.readColumn();
      else if (cursor.isNamed('sheetData')) this.readSheetData(kind === 'open');
      else if (cursor.isNamed('mergeCell')) this.readMerge();
    }
    if (!this.sheetData) throw badXmlError(this.part, 'reasonMissingElement', { tag: 'sheetData' }, 0);
    return { merges: this.merges, arrayRanges: this.arrayRanges };
  }

  private readColumn(): void {
    const style = this.cursor.attrInt('s') >= 0 ? this.cursor.attrInt('s') : this.cursor.attrInt('style');
    const min = this.cursor.attrInt('min');
    const max = this.cursor.attrInt('max');
    if (style > 0 && min > 0 && max >= min) this.columnStyles.push({ min: min - 1, max: max - 1, style });
  }

  private readMerge(): void {
    const range = parseRangeA1(this.cursor.attr('ref') ?? '');
    if (range) this.merges.push(range);
  }

  private readSheetData(open: boolean): void {
    const cursor = this.cursor;
    const span = spanOf(cursor);
    this.sheetData = span;
    this.listener.sheetDataStart(span, { prefix: this.prefix, columnStyles: this.columnStyles });
    if (!open) return;
    let row: ScannedRow | undefined;
    for (;;) {
      if (row === undefined) {
        const simple = this.readSimpleRow();
        if (simple === true) continue;
        row = simple;
      }
      const kind = cursor.next();
      if (kind === 'close') {
        if (cursor.isNamed('sheetData')) {
          closeSpan(span, cursor);
          this.listener.sheetDataEnd(span);
          return;
        }
        if (row && cursor.isNamed('row')) {
          closeSpan(row.span, cursor);
          this.listener.rowEnd(row);
          row = undefined;
        } else while (this.readSimpleCell(row));
      } else if (cursor.isNamed('row')) {
        row = this.readRow();
        if (kind === 'open') while (this.readSimpleCell(row));
        else {
          this.listener.rowEnd(row);
          row = undefined;
        }
      } else if (cursor.isNamed('c')) {
        this.readCell(row);
        while (this.readSimpleCell(row));
      } else if (kind === 'open') {
        cursor.skipElement();
      }
    }
  }

  /**
   * The next row when its start tag is in a simple form (see `simple-row.ts`), with its simple
   * cells: true when it ended too, the row when it goes on with a cell for the cursor, undefined
   * when the row is not in that form (nothing is changed then).
   */
  private readSimpleRow(): ScannedRow | true | undefined {
    const cursor = this.cursor;
    const text = cursor.text;
    const r = this.simpleRow;
    if (!locateSimpleRow(text, cursor.offset, r)) return undefined;
    // Anything the fast path would read differently from `readRow` is left to it.
    const n = r.refStart < 0 ? -1 : parseDigits(text, r.refStart, r.refEnd);
    const custom = r.customFormatStart < 0 ? '' : text.slice(r.customFormatStart, r.customFormatEnd);
    const style = (custom === '1' || custom === 'true') && r.styleStart >= 0 ? parseDigits(text, r.styleStart, r.styleEnd) : -1;
    if (n !== n || style !== style) return undefined;
    const base = cursor.base;
    const span: ElementSpan = { start: base + r.start, openEnd: base + r.end, closeStart: base + r.end, end: base + r.end, selfClosing: r.selfClosing };
    this.at.row = n > 0 ? n - 1 : this.at.row + 1;
    this.at.col = -1;
    const row = this.scannedRow(n > 0, style, span);
    if (r.selfClosing) {
      cursor.skipTo(r.end);
      this.listener.rowEnd(row);
      return true;
    }
    cursor.enterElement(r.start, 'row'.length, r.end);
    while (this.readSimpleCell(row));
    if (!cursor.closeElementHere()) return row;
    closeSpan(row.span, cursor);
    this.listener.rowEnd(row);
    return true;
  }

  private readRow(): ScannedRow {
    const cursor = this.cursor;
    const r = cursor.attrInt('r');
    this.at.row = r > 0 ? r - 1 : this.at.row + 1;
    this.at.col = -1;
    const customFormat = cursor.attr('customFormat');
    const style = customFormat === '1' || customFormat === 'true' ? cursor.attrInt('s') : -1;
    return this.scannedRow(r > 0, style, spanOf(cursor));
  }

  /** The row at `at.row` whose start tag is `span`, told to the listener. */
  private scannedRow(hasR: boolean, style: number, span: ElementSpan): ScannedRow {
    const columns = this.listener.rowStart(this.at.row, hasR, span);
    return {
      index: this.at.row,
      hasR,
      style: style >= 0 ? style : undefined,
      span,
      targets: columns ? { columns, insertBefore: columns.map(() => -1), cells: [] } : undefined,
    };
  }

  private readCell(row: ScannedRow | undefined): void {
    const cursor = this.cursor;
    const at = this.at;
    const ref = this.refRange;
    const hasR = cursor.attrRange('r', ref);
    if (!hasR) at.col++;
    else if (!parseCellReference(cursor.text, at, ref.start, ref.end)) {
      const raw = cursor.attr('r') ?? '';
      throw badCellError(this.part, raw, 'reasonBadReference', { ref: raw });
    }
    const style = cursor.attrInt('s');
    const targets = row?.index === at.row ? row.targets : undefined;
    const kept = targets !== undefined && this.keeps(targets, at.col, hasR, cursor.base + cursor.tagStart);
    const span = kept ? spanOf(cursor) : undefined;
    let formula: ScannedFormula | undefined;
    if (cursor.kind === 'open') {
      for (let kind = cursor.next(); kind !== 'close'; kind = cursor.next()) {
        if (cursor.isNamed('f')) formula = this.readFormula(kind === 'open');
        else if (kind === 'open') cursor.skipElement();
      }
      if (span) closeSpan(span, cursor);
    }
    if (targets && span) targets.cells.push({ row: at.row, col: at.col, hasR, style: Math.max(0, style), span });
    if (formula) this.noteFormula(formula);
  }

  /** A shared formula's cell is told to the listener; an array formula's range is kept. */
  private noteFormula(formula: ScannedFormula): void {
    const at = this.at;
    if (formula.type === 'shared' && formula.sharedIndex !== undefined) {
      this.listener.sharedFormula({ row: at.row, col: at.col, formula });
    }
    if (formula.type === 'array' && formula.ref !== undefined) {
      const range = parseRangeA1(formula.ref);
      if (range && (range.r1 !== range.r2 || range.c1 !== range.c2)) this.arrayRanges.push(range);
    }
  }

  /**
   * The next cell when it is in a simple form (see `simple-cell.ts`): noted, and the cursor moved
   * past it. A plain `<f>` without attributes is nothing the patch needs; one with attributes
   * (`t="shared"`, `t="array"`) is read as `readFormula` reads it.
   */
  private readSimpleCell(row: ScannedRow | undefined): boolean {
    const cursor = this.cursor;
    const c = this.simple;
    const text = cursor.text;
    if (!locateSimpleCell(text, cursor.offset, c)) return false;
    const at = this.at;
    // Anything odd is left to the cursor, which names the error; nothing is changed before that.
    const style = c.styleStart < 0 ? -1 : parseDigits(text, c.styleStart, c.styleEnd);
    if (style !== style) return false;
    const hasR = c.refStart >= 0;
    if (!hasR) at.col++;
    else if (!parseCellReference(text, at, c.refStart, c.refEnd)) return false;
    const base = cursor.base;
    cursor.skipTo(c.end);
    const targets = row?.index === at.row ? row.targets : undefined;
    if (targets && this.keeps(targets, at.col, hasR, base + c.start)) {
      const end = base + c.end;
      const span: ElementSpan = { start: base + c.start, openEnd: base + c.openEnd, closeStart: c.selfClosing ? end : end - '</c>'.length, end, selfClosing: c.selfClosing };
      targets.cells.push({ row: at.row, col: at.col, hasR, style: Math.max(0, style), span });
    }
    if (c.formulaAttributes) this.noteFormula(this.simpleFormula(text, base));
    return true;
  }

  /** The `<f>` with attributes of the simple cell just located, as `readFormula` gives it. */
  private simpleFormula(text: string, base: number): ScannedFormula {
    const c = this.simple;
    const cursor = this.cursor;
    const attribute = (start: number, end: number): string | undefined => (start < 0 ? undefined : cursor.decodeAttribute(text.slice(start, end)));
    return {
      type: attribute(c.formulaTypeStart, c.formulaTypeEnd),
      sharedIndex: attribute(c.formulaSiStart, c.formulaSiEnd),
      ref: attribute(c.formulaRefStart, c.formulaRefEnd),
      text: c.formulaEnd > c.formulaStart ? cursor.decode(text.slice(c.formulaStart, c.formulaEnd)) : '',
      start: base + c.formulaElementStart,
      end: base + c.formulaElementEnd,
    };
  }

  /** Notes a cell of a row being written as an insertion point; whether the cell itself is kept. */
  private keeps(targets: TargetCells, col: number, hasR: boolean, start: number): boolean {
    const { columns, insertBefore } = targets;
    let target = false;
    for (let i = 0; i < columns.length; i++) {
      const t = columns[i]!;
      if (t === col) target = true;
      else if (t < col && insertBefore[i] === -1) insertBefore[i] = start;
    }
    return target || !hasR;
  }

  private readFormula(open: boolean): ScannedFormula {
    const cursor = this.cursor;
    const start = cursor.base + cursor.tagStart;
    const type = cursor.attr('t');
    const sharedIndex = cursor.attr('si');
    const ref = cursor.attr('ref');
    const text = open ? cursor.readText() : '';
    return { type, sharedIndex, ref, text, start, end: cursor.base + cursor.tagEnd };
  }
}

/**
 * Scans a worksheet for patching, telling `listener` of its rows, of the cells at the columns
 * it asks for (and where missing ones go), of shared formulas and of the elements around them;
 * returns the merges and array formulas. Offsets are in the whole part (the cursor's `base`
 * plus its own). Throws when there is no `<sheetData>`.
 */
export function scanSheet(cursor: XmlCursor, listener: SheetScanListener): SheetScan {
  return new SheetScanner(cursor, listener).scan();
}
