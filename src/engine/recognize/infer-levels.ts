import { parseCellAt } from '../values/parse-cell';
import { dataRole, LEVEL_ORDER } from './hierarchy';
import type { SheetGrid } from './sheet-grid';
import type { HierarchyLevel, TableColumn, TableRow } from './types';

type DataRow = TableRow & { readonly kind: { readonly role: 'data'; readonly level?: HierarchyLevel } };

function isData(row: TableRow): row is DataRow {
  return row.kind.role === 'data';
}

function withLevel(row: TableRow, level: HierarchyLevel): TableRow {
  return { row: row.row, kind: dataRole(level) };
}

function below(level: HierarchyLevel): HierarchyLevel {
  return LEVEL_ORDER[Math.min(LEVEL_ORDER.indexOf(level) + 1, LEVEL_ORDER.length - 1)]!;
}

function moneyAt(grid: SheetGrid, row: number, col: number | undefined): number | undefined {
  if (col === undefined) return undefined;
  const v = parseCellAt(grid.sheet.cells, row, col, 'money');
  return v.kind === 'money' || v.kind === 'number' ? v.value : undefined;
}

/**
 * Levels of data rows that carry no kode and no prefix, in a table where some rows do:
 * - a row whose name cell is empty or covered by a merge continues the row above (another indicator);
 * - under a parent, a row whose pagu equals the sum of the next rows' pagu is their parent (kegiatan
 *   over sub kegiatan); other rows sit one level under the last marked parent.
 */
export function inferLevels(grid: SheetGrid, rows: readonly TableRow[], columns: readonly TableColumn[]): TableRow[] {
  const nameCol = columns.find((c) => c.role === 'uraian' || c.role === 'program')?.col;
  if (nameCol === undefined && !columns.some((c) => c.role === 'kode')) return [...rows];
  if (!rows.some((r) => isData(r) && r.kind.level !== undefined)) return [...rows];
  const paguCol = columns.find((c) => c.role === 'anggaran')?.col;
  const out = [...rows];
  let parent: HierarchyLevel | undefined;
  let previous: HierarchyLevel | undefined;
  // A kegiatan opened by a row without pagu: the unmatched rows after it are its sub kegiatan.
  let openParent = false;
  let i = 0;
  while (i < out.length) {
    const row = out[i]!;
    if (!isData(row)) {
      i++;
      continue;
    }
    if (row.kind.level !== undefined) {
      parent = previous = row.kind.level;
      openParent = false;
      i++;
      continue;
    }
    const continues = nameCol !== undefined && (grid.merges.isCovered(row.row, nameCol) || grid.ownText(row.row, nameCol) === '');
    if (continues && previous !== undefined) {
      out[i] = withLevel(row, previous);
      i++;
      continue;
    }
    if (parent === undefined) {
      i++;
      continue;
    }
    // Under the deepest named level, unmarked rows are its siblings, not a level below.
    const childLevel = parent === 'sub_kegiatan' || parent === 'rekening' ? parent : below(parent);
    const pagu = moneyAt(grid, row.row, paguCol);
    let matched = -1;
    if (pagu !== undefined && pagu > 0) {
      let sum = 0;
      for (let j = i + 1; j < out.length; j++) {
        const next = out[j]!;
        if (!isData(next) || next.kind.level !== undefined) break;
        if (nameCol !== undefined && grid.merges.isCovered(next.row, nameCol)) continue;
        sum += moneyAt(grid, next.row, paguCol) ?? 0;
        if (Math.abs(sum - pagu) < 0.5) {
          matched = j;
          break;
        }
        if (sum > pagu + 0.5) break;
      }
    }
    if (matched > i) {
      out[i] = withLevel(row, childLevel);
      for (let j = i + 1; j <= matched; j++) {
        const next = out[j]!;
        if (isData(next)) out[j] = withLevel(next, below(childLevel));
      }
      previous = below(childLevel);
      openParent = false;
      i = matched + 1;
      continue;
    }
    const level = openParent && childLevel !== parent ? below(childLevel) : childLevel;
    out[i] = withLevel(row, level);
    previous = level;
    if (pagu === undefined && paguCol !== undefined && childLevel !== parent) openParent = true;
    i++;
  }
  return out;
}
