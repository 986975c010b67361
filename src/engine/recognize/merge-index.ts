import type { RangeRef, Sheet } from '../workbook/types';

/** Finds the merged area covering a cell in O(1). */
export class MergeIndex {
  private readonly byCell = new Map<number, RangeRef>();

  constructor(merges: readonly RangeRef[], private readonly width: number) {
    for (const m of merges) {
      // Huge merges (whole rows or columns) are indexed only over the used width.
      const c2 = Math.min(m.c2, width - 1);
      const r2 = Math.min(m.r2, m.r1 + 10_000);
      for (let r = m.r1; r <= r2; r++) for (let c = m.c1; c <= c2; c++) this.byCell.set(r * width + c, m);
    }
  }

  static of(sheet: Sheet, width: number): MergeIndex {
    return new MergeIndex(sheet.merges, Math.max(width, 1));
  }

  at(row: number, col: number): RangeRef | undefined {
    if (col >= this.width) return undefined;
    return this.byCell.get(row * this.width + col);
  }

  /** True when the cell is inside a merged area but not its top-left cell. */
  isCovered(row: number, col: number): boolean {
    const m = this.at(row, col);
    return m !== undefined && (m.r1 !== row || m.c1 !== col);
  }
}
