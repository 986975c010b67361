import type { CellContent } from '../../../engine/plan/types';
import { parseRangeA1, rangeToA1, toA1 } from '../../../engine/workbook/a1';
import type { RangeRef } from '../../../engine/workbook/types';
import { shiftableFormula, type ShiftableFormula } from '../formula/shift-formula';
import { xlsxMessage } from '../messages';
import { XlsxPatchError } from '../xlsx-patch-error';
import { chunkedXmlCursor, sheetChunkBytes } from '../xml/chunked-xml';
import type { XmlCursor } from '../xml/xml-cursor';
import { escapeXmlText } from '../xml/xml-escape';
import { CompressingWriter } from '../zip/compressing-writer';
import type { CompressedContent } from '../zip/write-zip';
import { endOfRow, firstPatchAtOrAfter, overwrites, type CellPatch } from './cell-patches';
import { cellXml } from './cell-xml';
import {
  scanSheet,
  type ElementSpan,
  type ScannedCell,
  type ScannedRow,
  type SharedFormulaCell,
  type SheetPreamble,
  type SheetScan,
  type SheetScanListener,
} from './scan-sheet';
import { RowsOutOfOrder, surveySheet, type SheetSurvey } from './sheet-survey';
import { renderStartTag, startTagAt, type StartTag } from './start-tag';
import type { StyleBook } from './style-book';
import { TextEdits } from './text-edits';

function contains(range: RangeRef, row: number, col: number): boolean {
  return row >= range.r1 && row <= range.r2 && col >= range.c1 && col <= range.c2;
}

function numberFormatOf(content: CellContent | undefined): string | undefined {
  return content?.kind === 'number' || content?.kind === 'formula' ? content.numFmt : undefined;
}

function cellAt(cells: readonly ScannedCell[], col: number): ScannedCell | undefined {
  for (const c of cells) if (c.col === col) return c;
  return undefined;
}

/** Text written out at least this often, so that the cursor need not keep it (a stretch of rows left as they are). */
const FLUSH_CHARS = 1 << 16;

/** A shared formula whose first cell is overwritten: the other cells of the group get it written out. */
interface OverwrittenMaster {
  readonly row: number;
  readonly col: number;
  readonly formula: ShiftableFormula;
}

/**
 * Patches a worksheet in one pass over its XML, writing the result out as it goes: the edits of
 * a row are made when the row has been read, and everything before it is by then compressed.
 * Rows must come in ascending order, as Excel writes them; a sheet whose rows do not is patched
 * again with a survey of all its rows (`RowsOutOfOrder`).
 */
class SheetCellPatcher implements SheetScanListener {
  private readonly edits = new TextEdits();
  private readonly writer = new CompressingWriter();
  private readonly cursor: XmlCursor;
  private preamble: SheetPreamble = { prefix: '', columnStyles: [] };
  /** The next patch whose row has not been met: rows before it are written or inserted. */
  private nextPatch = 0;
  private lastRow = -1;
  /** Rows inserted so far: a later row without `r` would be renumbered, so it is given its number. */
  private insertedRows = 0;
  private readonly masters = new Map<string, OverwrittenMaster>();
  /** Shared indices met on cells other than their first before that first cell was. */
  private readonly membersBeforeMaster = new Set<string>();
  private readonly patchedRows = new Set<number>();
  /** The patches of the row being read, when it is written (its targets). */
  private rowPatches: readonly CellPatch[] = [];

  constructor(
    bytes: Uint8Array,
    private readonly part: string,
    private readonly sheet: string,
    private readonly patches: readonly CellPatch[],
    private readonly styles: StyleBook,
    private readonly survey: SheetSurvey | undefined,
    chunkBytes: number,
  ) {
    this.cursor = chunkedXmlCursor(bytes, part, chunkBytes);
    // The text not yet written out stays with the cursor; the rest may go as it reads on.
    this.cursor.pin(0);
    for (const [index, master] of survey?.overwrittenMasters ?? []) this.masters.set(index, this.overwrittenMaster(master));
  }

