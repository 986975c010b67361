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

/** The row's kode, its columns joined by `|` (`2.16|2.16.01.2`); '' when it has none. */
function kodeKey(t: TableAccess, row: number, kodeColumns: readonly TableColumn[]): string {
  return kodeColumns.map((c) => t.text(row, c).replace(/\s+/g, '.')).filter((k) => k !== '').join('|');
}

/** Parent of each row: by kode prefix when the table has kode (blocks may come out of order), else by position and level. */
function parentsOf(t: TableAccess, rows: readonly DataRow[]): Map<DataRow, DataRow> {
  const parents = new Map<DataRow, DataRow>();
  const kodeColumns = t.columns('kode');
  const kodes = kodeColumns.length > 0 ? rows.map((r) => kodeKey(t, r.row, kodeColumns)) : [];
  if (kodes.some((k) => k !== '')) {
    const byKey = new Map<string, DataRow>();
    rows.forEach((r, i) => {
      const key = kodes[i]!;
      if (key && !byKey.has(key)) byKey.set(key, r);
    });
    rows.forEach((r, i) => {
      const parent = nearestAncestor(kodes[i]!, byKey, r);
      if (parent) parents.set(r, parent);
    });
    return parents;
  }
  const stack: DataRow[] = [];
  for (const r of rows) {
    while (stack.length > 0 && stack[stack.length - 1]!.kind.depth >= r.kind.depth) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parents.set(r, parent);
    stack.push(r);
  }
  return parents;
}

/** CHILD_SUM_MISMATCH: a program's or kegiatan's pagu/realisasi against the sum of its children (inputs: checked, never written). */
export function deriveChildSums(ctx: DeriveContext, t: TableAccess, columns: readonly TableColumn[]): void {
  const rows = t
    .dataRows()
    .filter((r): r is DataRow => r.kind.role === 'data' && r.kind.level !== undefined && !isContinuation(t, r));
  if (rows.length < 2) return;
  const parents = parentsOf(t, rows);
  const children = new Map<DataRow, DataRow[]>();
  parents.forEach((parent, child) => {
    const kids = children.get(parent);
    if (kids) kids.push(child);
    else children.set(parent, [child]);
  });
  children.forEach((kids, parent) => {
    for (const column of columns) {
      const stated = numberOf(t.read(parent.row, column));
      const values = kids.map((k) => numberOf(t.read(k.row, column))).filter((v): v is number => v !== undefined);
      if (stated === undefined || values.length === 0) continue;
      const sum = cleanSum(values.reduce((a, b) => a + b, 0));
      if (Math.abs(sum - stated) <= 0.5) continue;
      const where = place(t.name, parent.row, column.col);
      ctx.warn(
        'CHILD_SUM_MISMATCH', t.name, parent.row, column.col,
        `${where} tertulis ${formatId(stated)}, tetapi jumlah ${values.length} rincian di bawahnya ${formatId(sum)} (selisih ${formatId(stated - sum)}).`,
        { expected: sum, actual: stated },
      );
    }
  });
}
