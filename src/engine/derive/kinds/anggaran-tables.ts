import { serapan, sisaAnggaran } from '../../compute/serapan';
import { place } from '../../workbook/a1';
import { shareAnggaran } from '../../compute/share';
import { warningText } from '../../i18n/warning-messages';
import type { TableColumn } from '../../recognize/types';
import { indicatorKey } from '../../settings/indicator-key';
import { deriveCapaianRow, type IndicatorColumns } from '../capaian-cells';
import type { DeriveContext } from '../context';
import { fn, op, percent, ref, type Expr } from '../expr';
import { formatId } from '../format-id';
import { deriveChildSums } from '../hierarchy-sums';
import { isContinuation } from '../rows';
import type { TableAccess } from '../table-access';
import { numberOf } from '../table-access';
import { deriveAverageFooters, deriveTotalFooters } from './footers';

/** A program's name as a key: without kode, numbering, `Program:` prefix and case. */
export function programKey(name: string): string {
  return indicatorKey(name.replace(/^[\d.\s]+/, '').replace(/^\[?\s*program\s*\]?\s*:?\s*/i, ''));
}

/** The year's pagu and realisasi columns (SIPD kelompok columns add up); triwulan columns apart. */
function moneyColumns(t: TableAccess): { pagu: TableColumn[]; realisasi: TableColumn[]; triwulan: TableColumn[] } {
  const year = (c: TableColumn): boolean => c.triwulan === undefined;
  return {
    pagu: t.columns('anggaran').filter(year),
    realisasi: t.columns('realisasi_anggaran').filter(year),
    triwulan: t.table.columns.filter((c) => c.triwulan !== undefined && (c.role === 'realisasi_anggaran' || c.measure === 'Rp')),
  };
}

/** Pagu and realisasi of a row: the one column each, or the sum of the SIPD kelompok columns. */
function rowMoney(t: TableAccess, row: number, columns: readonly TableColumn[]): number | undefined {
  let sum: number | undefined;
  for (const c of columns) {
    const v = numberOf(t.read(row, c));
    if (v !== undefined) sum = (sum ?? 0) + v;
  }
  return sum;
}

/** Pagu or realisasi of a row as cells: the one column, or the kelompok columns added up. */
function moneyExpr(t: TableAccess, row: number, columns: readonly TableColumn[]): Expr | undefined {
  const cells = columns.filter((c) => numberOf(t.read(row, c)) !== undefined).map((c) => ref(t.name, row, c.col));
  if (cells.length === 0) return undefined;
  return cells.length === 1 ? cells[0] : fn('SUM', cells);
}

/** The columns serapan, sisa and % sisa are written into, looked up once per table. */
interface SerapanColumns {
  readonly money: ReturnType<typeof moneyColumns>;
  /** The serapan column of a data row and of a JUMLAH row. */
  readonly serapan: { readonly row: TableColumn | undefined; readonly total: TableColumn | undefined };
  readonly sisa: TableColumn | undefined;
  readonly persenSisa: TableColumn | undefined;
}

function serapanColumnsOf(t: TableAccess): SerapanColumns {
  // On the JUMLAH row of a realisasi anggaran table without a serapan column, the one % cell is the total serapan.
  const own = t.column('serapan');
  const capaianAsSerapan = (isTotal: boolean): TableColumn | undefined =>
    t.table.kind === 'realisasi_anggaran' && (isTotal || !t.column('target')) ? t.column('capaian') : undefined;
  return {
    money: moneyColumns(t),
    serapan: { row: own ?? capaianAsSerapan(false), total: own ?? capaianAsSerapan(true) },
    sisa: t.column('sisa'),
    persenSisa: t.column('persen_sisa'),
  };
}

/** Pagu and realisasi as cells, for the `rumus` mode; undefined where no formula can say them. */
function liveOperands(t: TableAccess, money: ReturnType<typeof moneyColumns>, row: number, isTotal: boolean): { P: Expr; R: Expr } | undefined {
  // On a JUMLAH row the pagu and realisasi cells are themselves written (totals): refer to them.
  const P = isTotal ? (money.pagu[0] && ref(t.name, row, money.pagu[0].col)) : moneyExpr(t, row, money.pagu);
  const R = isTotal ? (money.realisasi[0] && ref(t.name, row, money.realisasi[0].col)) : moneyExpr(t, row, money.realisasi);
  const single = money.pagu.length === 1 && money.realisasi.length === 1;
  return P && R && (single || !isTotal) ? { P, R } : undefined;
}

