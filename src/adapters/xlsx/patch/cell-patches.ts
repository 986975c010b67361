import type { CellContent, Fill } from '../../../engine/plan/types';

/** One cell to change; at most one per cell, sorted by row then column. */
export interface CellPatch {
  readonly row: number;
  readonly col: number;
  readonly content?: CellContent;
  readonly fill?: Fill;
}

/** The first patch at `row` or after it, by binary search. */
export function firstPatchAtOrAfter(patches: readonly CellPatch[], row: number): number {
  let lo = 0;
  let hi = patches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (patches[mid]!.row < row) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The end of the run of patches of one row that starts at `from`. */
export function endOfRow(patches: readonly CellPatch[], from: number): number {
  const row = patches[from]!.row;
  let end = from + 1;
  while (end < patches.length && patches[end]!.row === row) end++;
  return end;
}

/** Whether a patch writes content into the cell. */
export function overwrites(patches: readonly CellPatch[], row: number, col: number): boolean {
  for (let i = firstPatchAtOrAfter(patches, row); i < patches.length && patches[i]!.row === row; i++) {
    if (patches[i]!.col === col) return patches[i]!.content !== undefined;
  }
  return false;
}
