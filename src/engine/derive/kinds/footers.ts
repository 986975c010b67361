import { rataRata } from '../../compute/rata-rata';
import { total } from '../../compute/totals';
import type { TableColumn } from '../../recognize/types';
import { derivePredikat } from '../capaian-cells';
import { fn, ref, type Expr } from '../expr';
import type { DeriveContext } from '../context';
import { formatId } from '../format-id';
import { topLevelRows } from '../rows';
import type { TableAccess } from '../table-access';
import { numberOf } from '../table-access';

/** `Rata-rata` footers: the mean of the rows' capaian, and its predikat (AVERAGE_MISMATCH). */
export function deriveAverageFooters(
  ctx: DeriveContext,
  t: TableAccess,
  column: TableColumn | undefined,
  values: readonly (number | undefined)[],
  predikatColumn?: TableColumn,
  /** The rows the values sit in (aligned with `values`), for the `rumus` mode's AVERAGE. */
  valueRows?: readonly number[],
): number | undefined {
  if (!column) return undefined;
  const mean = rataRata(values);
  if (mean.mean === undefined) return undefined;
  const cells = valueRows?.filter((_, i) => values[i] !== undefined).map((r) => ref(t.name, r, column.col));
  const averageExpr: Expr | undefined = cells && cells.length > 0 ? fn('AVERAGE', cells) : undefined;
  for (const f of t.footerRows()) {
    if (f.kind.role !== 'footer') continue;
    if (f.kind.footer === 'average') {
      ctx.add({
        sheet: t.name, row: f.row, col: column.col, kind: 'rata_rata', value: mean.mean, format: 'percent',
        mismatch: 'AVERAGE_MISMATCH',
        basis: () => `rata-rata ${mean.used} capaian${mean.missing ? `, ${mean.missing} tanpa nilai tidak dihitung` : ''}`,
        expr: averageExpr,
      });
      derivePredikat(ctx, t, f.row, predikatColumn, mean.mean, ref(t.name, f.row, column.col));
    }
    if (f.kind.footer === 'predikat') derivePredikat(ctx, t, f.row, predikatColumn ?? column, mean.mean);
  }
  return mean.mean;
}

/** `JUMLAH`/`TOTAL` footers of amount columns: the sum of the top-level rows (TOTAL_MISMATCH). */
export function deriveTotalFooters(ctx: DeriveContext, t: TableAccess, columns: readonly TableColumn[]): Map<number, number> {
  const sums = new Map<number, number>();
  const footers = t.footerRows().filter((f) => f.kind.role === 'footer' && f.kind.footer === 'total');
  if (footers.length === 0) return sums;
  const rows = topLevelRows(t);
  for (const column of columns) {
    const values = rows.map((r) => t.read(r.row, column));
    const sum = total(values);
    const cells = rows.filter((_, i) => numberOf(values[i]!) !== undefined).map((r) => ref(t.name, r.row, column.col));
    if (sum.used === 0) continue;
    sums.set(column.col, sum.sum);
    const money = column.role === 'anggaran' || column.role === 'realisasi_anggaran' || column.role === 'sisa' || column.measure === 'Rp';
    for (const f of footers) {
      if (numberOf(t.read(f.row, column)) === undefined && t.text(f.row, column) !== '') continue;
      ctx.add({
        sheet: t.name, row: f.row, col: column.col, kind: 'total', value: sum.sum, format: money ? 'money' : 'number',
        mismatch: 'TOTAL_MISMATCH',
        basis: () => `jumlah ${sum.used} baris${sum.missing ? ` (${sum.missing} kosong)` : ''} = ${formatId(sum.sum)}`,
        expr: cells.length > 0 ? fn('SUM', cells) : undefined,
      });
    }
  }
  return sums;
}
