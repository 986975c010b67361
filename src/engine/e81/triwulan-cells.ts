import { fn } from '../derive/expr';
import { place } from '../workbook/a1';
import { formatPercentId } from '../derive/format-id';
import type { DeriveContext } from '../derive/context';
import { numberOf, type TableAccess } from '../derive/table-access';
import { e81Basis } from '../i18n/e81-messages';
import { warningText } from '../i18n/warning-messages';
import { e81Columns } from './e81-columns';
import { indicatorType, isPercentIndicator, type IndicatorType } from './indicator-type';
import { add, id, quarterRefs, quarters, read, shows, type RowContext } from './row-context';
import { acceptableReadings, hasQuarters, sumOfQuarters, type QuarterReading, type Quarters } from './triwulan-rules';

function readingBasis(reading: QuarterReading, q: Quarters): string {
  const parts = q.filter((v): v is number => v !== undefined).map(id);
  if (reading.rule === 'terakhir') return e81Basis.last(reading.triwulan, id(reading.value));
  if (reading.rule === 'tambahan') return e81Basis.shares(parts, id(reading.value));
  return e81Basis.sum(parts, id(reading.value));
}

/**
 * Column 13 K from the triwulan: among the readings the indicator's type allows, the one the
 * stated cell shows, else the prescribed one. Without triwulan, the stated column 13 is an input.
 */
export function realisasiKinerja(rc: RowContext, type: IndicatorType, percentIndicator: boolean, target: number | undefined): number | undefined {
  const { cols } = rc;
  const q = quarters(rc, cols.triwulanK);
  if (!hasQuarters(q)) return read(rc, cols.realisasiK);
  const readings = acceptableReadings(q, type, percentIndicator, target);
  // A loop, not `find`: its callback would close over `rc`, and the basis below with it.
  let chosen = readings[0]!;
  for (const r of readings) {
    if (shows(rc, cols.realisasiK, r.value)) {
      chosen = r;
      break;
    }
  }
  if (cols.realisasiK) {
    const refs = quarterRefs(rc, cols.triwulanK, q);
    add(rc, cols.realisasiK, {
      kind: 'realisasi_tahun_berjalan', value: chosen.value, format: 'number', mismatch: 'TRIWULAN_SUM_MISMATCH',
      basis: () => readingBasis(chosen, q),
      expr: chosen.rule !== 'terakhir' ? fn('SUM', refs) : undefined,
    });
  }
  return chosen.value;
}

/** Column 13 Rp: always the sum of the triwulan. */
export function realisasiAnggaran(rc: RowContext): number | undefined {
  const { cols } = rc;
  const q = quarters(rc, cols.triwulanRp);
  const sum = sumOfQuarters(q);
  if (!sum) return read(rc, cols.realisasiRp);
  if (cols.realisasiRp) {
    add(rc, cols.realisasiRp, {
      kind: 'realisasi_tahun_berjalan', value: sum.value, format: 'money', mismatch: 'TRIWULAN_SUM_MISMATCH',
      basis: () => readingBasis(sum, q), expr: fn('SUM', quarterRefs(rc, cols.triwulanRp, q)),
    });
  }
  return sum.value;
}

/** PERCENT_OVER_100 on the inputs of a percentage indicator: each triwulan, or column 13 where there are none. */
export function warnPercentsOver100(rc: RowContext): void {
  const { cols, t, ctx, row } = rc;
  const q = quarters(rc, cols.triwulanK);
  const inputs = hasQuarters(q) ? cols.triwulanK : [cols.realisasiK];
  for (const column of inputs) {
    const value = read(rc, column);
    if (!column || value === undefined || value <= 100) continue;
    ctx.warn('PERCENT_OVER_100', t.name, row, column.col, warningText.percentOver100(place(t.name, row, column.col), formatPercentId(value)), { actual: value });
  }
}

/**
 * Column 13 K and Rp against the triwulan in any table that has both (a realisasi anggaran table
 * carrying realisasi per triwulan): TRIWULAN_SUM_MISMATCH, by the same rules as on an E.81.
 */
export function deriveTriwulanSums(ctx: DeriveContext, t: TableAccess): void {
  const cols = e81Columns(t.table);
  if (!cols.triwulanK.some(Boolean) && !cols.triwulanRp.some(Boolean)) return;
  for (const r of t.dataRows()) {
    const rc: RowContext = { ctx, t, cols, row: r.row };
    const name = t.text(r.row, cols.indikator);
    const satuan = t.text(r.row, cols.satuan) || undefined;
    const target = t.read(r.row, cols.targetK);
    realisasiKinerja(rc, indicatorType(name, satuan, target), isPercentIndicator(name, satuan, target), numberOf(target));
    realisasiAnggaran(rc);
  }
}