function deriveSerapanCells(
  ctx: DeriveContext,
  t: TableAccess,
  columns: SerapanColumns,
  row: number,
  pagu: number | undefined,
  realisasi: number | undefined,
  isTotal = false,
): void {
  if (pagu === undefined || realisasi === undefined) return;
  const { money, sisa: sisaColumn, persenSisa } = columns;
  const live = ctx.formulas ? liveOperands(t, money, row, isTotal) : undefined;
  const serapanColumn = isTotal ? columns.serapan.total : columns.serapan.row;
  const s = serapan(pagu, realisasi);
  if (serapanColumn && s.kind === 'value') {
    ctx.add({ sheet: t.name, row, col: serapanColumn.col, kind: 'serapan', value: s.value, format: 'percent', mismatch: 'SERAPAN_MISMATCH', basis: () => `realisasi ${formatId(realisasi)} ÷ pagu ${formatId(pagu)} × 100`, expr: live && percent(live.R, live.P) });
  }
  const sisa = sisaAnggaran(pagu, realisasi);
  if (sisaColumn && sisa.kind === 'value') {
    ctx.add({ sheet: t.name, row, col: sisaColumn.col, kind: 'sisa', value: sisa.value, format: 'money', mismatch: 'TOTAL_MISMATCH', basis: () => `pagu ${formatId(pagu)} − realisasi ${formatId(realisasi)}`, expr: live && op('-', live.P, live.R) });
  }
  if (persenSisa && sisa.kind === 'value' && s.kind === 'value') {
    ctx.add({ sheet: t.name, row, col: persenSisa.col, kind: 'persen_sisa', value: 100 - s.value, format: 'percent', mismatch: 'SERAPAN_MISMATCH', basis: () => `sisa ${formatId(sisa.value)} ÷ pagu ${formatId(pagu)} × 100` });
  }
}

/**
 * Tabel 3.8 and 3.10 (and SIPD exports): serapan, sisa and % sisa per row, realisasi over pagu,
 * parents against their children, totals; the kinerja part (target, realisasi, capaian) where present.
 */
