import { CellGridBuilder, type CellGrid } from '../../../engine/workbook/cell-grid';
import type { RangeRef } from '../../../engine/workbook/types';
import type { LoadJob } from '../load-jobs';
import { a1, cellCount, halveRows, rowSlices } from '../ranges';
import { cellFromExcel } from './excel-cell';

/** Estimated response bytes per cell for values + formulas + numberFormat together. */
export const READ_BYTES_PER_CELL = 40;

const asRows = (value: unknown): readonly unknown[][] => (Array.isArray(value) ? (value as unknown[][]) : []);

/** The cells of one sheet, filled block by block at the block's offset in the sheet. */
export class SheetRows {
  private readonly cells = new CellGridBuilder();

  put(ref: RangeRef, values: unknown, formulas: unknown, numberFormat: unknown): void {
    const v = asRows(values);
    const f = asRows(formulas);
    const n = asRows(numberFormat);
    for (let i = 0; i <= ref.r2 - ref.r1; i++) {
      for (let j = 0; j <= ref.c2 - ref.c1; j++) {
        this.cells.addCell(ref.r1 + i, ref.c1 + j, cellFromExcel(v[i]?.[j], f[i]?.[j], n[i]?.[j]));
      }
    }
  }

  /** The grid of every block put so far. */
  grid(): CellGrid {
    return this.cells.build();
  }
}

function blockJob(sheet: string, ref: RangeRef, target: SheetRows): LoadJob {
  return {
    bytes: cellCount(ref) * READ_BYTES_PER_CELL,
    queue(context) {
      const range = context.workbook.worksheets.getItem(sheet).getRange(a1(ref)).load('values,formulas,numberFormat');
      return () => target.put(ref, range.values, range.formulas, range.numberFormat);
    },
    split() {
      const halves = halveRows(ref);
      return halves?.map((h) => blockJob(sheet, h, target));
    },
  };
}

/** One job per block of `blockRows` rows (the full width of the used range) of a sheet. */
export function cellBlockJobs(sheet: string, values: RangeRef, blockRows: number, target: SheetRows): LoadJob[] {
  return rowSlices(values, blockRows).map((ref) => blockJob(sheet, ref, target));
}
