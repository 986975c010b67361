import type { RangeRef } from '../../../engine/workbook/types';

export interface Placed {
  readonly row: number;
  readonly col: number;
}

export interface Rectangle<T> {
  readonly ref: RangeRef;
  readonly key: string;
  /** The items, `cells[row - ref.r1][col - ref.c1]`; every position is filled. */
  readonly cells: T[][];
}

/**
 * Items of one sheet covered by as few rectangles as a simple sweep finds: runs of neighbouring
 * cells in a row with the same key, stacked when the next row has a run over the same columns
 * (a derived column becomes one strip, a block of highlights one rectangle). Every rectangle
 * holds only the given items, so writing it never touches another cell.
 */
export function rectangles<T extends Placed>(items: readonly T[], keyOf: (item: T) => string = () => ''): Rectangle<T>[] {
  const sorted = [...items].sort((a, b) => a.row - b.row || a.col - b.col);
  sorted.forEach((item, k) => {
    const before = sorted[k - 1];
    if (before && before.row === item.row && before.col === item.col) throw new Error(`rectangles: two items on row ${item.row}, column ${item.col}`);
  });
  const done: { ref: RangeRef; key: string; cells: T[][] }[] = [];
  let open = new Map<string, { ref: RangeRef; key: string; cells: T[][] }>();
  let i = 0;
  while (i < sorted.length) {
    const row = sorted[i]!.row;
    const next = new Map<string, { ref: RangeRef; key: string; cells: T[][] }>();
    while (i < sorted.length && sorted[i]!.row === row) {
      const run: T[] = [sorted[i]!];
      const key = keyOf(sorted[i]!);
      i++;
      while (i < sorted.length && sorted[i]!.row === row && sorted[i]!.col === run[run.length - 1]!.col + 1 && keyOf(sorted[i]!) === key) {
        run.push(sorted[i]!);
        i++;
      }
      const c1 = run[0]!.col;
      const c2 = run[run.length - 1]!.col;
      const slot = `${c1}\u0000${c2}\u0000${key}`;
      const above = open.get(slot);
      if (above && above.ref.r2 === row - 1) {
        open.delete(slot);
        above.ref = { ...above.ref, r2: row };
        above.cells.push(run);
        next.set(slot, above);
      } else {
        next.set(slot, { ref: { r1: row, c1, r2: row, c2 }, key, cells: [run] });
      }
    }
    done.push(...open.values());
    open = next;
  }
  done.push(...open.values());
  return done;
}
