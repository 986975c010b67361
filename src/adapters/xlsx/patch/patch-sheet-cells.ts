import type { CellContent, Fill } from '../../../engine/plan/types';
import { parseRangeA1, rangeToA1, toA1 } from '../../../engine/workbook/a1';
import type { RangeRef } from '../../../engine/workbook/types';
import { shiftableFormula } from '../formula/shift-formula';
import { xlsxMessage } from '../messages';
import { XlsxPatchError } from '../xlsx-patch-error';
import { escapeXmlText } from '../xml/xml-escape';
import { cellXml } from './cell-xml';
import { scanSheet, type ElementSpan, type ScannedCell, type ScannedRow, type SheetScan } from './scan-sheet';
import { renderStartTag, startTagAt, type StartTag } from './start-tag';
import type { StyleBook } from './style-book';
import { TextEdits } from './text-edits';

/** One cell to change; at most one per cell, sorted by row then column. */
export interface CellPatch {
  readonly row: number;
  readonly col: number;
  readonly content?: CellContent;
  readonly fill?: Fill;
}

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

/** The patches of each written row, in the plan's order (rows ascending, columns ascending within a row). */
function patchesByRow(patches: readonly CellPatch[]): Map<number, CellPatch[]> {
  const out = new Map<number, CellPatch[]>();
  for (const p of patches) {
    const list = out.get(p.row);
    if (list) list.push(p);
    else out.set(p.row, [p]);
  }
  return out;
}

class SheetCellPatcher {
  private readonly edits = new TextEdits();
  private readonly scan: SheetScan;
  /** Whether the plan adds rows, which renumbers rows that carry no `r`. */
  private readonly addsRows: boolean;
  private readonly byRow: Map<number, CellPatch[]>;
  private minRow = Infinity;
  private maxRow = -1;
  private minCol = Infinity;
  private maxCol = -1;

  constructor(
    private readonly text: string,
    private readonly part: string,
    private readonly sheet: string,
    private readonly patches: readonly CellPatch[],
    private readonly styles: StyleBook,
  ) {
    this.byRow = patchesByRow(patches);
    const targetColumns = new Map([...this.byRow].map(([row, list]) => [row, list.map((p) => p.col)]));
    this.scan = scanSheet(text, part, targetColumns);
    const existing = new Set(this.scan.rows.map((r) => r.index));
    this.addsRows = patches.some((p) => !existing.has(p.row));
  }

  patch(): Uint8Array {
    this.refuseMergedAndArrayCells();
    const existing = new Map(this.scan.rows.map((r) => [r.index, r]));
    const newRows: string[] = [];
    const nextRow = this.rowFinder();
    for (const [index, patches] of this.byRow) {
      const row = existing.get(index);
      if (row) {
        this.patchRow(row, patches);
        continue;
      }
      const cells = patches.map((p) => this.newCellXml(p, this.defaultStyle(undefined, p.col))).filter((x) => x !== '');
      if (cells.length === 0) continue;
      const xml = `<${this.scan.prefix}row r="${index + 1}">${cells.join('')}</${this.scan.prefix}row>`;
      const next = nextRow(index);
      if (next) this.edits.insert(next.span.start, xml);
      else if (this.scan.sheetData.selfClosing) newRows.push(xml);
      else this.edits.insert(this.scan.sheetData.closeStart, xml);
    }
    if (newRows.length > 0) this.expandSheetData(newRows);
    if (this.addsRows) this.giveRowsTheirNumber();
    this.rewriteSharedFormulasOfOverwrittenMasters();
    this.widenDimension();
    return this.edits.applyAsUtf8(this.text);
  }

  private tagOf(span: ElementSpan): StartTag {
    return startTagAt(this.text, span.start, span.openEnd, this.part);
  }

