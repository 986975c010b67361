import { rangeToA1 } from '../../engine/workbook/a1';
import type { RangeRef } from '../../engine/workbook/types';

/** The rectangle a loaded range covers, 0-based and inclusive like the engine's `RangeRef`. */
export function rangeRefOf(range: { readonly rowIndex: number; readonly columnIndex: number; readonly rowCount: number; readonly columnCount: number }): RangeRef {
  return { r1: range.rowIndex, c1: range.columnIndex, r2: range.rowIndex + range.rowCount - 1, c2: range.columnIndex + range.columnCount - 1 };
}

/** A1 address for `worksheet.getRange` (ExcelApi 1.1, unlike `getRangeByIndexes`). */
export const a1 = (ref: RangeRef): string => rangeToA1(ref);

export const rowCount = (ref: RangeRef): number => ref.r2 - ref.r1 + 1;
export const columnCount = (ref: RangeRef): number => ref.c2 - ref.c1 + 1;
export const cellCount = (ref: RangeRef): number => rowCount(ref) * columnCount(ref);

/** The rectangle cut into slices of at most `rows` rows, top to bottom. */
export function rowSlices(ref: RangeRef, rows: number): RangeRef[] {
  const step = Math.max(1, Math.floor(rows));
  const out: RangeRef[] = [];
  for (let r = ref.r1; r <= ref.r2; r += step) out.push({ ...ref, r1: r, r2: Math.min(ref.r2, r + step - 1) });
  return out;
}

/** Two halves by rows; undefined for a single row. */
export function halveRows(ref: RangeRef): [RangeRef, RangeRef] | undefined {
  if (ref.r1 === ref.r2) return undefined;
  const mid = ref.r1 + Math.floor((ref.r2 - ref.r1) / 2);
  return [{ ...ref, r2: mid }, { ...ref, r1: mid + 1 }];
}

/** `rows` × `cols` array filled by `at(row, col)`, 0-based within the rectangle. */
export function grid<T>(ref: RangeRef, at: (row: number, col: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = ref.r1; r <= ref.r2; r++) {
    const line: T[] = [];
    for (let c = ref.c1; c <= ref.c2; c++) line.push(at(r, c));
    out.push(line);
  }
  return out;
}
