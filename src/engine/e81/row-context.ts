import { applyCapping } from '../compute/capping';
import type { DeriveContext } from '../derive/context';
import { op, ref, type Expr } from '../derive/expr';
import { formatId } from '../derive/format-id';
import { expectationOf, numberOf, type TableAccess } from '../derive/table-access';
import type { Derivation } from '../derive/types';
import type { TableColumn } from '../recognize/types';
import type { E81Columns } from './e81-columns';
import { cellShows } from './stated';
import type { Quarters } from './triwulan-rules';

/** One data row of an E.81 being checked. */
export interface RowContext {
  readonly ctx: DeriveContext;
  readonly t: TableAccess;
  readonly cols: E81Columns;
  readonly row: number;
}

/** A number in messages, up to four decimals. */
export const id = (n: number): string => formatId(n, 4);

export function read(rc: RowContext, column: TableColumn | undefined): number | undefined {
  return numberOf(rc.t.read(rc.row, column));
}

export function quarters(rc: RowContext, columns: readonly (TableColumn | undefined)[]): Quarters {
  return columns.map((c) => read(rc, c));
}

export function add(rc: RowContext, column: TableColumn, derived: Omit<Derivation, 'sheet' | 'row' | 'col'>): void {
  rc.ctx.add({ sheet: rc.t.name, row: rc.row, col: column.col, ...derived });
}

/** Does the stated cell show `value` at its own precision? */
export function shows(rc: RowContext, column: TableColumn | undefined, value: number): boolean {
  return column !== undefined && cellShows(rc.t.sheet.cells, rc.row, column.col, value, expectationOf(column), rc.ctx.settings.toleransi);
}

export function quarterRefs(rc: RowContext, columns: readonly (TableColumn | undefined)[], q: Quarters): Expr[] {
  return columns.flatMap((c, i) => (c && q[i] !== undefined ? [ref(rc.t.name, rc.row, c.col)] : []));
}

export function sumExpr(rc: RowContext, a: TableColumn | undefined, b: TableColumn | undefined): Expr | undefined {
  return a && b ? op('+', ref(rc.t.name, rc.row, a.col), ref(rc.t.name, rc.row, b.col)) : undefined;
}

export function capped(rc: RowContext, value: number | undefined): number | undefined {
  return value === undefined ? undefined : applyCapping(value, rc.ctx.settings.batasCapaian, rc.ctx.settings.batasBawahNol);
}
