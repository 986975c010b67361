import type { RangeRef } from '../../../engine/workbook/types';
import type { ExcelContext, Worksheet } from '../excel-surface';
import { ACTION_OVERHEAD_BYTES, jsonBytes } from '../payload';
import { a1 } from '../ranges';

/**
 * Queues writes and syncs only when the estimated request would go over the budget (Excel on
 * the web refuses requests over 5 MB), so the number of syncs grows with the bytes written,
 * never with the number of cells or ranges.
 */
export class WriteBatch {
  private pendingBytes = 0;
  private syncCount = 0;
  private largest = 0;

  constructor(
    private readonly context: ExcelContext,
    readonly budgetBytes: number,
  ) {}

  /** Queues one action whose arguments weigh about `bytes`. */
  async add(bytes: number, queue: () => void): Promise<void> {
    const cost = bytes + ACTION_OVERHEAD_BYTES;
    if (this.pendingBytes > 0 && this.pendingBytes + cost > this.budgetBytes) await this.flush();
    queue();
    this.pendingBytes += cost;
  }

  async flush(): Promise<void> {
    if (this.pendingBytes === 0) return;
    this.largest = Math.max(this.largest, this.pendingBytes);
    this.pendingBytes = 0;
    this.syncCount++;
    await this.context.sync();
  }

  get syncs(): number {
    return this.syncCount;
  }

  /** The largest estimated request sent so far. */
  get largestRequestBytes(): number {
    return this.largest;
  }

  /**
   * A 2-D array written to a rectangle, cut into row slices that each stay well under the
   * budget; `set` assigns one slice to its range (`values`, `formulas`, `numberFormat`,
   * `setCellProperties`…).
   */
  async writeRows<T>(sheet: Worksheet, ref: RangeRef, rows: readonly T[][], set: (range: ReturnType<Worksheet['getRange']>, slice: T[][]) => void): Promise<void> {
    const maxBytes = Math.max(1, Math.floor(this.budgetBytes / 4));
    let start = 0;
    while (start < rows.length) {
      let bytes = 2;
      let end = start;
      while (end < rows.length) {
        const rowBytes = jsonBytes(rows[end]) + 1;
        if (end > start && bytes + rowBytes > maxBytes) break;
        bytes += rowBytes;
        end++;
      }
      const slice = rows.slice(start, end) as T[][];
      const sliceRef: RangeRef = { ...ref, r1: ref.r1 + start, r2: ref.r1 + end - 1 };
      await this.add(bytes, () => set(sheet.getRange(a1(sliceRef)), slice));
      start = end;
    }
  }
}
