import { efisiensi } from '../../compute/efisiensi';
import { place } from '../../workbook/a1';
import { ketersediaan } from '../../compute/ketersediaan';
import { rataRata } from '../../compute/rata-rata';
import { serapan } from '../../compute/serapan';
import type { TableColumn } from '../../recognize/types';
import { deriveCapaianRow } from '../capaian-cells';
import { warningText } from '../../i18n/warning-messages';
import type { DeriveContext } from '../context';
import { op, percent, ref, type Expr } from '../expr';
import { formatId, formatPercentId } from '../format-id';
import { footerValueColumn } from '../rows';
import type { TableAccess } from '../table-access';
import { numberOf } from '../table-access';
import { deriveAverageFooters, deriveTotalFooters } from './footers';

function addEfisiensi(
  ctx: DeriveContext,
  t: TableAccess,
  row: number,
  column: TableColumn | undefined,
  capaian: number | undefined,
  pembagi: number | undefined,
  label: string,
  cells?: { capaian: TableColumn | undefined; pembagi: TableColumn | undefined },
): void {
  if (!column || capaian === undefined || pembagi === undefined) return;
  const e = efisiensi(capaian, pembagi);
  if (e.kind !== 'value') return;
  const expr: Expr | undefined = cells?.capaian && cells.pembagi ? op('-', ref(t.name, row, cells.capaian.col), ref(t.name, row, cells.pembagi.col)) : undefined;
  ctx.add({ sheet: t.name, row, col: column.col, kind: 'efisiensi', value: e.value, format: 'percent', mismatch: 'EFISIENSI_MISMATCH', basis: () => `capaian ${formatPercentId(capaian)} − ${label} ${formatPercentId(pembagi)}`, expr });
}

/** A percentage input of an efisiensi (capaian, penyerapan): rupiah typed there is not one. */
function percentInput(ctx: DeriveContext, t: TableAccess, row: number, column: TableColumn | undefined): number | undefined {
  const value = t.read(row, column);
  if (value.kind === 'money' && column) {
    ctx.warn('UNPARSEABLE_VALUE', t.name, row, column.col, warningText.unparseable(place(t.name, row, column.col), t.text(row, column), 'persentase'));
    return undefined;
  }
  return numberOf(value);
}

/** Tabel 3.9: efisiensi = % capaian − % penyerapan per row; the total: mean capaian − total penyerapan. */
export function deriveEfisiensiAnggaran(ctx: DeriveContext, t: TableAccess): void {
  const capaianColumn = t.column('capaian');
  const serapanColumn = t.column('serapan');
  const efisiensiColumn = t.column('efisiensi');
  const capaianValues: (number | undefined)[] = [];
  for (const r of t.dataRows()) {
    const c = percentInput(ctx, t, r.row, capaianColumn);
    capaianValues.push(c);
    addEfisiensi(ctx, t, r.row, efisiensiColumn, c, percentInput(ctx, t, r.row, serapanColumn), 'penyerapan', { capaian: capaianColumn, pembagi: serapanColumn });
  }
  const mean = ctx.mainCapaianMean ?? rataRata(capaianValues).mean;
  const budget = ctx.budgetTotal ? serapan(ctx.budgetTotal.pagu, ctx.budgetTotal.realisasi) : undefined;
  // Bases keep what they name, never `ctx` (which holds every fact of the workbook).
  const meanBasis = ctx.mainCapaianMean !== undefined ? 'rata-rata capaian kinerja tabel capaian utama' : `rata-rata capaian ${capaianValues.filter((v) => v !== undefined).length} indikator`;
  const budgetTotal = ctx.budgetTotal;
  for (const f of t.footerRows()) {
    if (f.kind.role !== 'footer') continue;
    if (capaianColumn && mean !== undefined) {
      ctx.add({ sheet: t.name, row: f.row, col: capaianColumn.col, kind: 'rata_rata', value: mean, format: 'percent', mismatch: 'AVERAGE_MISMATCH', basis: () => meanBasis });
    }
    if (serapanColumn && budget?.kind === 'value' && budgetTotal) {
      ctx.add({ sheet: t.name, row: f.row, col: serapanColumn.col, kind: 'serapan', value: budget.value, format: 'percent', mismatch: 'SERAPAN_MISMATCH', basis: () => `realisasi ${formatId(budgetTotal.realisasi)} ÷ pagu ${formatId(budgetTotal.pagu)} × 100` });
    }
    // The total penyerapan the engine computes wins over the one typed in the footer, so that a second Hitung Ulang changes nothing.
    const footerSerapan = budget?.kind === 'value' ? budget.value : numberOf(t.read(f.row, serapanColumn));
    addEfisiensi(ctx, t, f.row, efisiensiColumn, mean, footerSerapan, 'penyerapan total');
  }
}

