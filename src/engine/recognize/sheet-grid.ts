import type { Cell, Sheet } from '../workbook/types';
import { columnCount } from '../workbook/sheet-access';
import { cellText, hasText } from './cell-text';
import { MergeIndex } from './merge-index';

/** Read access to a sheet as recognition needs it: merged areas resolved to their top-left cell. */
export class SheetGrid {
  readonly width: number;
  readonly height: number;
  readonly merges: MergeIndex;

  constructor(readonly sheet: Sheet) {
    this.width = columnCount(sheet);
    this.height = sheet.rows.length;
    this.merges = MergeIndex.of(sheet, this.width);
  }

  cell(row: number, col: number): Cell | undefined {
    return this.sheet.rows[row]?.[col];
  }

  /** Text of the cell itself ('' inside a merged area except its top-left). */
  ownText(row: number, col: number): string {
    return cellText(this.cell(row, col));
  }

  /** Text shown at the cell: a merged area's text counts for every cell it covers. */
  text(row: number, col: number): string {
    const m = this.merges.at(row, col);
    return m ? cellText(this.cell(m.r1, m.c1)) : cellText(this.cell(row, col));
  }

  /** Columns of a row that hold text of their own, left to right. */
  filledColumns(row: number, c1 = 0, c2 = this.width - 1): number[] {
    const out: number[] = [];
    const cells = this.sheet.rows[row];
    if (!cells) return out;
    for (let c = c1; c <= c2 && c < cells.length; c++) if (hasText(cells[c])) out.push(c);
    return out;
  }
}
