import type { DeriveContext } from '../derive/context';
import { percent, ref } from '../derive/expr';
import { deriveChildSums } from '../derive/hierarchy-sums';
import { deriveAverageFooters } from '../derive/kinds/footers';
import { isContinuation } from '../derive/rows';
import type { TableAccess } from '../derive/table-access';
import { e81Basis } from '../i18n/e81-messages';
import { levelOfName } from '../recognize/hierarchy';
import type { TableColumn } from '../recognize/types';
import type { E81Columns } from './e81-columns';
import { persenAnggaran } from './e81-math';
import { splitKode } from './keys';
import { id } from './row-context';

/** The percentage columns of one E.81, row by row, for the rata-rata footers. */
export interface Means {
  readonly capaianK: (number | undefined)[];
  readonly capaianRp: (number | undefined)[];
  readonly kemajuanK: (number | undefined)[];
  readonly kemajuanRp: (number | undefined)[];
}

/** Does every program / kegiatan row name its level (a kode, `[PROGRAM]`, `Kegiatan:`), or is the hierarchy guessed from position? */
function hierarchyIsStated(t: TableAccess, cols: E81Columns): boolean {
  const leveled = t.dataRows().filter((r) => r.kind.role === 'data' && r.kind.level !== undefined && !isContinuation(t, r));
  if (leveled.length === 0) return false;
  if (cols.kode.some((k) => leveled.some((r) => t.text(r.row, k) !== ''))) return true;
  const named = leveled.filter((r) => {
    const name = t.text(r.row, cols.uraian);
    return splitKode(name).kode !== undefined || levelOfName(name) !== undefined;
  });
  return named.length >= leveled.length * 0.8;
}

/**
 * Parents' rupiah against their children (CHILD_SUM_MISMATCH), where the rows say their level (a
 * kode, `[PROGRAM]`, `Kegiatan:`). Where the hierarchy is only guessed from position (Deli
 * Serdang: no kode, no prefix), a wrong guess of one row's level makes whole columns disagree
 * (sibling rows counted as children): no child sum is checked there rather than false alarms.
 */
export function deriveChildSumsOfE81(ctx: DeriveContext, t: TableAccess, cols: E81Columns, money: readonly TableColumn[]): void {
  if (hierarchyIsStated(t, cols)) deriveChildSums(ctx, t, money);
}

/** The col 15 Rp of a `Jumlah` row: the totals of column 14 Rp over column 6 Rp. */
export function deriveTotalRow(ctx: DeriveContext, t: TableAccess, cols: E81Columns, sums: ReadonlyMap<number, number>): void {
  if (!cols.kemajuanRp || !cols.kumulatifRp || !cols.targetAkhirRp) return;
  const kumulatif = sums.get(cols.kumulatifRp.col);
  const targetAkhir = sums.get(cols.targetAkhirRp.col);
  const value = persenAnggaran(targetAkhir, kumulatif);
  if (value === undefined) return;
  for (const f of t.footerRows()) {
    if (f.kind.role !== 'footer' || f.kind.footer !== 'total') continue;
    ctx.add({
      sheet: t.name, row: f.row, col: cols.kemajuanRp.col, kind: 'kemajuan', value, format: 'percent', mismatch: 'KEMAJUAN_MISMATCH',
      basis: () => e81Basis.anggaran(id(kumulatif!), id(targetAkhir!)),
      expr: percent(ref(t.name, f.row, cols.kumulatifRp.col), ref(t.name, f.row, cols.targetAkhirRp.col)),
    });
  }
}

/**
 * Rata-rata of each percentage column and its predikat. The predikat of an E.81 is on the
 * Permendagri 86 scale whatever scale the LKjIP tables use (SPEC §6: the form's own regulation).
 */
export function deriveFooterMeans(ctx: DeriveContext, t: TableAccess, cols: E81Columns, means: Means): void {
  const onScale = ctx.withSettings({ ...ctx.settings, skalaPredikat: 'permendagri86' });
  deriveAverageFooters(onScale, t, cols.capaianK, means.capaianK);
  deriveAverageFooters(onScale, t, cols.capaianRp, means.capaianRp);
  deriveAverageFooters(onScale, t, cols.kemajuanK, means.kemajuanK);
  deriveAverageFooters(onScale, t, cols.kemajuanRp, means.kemajuanRp);
}