/**
 * Tabel 3.11 / 3.12 / 3.13: % ketersediaan = tersedia ÷ kebutuhan per row; where the table has
 * capaian, efisiensi = capaian − ketersediaan, per row and for the means in the footer.
 */
export function deriveKetersediaanTable(ctx: DeriveContext, t: TableAccess): void {
  const tersedia = t.column('tersedia');
  const kebutuhan = t.column('kebutuhan');
  const ketersediaanColumn = t.column('ketersediaan');
  const efisiensiColumn = t.column('efisiensi');
  const cols = { target: t.column('target'), realisasi: t.column('realisasi'), capaian: t.column('capaian'), indikator: t.column('indikator'), polaritas: t.column('polaritas') };
  const capaianValues: (number | undefined)[] = [];
  const ketersediaanValues: (number | undefined)[] = [];
  // Where sasaran rows and their programs share the table, the means are over the sasaran rows.
  const rows = t.dataRows();
  const unleveled = rows.filter((r) => r.kind.role === 'data' && r.kind.level === undefined);
  const averaged = new Set(unleveled.length > 0 && unleveled.length < rows.length ? unleveled : rows);
  for (const r of rows) {
    const c = cols.target || cols.realisasi ? deriveCapaianRow(ctx, t, r.row, cols)?.capped : numberOf(t.read(r.row, cols.capaian));
    if (cols.capaian && averaged.has(r)) capaianValues.push(c);
    const T = t.read(r.row, tersedia);
    const K = t.read(r.row, kebutuhan);
    const k = ketersediaan(T, K);
    const kValue = k.kind === 'value' ? k.value : undefined;
    if (ketersediaanColumn && averaged.has(r)) ketersediaanValues.push(kValue);
    if (ketersediaanColumn && kValue !== undefined) {
      const expr = tersedia && kebutuhan ? percent(ref(t.name, r.row, tersedia.col), ref(t.name, r.row, kebutuhan.col)) : undefined;
      ctx.add({ sheet: t.name, row: r.row, col: ketersediaanColumn.col, kind: 'ketersediaan', value: kValue, format: 'percent', mismatch: 'KETERSEDIAAN_MISMATCH', basis: () => `tersedia ${formatId(numberOf(T) ?? 0)} ÷ kebutuhan ${formatId(numberOf(K) ?? 0)} × 100`, expr });
    }
    addEfisiensi(ctx, t, r.row, efisiensiColumn, c, kValue, 'ketersediaan', { capaian: cols.capaian, pembagi: ketersediaanColumn });
  }
  const tableMean = ctx.mainCapaianMean === undefined ? deriveAverageFooters(ctx, t, cols.capaian, capaianValues) : undefined;
  const meanCapaian = ctx.mainCapaianMean ?? tableMean;
  if (ctx.mainCapaianMean !== undefined) deriveAverageFooters(ctx, t, cols.capaian, [ctx.mainCapaianMean]);
  const meanKetersediaan = rataRata(ketersediaanValues).mean;
  for (const f of t.footerRows()) {
    if (f.kind.role !== 'footer') continue;
    if (f.kind.footer === 'average' && ketersediaanColumn && meanKetersediaan !== undefined && cols.capaian) {
      ctx.add({ sheet: t.name, row: f.row, col: ketersediaanColumn.col, kind: 'ketersediaan', value: meanKetersediaan, format: 'percent', mismatch: 'AVERAGE_MISMATCH', basis: () => `rata-rata ${ketersediaanValues.filter((v) => v !== undefined).length} persentase ketersediaan` });
    }
    if (f.kind.footer === 'efisiensi') {
      addEfisiensi(ctx, t, f.row, footerValueColumn(t, f.row, efisiensiColumn ?? ketersediaanColumn), meanCapaian, meanKetersediaan, 'rata-rata ketersediaan');
    }
  }
  if (!cols.capaian) deriveTotalFooters(ctx, t, [tersedia, kebutuhan].filter((c): c is TableColumn => c !== undefined));
}