  patch(): CompressedContent {
    this.refuseMergedAndArrayCells(scanSheet(this.cursor, this));
    const { text, base } = this.cursor;
    this.edits.writeUpTo(text, base, base + text.length, this.writer.write);
    return this.writer.finish();
  }

  dimension(span: ElementSpan, ref: string): void {
    const written = this.writtenBounds();
    if (!written) return;
    const old = parseRangeA1(ref);
    const range: RangeRef = old
      ? { r1: Math.min(old.r1, written.r1), c1: Math.min(old.c1, written.c1), r2: Math.max(old.r2, written.r2), c2: Math.max(old.c2, written.c2) }
      : written;
    const wider = rangeToA1(range);
    if (wider !== ref) this.edits.replace(span.start, span.openEnd, renderStartTag(this.tagOf(span), { ref: wider }, span.selfClosing));
  }

  sheetDataStart(span: ElementSpan, preamble: SheetPreamble): void {
    this.preamble = preamble;
    if (!span.selfClosing) return;
    const rows = this.newRowsBefore(Infinity);
    if (rows === '') return;
    const tag = this.tagOf(span);
    this.edits.replace(span.start, span.end, `${renderStartTag(tag, {}, false)}${rows}</${tag.qualifiedName}>`);
  }

  sheetDataEnd(span: ElementSpan): void {
    const rows = this.newRowsBefore(Infinity);
    if (rows !== '') this.edits.insert(span.closeStart, rows);
  }

  rowStart(index: number, hasR: boolean, span: ElementSpan): readonly number[] | undefined {
    if (!this.survey && index <= this.lastRow) throw new RowsOutOfOrder();
    this.lastRow = index;
    const rows = this.newRowsBefore(index);
    if (rows !== '') this.edits.insert(span.start, rows);
    const first = firstPatchAtOrAfter(this.patches, index);
    const written = first < this.patches.length && this.patches[first]!.row === index && !this.patchedRows.has(index);
    if (!written) {
      if (!hasR && this.insertedRows > 0) this.number(span, index);
      return undefined;
    }
    if (this.survey) this.patchedRows.add(index);
    this.rowPatches = this.patches.slice(first, endOfRow(this.patches, first));
    return this.rowPatches.map((p) => p.col);
  }

  rowEnd(row: ScannedRow): void {
    if (row.targets) this.patchRow(row, this.rowPatches);
    if (this.edits.size > 0 || row.span.end - this.edits.writtenUpTo >= FLUSH_CHARS) {
      this.edits.writeUpTo(this.cursor.text, this.cursor.base, row.span.end, this.writer.write);
      this.cursor.pin(row.span.end);
    }
  }

  sharedFormula(cell: SharedFormulaCell): void {
    const index = cell.formula.sharedIndex!;
    const isMaster = cell.formula.ref !== undefined && cell.formula.text !== '';
    if (isMaster && overwrites(this.patches, cell.row, cell.col)) {
      if (this.survey) return;
      if (this.membersBeforeMaster.has(index)) throw new RowsOutOfOrder();
      this.masters.set(index, this.overwrittenMaster(cell));
      return;
    }
    const master = this.masters.get(index);
    if (!master) {
      if (!isMaster) this.membersBeforeMaster.add(index);
      return;
    }
    if (overwrites(this.patches, cell.row, cell.col)) return;
    const moved = master.formula.shifted(cell.row - master.row, cell.col - master.col);
    this.edits.replace(cell.formula.start, cell.formula.end, `<${this.preamble.prefix}f>${escapeXmlText(moved)}</${this.preamble.prefix}f>`);
  }

  private overwrittenMaster(cell: SharedFormulaCell): OverwrittenMaster {
    return { row: cell.row, col: cell.col, formula: shiftableFormula(cell.formula.text) };
  }

