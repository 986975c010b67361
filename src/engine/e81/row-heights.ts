import type { GeneratedCell } from '../plan/types';
import type { RangeRef } from '../workbook/types';

/** Points per line of 11 pt text, and the default row height. */
const LINE = 14.5;
const DEFAULT = 15;
/** Characters of ordinary text per Excel width unit (a unit is one `0` of the default font). */
const CHARS_PER_UNIT = 1.15;

function linesOf(text: string, width: number, bold: boolean): number {
  const perLine = Math.max(1, Math.floor(width * CHARS_PER_UNIT * (bold ? 0.92 : 1)));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let current = 0;
    let count = 1;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const length = word.length;
      if (current === 0) current = length;
      else if (current + 1 + length <= perLine) current += 1 + length;
      else {
        count += 1;
        current = length;
      }
      while (current > perLine) {
        count += 1;
        current -= perLine;
      }
    }
    lines += count;
  }
  return lines;
}

/**
 * Row heights in points so that wrapped text shows whole (neither Excel nor LibreOffice fits
 * a row to its text when opening a file): each wrapped cell's lines at the width of its column
 * or merged area, a merged area's height shared over its rows. Undefined keeps the default.
 */
export function rowHeights(
  rows: readonly (readonly (GeneratedCell | null)[])[],
  merges: readonly RangeRef[],
  columnWidths: readonly number[],
): (number | undefined)[] {
  const heights: (number | undefined)[] = rows.map(() => undefined);
  const spanned: { r1: number; r2: number; need: number }[] = [];
  rows.forEach((cells, r) => {
    cells.forEach((cell, c) => {
      if (!cell || cell.kind !== 'text' || !cell.style?.wrap) return;
      const merge = merges.find((m) => m.r1 === r && m.c1 === c);
      const c2 = merge?.c2 ?? c;
      const width = columnWidths.slice(c, c2 + 1).reduce((a, b) => a + b, 0);
      const need = linesOf(cell.value, width, cell.style.bold === true) * LINE + 3;
      if (merge && merge.r2 > r) spanned.push({ r1: r, r2: merge.r2, need });
      else if (need > (heights[r] ?? DEFAULT)) heights[r] = need;
    });
  });
  for (const { r1, r2, need } of spanned) {
    const have = heights.slice(r1, r2 + 1).reduce<number>((a, h) => a + (h ?? DEFAULT), 0);
    if (need > have) heights[r1] = (heights[r1] ?? DEFAULT) + (need - have);
  }
  return heights.map((h) => (h === undefined ? undefined : Math.ceil(h)));
}