export function deriveAnggaranTable(ctx: DeriveContext, t: TableAccess): void {
  const serapanColumns = serapanColumnsOf(t);
  const money = serapanColumns.money;
  const name = t.column('program') ?? t.column('uraian');
  const cols: IndicatorColumns = {
    target: t.column('target'), realisasi: t.column('realisasi', (c) => c.triwulan === undefined),
    capaian: t.column('target') ? t.column('capaian') : undefined,
    indikator: t.column('indikator'), polaritas: t.column('polaritas'),
  };
  const capaianValues: (number | undefined)[] = [];
  for (const r of t.dataRows()) {
    if (cols.target || cols.realisasi) {
      const c = deriveCapaianRow(ctx, t, r.row, cols);
      if (c || cols.capaian) capaianValues.push(c?.capped);
    }
    if (isContinuation(t, r) && money.pagu.every((c) => t.isCovered(r.row, c.col) || t.text(r.row, c) === '')) continue;
    const pagu = rowMoney(t, r.row, money.pagu);
    const realisasi = rowMoney(t, r.row, money.realisasi);
    deriveSerapanCells(ctx, t, serapanColumns, r.row, pagu, realisasi);
    const at = money.realisasi[0];
    if (at && pagu !== undefined && realisasi !== undefined && realisasi > pagu) {
      ctx.warn('OVER_BUDGET', t.name, r.row, at.col, warningText.overBudget(place(t.name, r.row, at.col), formatId(realisasi), formatId(pagu)), { expected: pagu, actual: realisasi });
    }
    const programName = name ? t.text(r.row, name) : '';
    const isProgram = r.kind.role === 'data' && (r.kind.level === 'program' || (t.table.kind === 'kinerja_anggaran' && name?.role === 'program'));
    if (isProgram && programName) {
      const key = programKey(programName);
      if (pagu !== undefined && money.pagu[0]) ctx.fact({ subject: 'program', key, name: programName, field: 'pagu', value: pagu * (money.pagu[0].scale ?? 1), sheet: t.name, row: r.row, col: money.pagu[0].col });
      if (realisasi !== undefined && at) ctx.fact({ subject: 'program', key, name: programName, field: 'realisasi_anggaran', value: realisasi * (at.scale ?? 1), sheet: t.name, row: r.row, col: at.col });
    }
  }
  deriveChildSums(ctx, t, [...money.pagu, ...money.realisasi, ...money.triwulan]);
  const sums = deriveTotalFooters(ctx, t, [...money.pagu, ...money.realisasi, ...money.triwulan]);
  const totalPagu = money.pagu.reduce<number | undefined>((acc, c) => (sums.has(c.col) ? (acc ?? 0) + sums.get(c.col)! : acc), undefined);
  const totalRealisasi = money.realisasi.reduce<number | undefined>((acc, c) => (sums.has(c.col) ? (acc ?? 0) + sums.get(c.col)! : acc), undefined);
  for (const f of t.footerRows()) {
    if (f.kind.role === 'footer' && f.kind.footer === 'total') deriveSerapanCells(ctx, t, serapanColumns, f.row, totalPagu, totalRealisasi, true);
  }
  if (totalPagu !== undefined && totalRealisasi !== undefined && t.table.kind === 'realisasi_anggaran' && ctx.budgetTotal === undefined) {
    ctx.budgetTotal = { pagu: totalPagu, realisasi: totalRealisasi };
  }
  if (cols.capaian) deriveAverageFooters(ctx, t, cols.capaian, capaianValues);
}

/** Tabel 3.7: each sasaran's share of the budget; the denominator is the table's total or the whole pagu. */
export function deriveAlokasi(ctx: DeriveContext, t: TableAccess): void {
  const anggaran = t.column('anggaran');
  const share = t.column('persen_anggaran');
  if (!anggaran) return;
  const rows = t.dataRows().filter((r) => !isContinuation(t, r) || numberOf(t.read(r.row, anggaran)) !== undefined);
  const amounts = rows.map((r) => numberOf(t.read(r.row, anggaran)));
  const tableTotal = amounts.reduce<number>((a, b) => a + (b ?? 0), 0);
  deriveTotalFooters(ctx, t, [anggaran]);
  if (!share || tableTotal <= 0) return;
  // Some reports divide by the whole OPD pagu rather than by the rows shown: take the denominator the stated shares use.
  const candidates = [tableTotal, ...(ctx.budgetTotal ? [ctx.budgetTotal.pagu] : [])];
  const fits = (denominator: number): number =>
    rows.filter((r, i) => {
      const stated = numberOf(t.read(r.row, share));
      const a = amounts[i];
      return stated !== undefined && a !== undefined && Math.abs((a / denominator) * 100 - stated) < 0.01;
    }).length;
  const denominator = candidates.reduce((best, c) => (fits(c) > fits(best) ? c : best), tableTotal);
  // A loop, not a callback: a callback would close over `ctx`, and every basis below with it.
  for (let i = 0; i < rows.length; i++) {
    const a = amounts[i];
    if (a === undefined) continue;
    const s = shareAnggaran(a, denominator);
    if (s.kind !== 'value') continue;
    ctx.add({ sheet: t.name, row: rows[i]!.row, col: share.col, kind: 'persen_anggaran', value: s.value, format: 'percent', mismatch: 'SHARE_MISMATCH', basis: () => `anggaran ${formatId(a)} ÷ total ${formatId(denominator)} × 100` });
  }
  for (const f of t.footerRows()) {
    if (f.kind.role === 'footer' && f.kind.footer === 'total') {
      ctx.add({ sheet: t.name, row: f.row, col: share.col, kind: 'persen_anggaran', value: (tableTotal / denominator) * 100, format: 'percent', mismatch: 'SHARE_MISMATCH', basis: () => `total ${formatId(tableTotal)} ÷ ${formatId(denominator)} × 100` });
    }
  }
}
