import { cleanSum } from '../compute/result';
import { place } from '../workbook/a1';
import type { TableColumn, TableRow } from '../recognize/types';
import type { DeriveContext } from './context';
import { formatId } from './format-id';
import { nearestAncestor } from './kode-ancestor';
import { isContinuation } from './rows';
import type { TableAccess } from './table-access';
import { numberOf } from './table-access';

type DataRow = TableRow & { readonly kind: { readonly role: 'data'; readonly depth: number } };

const NO_PARENT = -1;

/** The row's kode, its columns joined by `|` (`2.16|2.16.01.2`), spaces inside read as `.`; '' when it has none. */
function kodeKey(t: TableAccess, row: number, kodeColumns: readonly TableColumn[]): string {
  let key = '';
  for (let i = 0; i < kodeColumns.length; i++) {
    const text = t.text(row, kodeColumns[i]!);
    if (text === '') continue;
    const part = text.replace(/\s+/g, '.');
    key = key === '' ? part : `${key}|${part}`;
  }
  return key;
}

/** The index of each row's parent, by kode prefix (blocks may come out of order), or NO_PARENT. */
function parentsByKode(kodes: readonly string[]): Int32Array {
  const byKey = new Map<string, number>();
  for (let i = 0; i < kodes.length; i++) {
    const key = kodes[i]!;
    if (key && !byKey.has(key)) byKey.set(key, i);
  }
  const parents = new Int32Array(kodes.length);
  for (let i = 0; i < kodes.length; i++) parents[i] = nearestAncestor(kodes[i]!, byKey, i) ?? NO_PARENT;
  return parents;
}

/** The index of each row's parent by position and level, or NO_PARENT. */
function parentsByDepth(rows: readonly DataRow[]): Int32Array {
  const parents = new Int32Array(rows.length).fill(NO_PARENT);
  const stack: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const depth = rows[i]!.kind.depth;
    while (stack.length > 0 && rows[stack[stack.length - 1]!]!.kind.depth >= depth) stack.pop();
    if (stack.length > 0) parents[i] = stack[stack.length - 1]!;
    stack.push(i);
  }
  return parents;
}

/** The index in `rows` of each row's parent, or NO_PARENT: by kode when the table has kode, else by level. */
function parentsOf(t: TableAccess, rows: readonly DataRow[]): Int32Array {
  const kodeColumns = t.columns('kode');
  if (kodeColumns.length > 0) {
    const kodes = rows.map((r) => kodeKey(t, r.row, kodeColumns));
    if (kodes.some((k) => k !== '')) return parentsByKode(kodes);
  }
  return parentsByDepth(rows);
}

/** Rows that add up into their parents: leveled data rows, not continuations. */
function hierarchyRows(t: TableAccess): DataRow[] {
  const data = t.dataRows();
  const rows: DataRow[] = [];
  for (let i = 0; i < data.length; i++) {
    const r = data[i]!;
    if (r.kind.role === 'data' && r.kind.level !== undefined && !isContinuation(t, r)) rows.push(r as DataRow);
  }
  return rows;
}

/** Each row's number in `column`, NaN where the cell holds none. */
function columnNumbers(t: TableAccess, rows: readonly DataRow[], column: TableColumn): Float64Array {
  const numbers = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) numbers[i] = numberOf(t.read(rows[i]!.row, column)) ?? NaN;
  return numbers;
}

/** Each row's number added into its parent's sum, in row order, as the children come. */
function childSums(numbers: Float64Array, parents: Int32Array): { sums: Float64Array; counts: Int32Array } {
  const sums = new Float64Array(numbers.length);
  const counts = new Int32Array(numbers.length);
  for (let i = 0; i < numbers.length; i++) {
    const p = parents[i]!;
    if (p === NO_PARENT || Number.isNaN(numbers[i]!)) continue;
    sums[p]! += numbers[i]!;
    counts[p]!++;
  }
  return { sums, counts };
}

/** CHILD_SUM_MISMATCH: a program's or kegiatan's pagu/realisasi against the sum of its children (inputs: checked, never written). */
export function deriveChildSums(ctx: DeriveContext, t: TableAccess, columns: readonly TableColumn[]): void {
  const rows = hierarchyRows(t);
  if (rows.length < 2) return;
  const parents = parentsOf(t, rows);
  for (const column of columns) {
    const numbers = columnNumbers(t, rows, column);
    const { sums, counts } = childSums(numbers, parents);
    for (let p = 0; p < rows.length; p++) {
      const stated = numbers[p]!;
      if (counts[p] === 0 || Number.isNaN(stated)) continue;
      const total = cleanSum(sums[p]!);
      if (Math.abs(total - stated) <= 0.5) continue;
      const row = rows[p]!.row;
      ctx.warn(
        'CHILD_SUM_MISMATCH', t.name, row, column.col,
        `${place(t.name, row, column.col)} tertulis ${formatId(stated)}, tetapi jumlah ${counts[p]} rincian di bawahnya ${formatId(total)} (selisih ${formatId(stated - total)}).`,
        { expected: total, actual: stated },
      );
    }
  }
}
