import type { TableColumn, TableRow } from '../recognize/types';
import type { TableAccess } from './table-access';

const NAME_ROLES = new Set(['uraian', 'program', 'indikator', 'sasaran', 'kode']);

/** The row's own name cell is merged from the row above: a second indicator of the same item. */
export function isContinuation(t: TableAccess, row: TableRow): boolean {
  const names = t.nameColumns();
  for (let i = 0; i < names.length; i++) {
    const c = names[i]!;
    if (!t.isCovered(row.row, c.col) && t.text(row.row, c) !== '') return false;
  }
  return names.length > 0;
}

/** Rows a total adds up: the top level of a hierarchy, or every row of a flat table; never continuation rows. */
export function topLevelRows(t: TableAccess): TableRow[] {
  const data = t.dataRows();
  const leveled = data.filter((r) => r.kind.role === 'data' && r.kind.level !== undefined);
  if (leveled.length > 0) {
    const top = Math.min(...leveled.map((r) => (r.kind.role === 'data' ? r.kind.depth : 0)));
    return leveled.filter((r) => r.kind.role === 'data' && r.kind.depth === top && !isContinuation(t, r));
  }
  return data.filter((r) => !isContinuation(t, r));
}

/** The first cell of a footer row after its label that holds something, else `fallback`. */
export function footerValueColumn(t: TableAccess, row: number, fallback: TableColumn | undefined): TableColumn | undefined {
  const columns = t.table.columns;
  const labelIndex = columns.findIndex((c) => t.text(row, c) !== '');
  for (let i = labelIndex + 1; i < columns.length; i++) {
    const c = columns[i]!;
    if (!NAME_ROLES.has(c.role) && t.text(row, c) !== '') return c;
  }
  return fallback;
}