  /**
   * The cells the patch may write, known before the sheet is read: every patch with content or
   * a highlight. The `<dimension>` comes before the cells, so it is widened to all of them.
   */
  private writtenBounds(): RangeRef | undefined {
    let r1 = Infinity;
    let c1 = Infinity;
    let r2 = -1;
    let c2 = -1;
    for (const p of this.patches) {
      if (p.content === undefined && (p.fill === undefined || p.fill === 'none')) continue;
      r1 = Math.min(r1, p.row);
      r2 = Math.max(r2, p.row);
      c1 = Math.min(c1, p.col);
      c2 = Math.max(c2, p.col);
    }
    return r2 < 0 ? undefined : { r1, c1, r2, c2 };
  }

  /** The XML of the planned rows not in the sheet that come before row `index`. */
  private newRowsBefore(index: number): string {
    let xml = '';
    while (this.nextPatch < this.patches.length && this.patches[this.nextPatch]!.row <= index) {
      const first = this.nextPatch;
      const end = endOfRow(this.patches, first);
      this.nextPatch = end;
      const row = this.patches[first]!.row;
      if (row === index || this.survey?.existingRows.has(row)) continue;
      const cells: string[] = [];
      for (let i = first; i < end; i++) {
        const p = this.patches[i]!;
        const cell = this.newCellXml(p, this.defaultStyle(undefined, p.col));
        if (cell !== '') cells.push(cell);
      }
      if (cells.length === 0) continue;
      xml += `<${this.preamble.prefix}row r="${row + 1}">${cells.join('')}</${this.preamble.prefix}row>`;
      this.insertedRows++;
    }
    return xml;
  }

  /** The start tag at `span`, which is in the text the cursor still holds (after the pin). */
  private tagOf(span: ElementSpan): StartTag {
    const base = this.cursor.base;
    return startTagAt(this.cursor.text, span.start - base, span.openEnd - base, this.part);
  }

  private number(span: ElementSpan, index: number): void {
    this.edits.replace(span.start, span.openEnd, renderStartTag(this.tagOf(span), { r: String(index + 1) }, span.selfClosing));
  }

  private refuseMergedAndArrayCells(scan: SheetScan): void {
    if (scan.merges.length === 0 && scan.arrayRanges.length === 0) return;
    for (const p of this.patches) {
      for (const m of scan.merges) {
        if (contains(m, p.row, p.col) && (p.row !== m.r1 || p.col !== m.c1)) {
          throw new XlsxPatchError(
            'merged_cell',
            xlsxMessage('mergedCell', { cell: toA1(p.row, p.col), sheet: this.sheet, range: rangeToA1(m), topLeft: toA1(m.r1, m.c1) }),
          );
        }
      }
      if (p.content === undefined) continue;
      for (const array of scan.arrayRanges) {
        if (contains(array, p.row, p.col)) {
          throw new XlsxPatchError('array_formula', xlsxMessage('arrayFormula', { cell: toA1(p.row, p.col), sheet: this.sheet, range: rangeToA1(array) }));
        }
      }
    }
  }

  private styleAfter(current: number, p: CellPatch): number {
    const numFmt = numberFormatOf(p.content);
    if (numFmt === undefined && p.fill === undefined) return current;
    return this.styles.restyle(current, { numFmt, fill: p.fill });
  }

  /** The format a new cell starts from: its row's, else its column's, else the default. */
  private defaultStyle(row: ScannedRow | undefined, col: number): number {
    if (row?.style !== undefined) return row.style;
    return this.preamble.columnStyles.find((c) => col >= c.min && col <= c.max)?.style ?? 0;
  }

  /** XML of a cell that does not exist yet; '' when the write leaves it as an empty default cell. */
  private newCellXml(p: CellPatch, base: number): string {
    const style = this.styleAfter(base, p);
    const content = p.content ?? { kind: 'empty' };
    if (content.kind === 'empty' && style === base) return '';
    return cellXml(this.preamble.prefix, toA1(p.row, p.col), style, content);
  }

