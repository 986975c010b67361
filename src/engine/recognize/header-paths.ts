import { classifyColumn } from './column-role';
import { normalizeHeader } from './normalize';
import { isColumnNumber } from './row-patterns';
import type { SheetGrid } from './sheet-grid';
import type { TableColumn } from './types';

/** Text of a header cell; a group label typed once over unmerged sub-columns counts for them too. */
function headerText(grid: SheetGrid, headerRows: readonly number[], i: number, col: number, c1: number): string {
  const row = headerRows[i]!;
  const own = grid.text(row, col);
  if (own !== '' || i === headerRows.length - 1) return own;
  const below = headerRows.slice(i + 1).some((r) => grid.text(r, col) !== '');
  if (!below) return own;
  for (let c = col - 1; c >= c1; c--) {
    const left = grid.text(row, c);
    const leftHasBelow = headerRows.slice(i + 1).some((r) => grid.text(r, c) !== '');
    if (!leftHasBelow) return '';
    if (left !== '') return left;
  }
  return '';
}

/** One column per sheet column of the table, with its header path and meaning. */
export function buildColumns(grid: SheetGrid, headerRows: readonly number[], c1: number, c2: number): TableColumn[] {
  const columns: TableColumn[] = [];
  for (let col = c1; col <= c2; col++) {
    const raw: string[] = [];
    const path: string[] = [];
    headerRows.forEach((_, i) => {
      const text = headerText(grid, headerRows, i, col, c1);
      // Column numbers typed into a K/Rp row are not part of the header's meaning.
      const norm = i > 0 && isColumnNumber(text) ? '' : normalizeHeader(text);
      if (norm === '' || path[path.length - 1] === norm) return;
      path.push(norm);
      raw.push(text);
    });
    const meaning = classifyColumn(path, raw);
    columns.push({ col, path, ...meaning });
  }
  return numberTriwulanGroups(columns);
}

/** A triwulan group whose quarters are not labelled I–IV: its K/Rp pairs are the quarters in order. */
function numberTriwulanGroups(columns: readonly TableColumn[]): TableColumn[] {
  let quarter = 0;
  let group = '';
  return columns.map((c) => {
    const top = c.path[0] ?? '';
    if (c.triwulan !== undefined || !/\btriwulan\b/.test(top)) return c;
    if (top !== group) {
      group = top;
      quarter = 0;
    }
    if (c.measure !== 'Rp' && c.measure !== '%') quarter++;
    else if (quarter === 0) quarter = 1;
    return quarter >= 1 && quarter <= 4 ? { ...c, triwulan: quarter as 1 | 2 | 3 | 4 } : c;
  });
}

/** The columns a header spans: from its first to its last labelled column, merged areas included. */
export function headerSpan(grid: SheetGrid, headerRows: readonly number[]): { c1: number; c2: number } {
  let c1 = Number.MAX_SAFE_INTEGER;
  let c2 = -1;
  for (const r of headerRows) {
    for (let c = 0; c < grid.width; c++) {
      if (grid.ownText(r, c) === '') continue;
      const m = grid.merges.at(r, c);
      c1 = Math.min(c1, m ? m.c1 : c);
      c2 = Math.max(c2, m ? m.c2 : c);
    }
  }
  return { c1, c2: Math.min(c2, grid.width - 1) };
}
