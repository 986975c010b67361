import type { CellValue, Sheet } from '../workbook/types';
import { valueText } from './cell-text';
import { MergeIndex } from './merge-index';

/** Read access to a sheet as recognition needs it: merged areas resolved to their top-left cell. */
export class SheetGrid {
  readonly width: number;
  readonly height: number;
  readonly merges: MergeIndex;

  constructor(readonly sheet: Sheet) {
    this.width = sheet.cells.width;
    this.height = sheet.cells.height;
    this.merges = MergeIndex.of(sheet, this.width);
  }

  value(row: number, col: number): CellValue {
    return this.sheet.cells.value(row, col);
  }

  /** Text of the cell itself ('' inside a merged area except its top-left). */
  ownText(row: number, col: number): string {
    return valueText(this.sheet.cells.value(row, col));
  }

  /** Text shown at the cell: a merged area's text counts for every cell it covers. */
  text(row: number, col: number): string {
    const m = this.merges.at(row, col);
    return m ? this.ownText(m.r1, m.c1) : this.ownText(row, col);
  }

  /** Columns of a row that hold text of their own, left to right. */
  filledColumns(row: number, c1 = 0, c2 = this.width - 1): number[] {
    return this.collectFilledColumns(row, c1, c2, []);
  }

  /** `filledColumns` into `out` (written over and cut to length), for a loop over many rows that reuses one array. */
  collectFilledColumns(row: number, c1: number, c2: number, out: number[]): number[] {
    return this.sheet.cells.collectTextColumns(row, c1, c2, out);
  }
}