  private patchRow(row: ScannedRow, patches: readonly CellPatch[]): void {
    const targets = row.targets!;
    const cells = targets.cells;
    const appended: string[] = [];
    let inserted = false;
    let maxCol = -1;
    let minCol = Infinity;
    for (const p of patches) {
      const cell = cellAt(cells, p.col);
      if (cell) {
        this.patchCell(cell, p);
        continue;
      }
      const xml = this.newCellXml(p, this.defaultStyle(row, p.col));
      if (xml === '') continue;
      inserted = true;
      maxCol = Math.max(maxCol, p.col);
      minCol = Math.min(minCol, p.col);
      const before = targets.insertBefore[targets.columns.indexOf(p.col)]!;
      if (before >= 0) this.edits.insert(before, xml);
      else if (row.span.selfClosing) appended.push(xml);
      else this.edits.insert(row.span.closeStart, xml);
    }
    if (inserted) {
      // A cell without `r` takes its column from the one before it; an inserted cell would move it.
      // (A written cell without `r` has been given one by `patchCell`.)
      for (const c of cells) {
        if (!c.hasR && !patches.some((p) => p.col === c.col)) {
          this.edits.replace(c.span.start, c.span.openEnd, renderStartTag(this.tagOf(c.span), { r: toA1(c.row, c.col) }, c.span.selfClosing));
        }
      }
    }
    this.retagRow(row, inserted ? [minCol, maxCol] : undefined, appended);
  }

  private patchCell(cell: ScannedCell, p: CellPatch): void {
    const style = this.styleAfter(cell.style, p);
    const ref = toA1(cell.row, cell.col);
    if (p.content) {
      this.edits.replace(cell.span.start, cell.span.end, cellXml(this.preamble.prefix, ref, style, p.content));
    } else if (style !== cell.style || !cell.hasR) {
      const changes = { s: style > 0 ? String(style) : null, r: ref };
      this.edits.replace(cell.span.start, cell.span.openEnd, renderStartTag(this.tagOf(cell.span), changes, cell.span.selfClosing));
    }
  }

  /** Widens `spans`, numbers an unnumbered row and opens a self-closing row as needed. */
  private retagRow(row: ScannedRow, newColumns: readonly [number, number] | undefined, appended: readonly string[]): void {
    const numbered = !row.hasR && (newColumns !== undefined || this.insertedRows > 0);
    // Most written rows keep their start tag: it is not read again.
    if (!newColumns && appended.length === 0 && !numbered) return;
    const changes: Record<string, string | null> = {};
    const tag = this.tagOf(row.span);
    const spans = tag.attributes.find((a) => a.name === 'spans')?.raw;
    if (spans !== undefined && newColumns) {
      const bounds = spans.split(/[\s:]+/).filter((x) => x !== '').map(Number);
      const min = Math.min(...bounds, newColumns[0] + 1);
      const max = Math.max(...bounds, newColumns[1] + 1);
      if (`${min}:${max}` !== spans) changes.spans = `${min}:${max}`;
    }
    if (numbered) changes.r = String(row.index + 1);
    if (appended.length > 0) {
      const open = renderStartTag(tag, changes, false);
      this.edits.replace(row.span.start, row.span.end, `${open}${appended.join('')}</${tag.qualifiedName}>`);
    } else if (Object.keys(changes).length > 0) {
      this.edits.replace(row.span.start, row.span.openEnd, renderStartTag(tag, changes, row.span.selfClosing));
    }
  }
}

/**
 * Writes `patches` into a worksheet's XML (its UTF-8 `bytes`) and returns the new part,
 * compressed: only the `<c>` elements of those cells change (and the tags around them that
 * must: a new row, `spans`, `dimension`); every other byte of the part stays as it was. The part
 * is decoded a chunk at a time (`chunkBytes`, by default as a reader would).
 */
export function patchSheetCells(
  bytes: Uint8Array,
  part: string,
  sheet: string,
  patches: readonly CellPatch[],
  styles: StyleBook,
  chunkBytes = sheetChunkBytes(bytes.length),
): CompressedContent {
  try {
    return new SheetCellPatcher(bytes, part, sheet, patches, styles, undefined, chunkBytes).patch();
  } catch (err) {
    if (!(err instanceof RowsOutOfOrder)) throw err;
  }
  const survey = surveySheet(bytes, part, patches, chunkBytes);
  return new SheetCellPatcher(bytes, part, sheet, patches, styles, survey, chunkBytes).patch();
}
