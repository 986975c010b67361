import { resolvePolaritas } from '../compute/polaritas';
import { place } from '../workbook/a1';
import type { DeriveContext } from '../derive/context';
import { deriveTotalFooters } from '../derive/kinds/footers';
import { isContinuation } from '../derive/rows';
import { numberOf, type TableAccess } from '../derive/table-access';
import { e81Basis } from '../i18n/e81-messages';
import { warningText } from '../i18n/warning-messages';
import type { TableRow } from '../recognize/types';
import { indicatorKey } from '../settings/indicator-key';
import type { Polaritas } from '../settings/types';
import { e81Columns, rupiahColumns } from './e81-columns';
import { capaianRenja, persenAnggaran, tingkatCapaianKinerja } from './e81-math';
import { deriveChildSumsOfE81, deriveFooterMeans, deriveTotalRow, type Means } from './e81-table-checks';
import { indicatorType, isPercentIndicator } from './indicator-type';
import { itemNameKey, stripUnitSuffix } from './keys';
import { kumulatifK, kumulatifRp, percentCell } from './kumulatif-cells';
import { capped, id, read, type RowContext } from './row-context';
import { realisasiAnggaran, realisasiKinerja, warnPercentsOver100 } from './triwulan-cells';

function polarityOf(rc: RowContext, name: string): Polaritas {
  const text = rc.cols.polaritas ? rc.t.text(rc.row, rc.cols.polaritas) : undefined;
  const resolved = resolvePolaritas(text || undefined, name, rc.ctx.settings);
  const key = indicatorKey(name);
  if (!text && resolved === 'positif' && rc.ctx.polaritas.has(key)) return rc.ctx.polaritas.get(key)!;
  return resolved;
}

function deriveRow(rc: RowContext, r: TableRow, means: Means): void {
  const { cols, t, ctx, row } = rc;
  const name = t.text(row, cols.indikator);
  const satuan = t.text(row, cols.satuan) || undefined;
  const target = t.read(row, cols.targetK);
  const type = indicatorType(name, satuan, target);
  const percentIndicator = isPercentIndicator(name, satuan, target);
  const options = { polaritas: polarityOf(rc, stripUnitSuffix(name).name), rumusNegatif: ctx.settings.rumusNegatif };

  const tahunIniK = realisasiKinerja(rc, type, percentIndicator, numberOf(target));
  if (percentIndicator) warnPercentsOver100(rc);
  const kumulatif = kumulatifK(rc, type, tahunIniK);
  const targetAkhir = t.read(row, cols.targetAkhirK);
  const kemajuanK = capped(rc, tingkatCapaianKinerja(targetAkhir, kumulatif, options));
  percentCell(rc, cols.kemajuanK, kemajuanK, 'kemajuan', () => e81Basis.kemajuan(id(kumulatif ?? 0), id(numberOf(targetAkhir) ?? 0)), [cols.kumulatifK, cols.targetAkhirK]);
  const capaianK = capped(rc, capaianRenja(target, tahunIniK, options));
  percentCell(rc, cols.capaianK, capaianK, 'capaian', () => e81Basis.capaianRenja(id(tahunIniK ?? 0), id(numberOf(target) ?? 0)), [cols.realisasiK, cols.targetK]);

  const moneyRow = !isContinuation(t, r) || rupiahColumns(cols).some((c) => !t.isCovered(row, c.col) && t.text(row, c) !== '');
  let kemajuanRp: number | undefined;
  let capaianRp: number | undefined;
  if (moneyRow) {
    const tahunIniRp = realisasiAnggaran(rc);
    const pagu = read(rc, cols.pagu);
    if (pagu !== undefined && tahunIniRp !== undefined && tahunIniRp > pagu && cols.realisasiRp) {
      ctx.warn('OVER_BUDGET', t.name, row, cols.realisasiRp.col, warningText.overBudget(place(t.name, row, cols.realisasiRp.col), id(tahunIniRp), id(pagu)), { expected: pagu, actual: tahunIniRp });
    }
    const kumulatifAnggaranValue = kumulatifRp(rc, tahunIniRp);
    const targetAkhirRp = read(rc, cols.targetAkhirRp);
    kemajuanRp = percentCell(rc, cols.kemajuanRp, persenAnggaran(targetAkhirRp, kumulatifAnggaranValue), 'kemajuan', () => e81Basis.anggaran(id(kumulatifAnggaranValue ?? 0), id(targetAkhirRp ?? 0)), [cols.kumulatifRp, cols.targetAkhirRp], true);
    capaianRp = percentCell(rc, cols.capaianRp, persenAnggaran(pagu, tahunIniRp), 'serapan', () => e81Basis.anggaran(id(tahunIniRp ?? 0), id(pagu ?? 0)), [cols.realisasiRp, cols.pagu], true);
    recordProgramFacts(rc, r, pagu, tahunIniRp);
  }
  means.kemajuanK.push(kemajuanK);
  means.capaianK.push(capaianK);
  if (moneyRow) {
    means.kemajuanRp.push(kemajuanRp);
    means.capaianRp.push(capaianRp);
  }
}

/** A program's pagu and realisasi must be the same in every table (CROSS_TABLE_MISMATCH). */
function recordProgramFacts(rc: RowContext, r: TableRow, pagu: number | undefined, realisasi: number | undefined): void {
  const { cols, t, ctx, row } = rc;
  if (r.kind.role !== 'data' || r.kind.level !== 'program' || !cols.uraian) return;
  const name = t.text(row, cols.uraian);
  const key = itemNameKey(name);
  if (!key) return;
  if (pagu !== undefined && cols.pagu) ctx.fact({ subject: 'program', key, name, field: 'pagu', value: pagu, sheet: t.name, row, col: cols.pagu.col });
  const stated = read(rc, cols.realisasiRp);
  if (stated !== undefined && realisasi !== undefined && cols.realisasiRp) {
    ctx.fact({ subject: 'program', key, name, field: 'realisasi_anggaran', value: stated, sheet: t.name, row, col: cols.realisasiRp.col });
  }
}

/**
 * Formulir E.81 (SPEC §6) as found in a workbook: column 13 against its triwulan
 * (TRIWULAN_SUM_MISMATCH; counts add up, levels take the last triwulan), column 14 against
 * columns 7 and 13 and column 15 against columns 14 and 6 (KEMAJUAN_MISMATCH), the capaian Renja,
 * the rata-rata and predikat footers, parents' rupiah against their children, `Jumlah` rows.
 */
export function deriveE81(ctx: DeriveContext, t: TableAccess): void {
  const cols = e81Columns(t.table);
  const means: Means = { capaianK: [], capaianRp: [], kemajuanK: [], kemajuanRp: [] };
  for (const r of t.dataRows()) deriveRow({ ctx, t, cols, row: r.row }, r, means);
  deriveFooterMeans(ctx, t, cols, means);
  const money = rupiahColumns(cols);
  deriveChildSumsOfE81(ctx, t, cols, money);
  deriveTotalRow(ctx, t, cols, deriveTotalFooters(ctx, t, money));
}