  /** The first row (in document order) below a given index; binary search when rows are in order, as Excel writes them. */
  private rowFinder(): (index: number) => ScannedRow | undefined {
    const rows = this.scan.rows;
    const ordered = rows.every((r, i) => i === 0 || rows[i - 1]!.index < r.index);
    if (!ordered) return (index) => rows.find((r) => r.index > index);
    return (index) => {
      let lo = 0;
      let hi = rows.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (rows[mid]!.index > index) hi = mid;
        else lo = mid + 1;
      }
      return rows[lo];
    };
  }

  private refuseMergedAndArrayCells(): void {
    for (const p of this.patches) {
      for (const m of this.scan.merges) {
        if (contains(m, p.row, p.col) && (p.row !== m.r1 || p.col !== m.c1)) {
          throw new XlsxPatchError(
            'merged_cell',
            xlsxMessage('mergedCell', { cell: toA1(p.row, p.col), sheet: this.sheet, range: rangeToA1(m), topLeft: toA1(m.r1, m.c1) }),
          );
        }
      }
      if (p.content === undefined) continue;
      const array = this.scan.arrayRanges.find((r) => contains(r, p.row, p.col));
      if (array) {
        throw new XlsxPatchError('array_formula', xlsxMessage('arrayFormula', { cell: toA1(p.row, p.col), sheet: this.sheet, range: rangeToA1(array) }));
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
    return this.scan.columnStyles.find((c) => col >= c.min && col <= c.max)?.style ?? 0;
  }

  private track(row: number, col: number): void {
    this.minRow = Math.min(this.minRow, row);
    this.maxRow = Math.max(this.maxRow, row);
    this.minCol = Math.min(this.minCol, col);
    this.maxCol = Math.max(this.maxCol, col);
  }

  /** XML of a cell that does not exist yet; '' when the write leaves it as an empty default cell. */
  private newCellXml(p: CellPatch, base: number): string {
    const style = this.styleAfter(base, p);
    const content = p.content ?? { kind: 'empty' };
    if (content.kind === 'empty' && style === base) return '';
    this.track(p.row, p.col);
    return cellXml(this.scan.prefix, toA1(p.row, p.col), style, content);
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
      this.track(cell.row, cell.col);
      this.edits.replace(cell.span.start, cell.span.end, cellXml(this.scan.prefix, ref, style, p.content));
    } else if (style !== cell.style || !cell.hasR) {
      const changes = { s: style > 0 ? String(style) : null, r: ref };
      this.edits.replace(cell.span.start, cell.span.openEnd, renderStartTag(this.tagOf(cell.span), changes, cell.span.selfClosing));
    }
  }

  /** Widens `spans`, numbers an unnumbered row and opens a self-closing row as needed. */
  private retagRow(row: ScannedRow, newColumns: readonly [number, number] | undefined, appended: readonly string[]): void {
    // Most written rows keep their start tag: it is not read again.
    if (!newColumns && appended.length === 0 && (row.hasR || !this.addsRows)) return;
    const changes: Record<string, string | null> = {};
    const tag = this.tagOf(row.span);
    const spans = tag.attributes.find((a) => a.name === 'spans')?.raw;
    if (spans !== undefined && newColumns) {
      const bounds = spans.split(/[\s:]+/).filter((x) => x !== '').map(Number);
      const min = Math.min(...bounds, newColumns[0] + 1);
      const max = Math.max(...bounds, newColumns[1] + 1);
      if (`${min}:${max}` !== spans) changes.spans = `${min}:${max}`;
    }
    if (!row.hasR && (newColumns || this.addsRows)) changes.r = String(row.index + 1);
    if (appended.length > 0) {
      const open = renderStartTag(tag, changes, false);
      this.edits.replace(row.span.start, row.span.end, `${open}${appended.join('')}</${tag.qualifiedName}>`);
    } else if (Object.keys(changes).length > 0) {
      this.edits.replace(row.span.start, row.span.openEnd, renderStartTag(tag, changes, row.span.selfClosing));
    }
  }

  private expandSheetData(rows: readonly string[]): void {
    const data = this.scan.sheetData;
    const tag = this.tagOf(data);
    this.edits.replace(data.start, data.end, `${renderStartTag(tag, {}, false)}${rows.join('')}</${tag.qualifiedName}>`);
  }

  /** After a row is inserted, rows without `r` would be renumbered: give them their number. */
  private giveRowsTheirNumber(): void {
    for (const row of this.scan.rows) {
      if (row.hasR || this.byRow.has(row.index)) continue;
      this.edits.replace(row.span.start, row.span.openEnd, renderStartTag(this.tagOf(row.span), { r: String(row.index + 1) }, row.span.selfClosing));
    }
  }

  /**
   * A shared formula lives in its first cell; when that cell is overwritten, the other cells
   * of the group get the formula written out in full, moved to their place.
   */
  private rewriteSharedFormulasOfOverwrittenMasters(): void {
    if (this.scan.sharedFormulaCells.length === 0) return;
    const overwritten = new Set(this.patches.filter((p) => p.content).map((p) => `${p.row},${p.col}`));
    const masters = this.scan.sharedFormulaCells.filter(
      (c) => c.formula.ref !== undefined && c.formula.text !== '' && overwritten.has(`${c.row},${c.col}`),
    );
    const p = this.scan.prefix;
    for (const master of masters) {
      const formula = shiftableFormula(master.formula.text);
      for (const c of this.scan.sharedFormulaCells) {
        if (c === master || c.formula.sharedIndex !== master.formula.sharedIndex || overwritten.has(`${c.row},${c.col}`)) continue;
        const moved = formula.shifted(c.row - master.row, c.col - master.col);
        this.edits.replace(c.formula.start, c.formula.end, `<${p}f>${escapeXmlText(moved)}</${p}f>`);
      }
    }
  }

  private widenDimension(): void {
    const dim = this.scan.dimension;
    if (!dim || this.maxRow < 0) return;
    const old = parseRangeA1(dim.ref);
    const range: RangeRef = old
      ? {
          r1: Math.min(old.r1, this.minRow),
          c1: Math.min(old.c1, this.minCol),
          r2: Math.max(old.r2, this.maxRow),
          c2: Math.max(old.c2, this.maxCol),
        }
      : { r1: this.minRow, c1: this.minCol, r2: this.maxRow, c2: this.maxCol };
    const ref = rangeToA1(range);
    if (ref !== dim.ref) this.edits.replace(dim.start, dim.openEnd, renderStartTag(this.tagOf(dim), { ref }, dim.selfClosing));
  }
}

/**
 * Writes `patches` into a worksheet's XML and returns the new part as UTF-8: only the `<c>`
 * elements of those cells change (and the tags around them that must: a new row, `spans`,
 * `dimension`); every other byte of the part stays as it was.
 */
export function patchSheetCells(
  text: string,
  part: string,
  sheet: string,
  patches: readonly CellPatch[],
  styles: StyleBook,
): Uint8Array {
  return new SheetCellPatcher(text, part, sheet, patches, styles).patch();
}
