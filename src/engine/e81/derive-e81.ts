import { applyCapping } from '../compute/capping';
import { resolvePolaritas } from '../compute/polaritas';
import { DeriveContext, place } from '../derive/context';
import { fn, op, percent, ref, type Expr } from '../derive/expr';
import { formatId, formatPercentId } from '../derive/format-id';
import { deriveChildSums } from '../derive/hierarchy-sums';
import { deriveAverageFooters, deriveTotalFooters } from '../derive/kinds/footers';
import { isContinuation } from '../derive/rows';
import { numberOf, expectationOf, type TableAccess } from '../derive/table-access';
import type { Derived } from '../derive/types';
import { e81Basis, e81Warning } from '../i18n/e81-messages';
import { warningText } from '../i18n/warning-messages';
import type { TableColumn, TableRow } from '../recognize/types';
import { indicatorKey } from '../settings/indicator-key';
import type { Polaritas } from '../settings/types';
import { e81Columns, rupiahColumns, type E81Columns } from './e81-columns';
import { capaianRenja, kumulatifAnggaran, kumulatifKinerja, persenAnggaran, tingkatCapaianKinerja } from './e81-math';
import { indicatorType, isPercentIndicator, type IndicatorType } from './indicator-type';
import { itemNameKey, splitKode, stripUnitSuffix } from './keys';
import { levelOfName } from '../recognize/hierarchy';
import { cellShows } from './stated';
import { acceptableReadings, hasQuarters, sumOfQuarters, type QuarterReading, type Quarters } from './triwulan-rules';

/** The percentage columns of one E.81, row by row, for the rata-rata footers. */
interface Means {
  readonly capaianK: (number | undefined)[];
  readonly capaianRp: (number | undefined)[];
  readonly kemajuanK: (number | undefined)[];
  readonly kemajuanRp: (number | undefined)[];
}

interface RowContext {
  readonly ctx: DeriveContext;
  readonly t: TableAccess;
  readonly cols: E81Columns;
  readonly row: number;
}

const id = (n: number): string => formatId(n, 4);

function read(rc: RowContext, column: TableColumn | undefined): number | undefined {
  return numberOf(rc.t.read(rc.row, column));
}

function quarters(rc: RowContext, columns: readonly (TableColumn | undefined)[]): Quarters {
  return columns.map((c) => read(rc, c));
}

function add(rc: RowContext, column: TableColumn, derived: Omit<Derived, 'sheet' | 'row' | 'col'>): void {
  rc.ctx.add({ sheet: rc.t.name, row: rc.row, col: column.col, ...derived });
}

function shows(rc: RowContext, column: TableColumn | undefined, value: number): boolean {
  return column !== undefined && cellShows(rc.t.cell(rc.row, column.col), value, expectationOf(column), rc.ctx.settings.toleransi);
}

function quarterRefs(rc: RowContext, columns: readonly (TableColumn | undefined)[], q: Quarters): Expr[] {
  return columns.flatMap((c, i) => (c && q[i] !== undefined ? [ref(rc.t.name, rc.row, c.col)] : []));
}

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
function realisasiKinerja(rc: RowContext, type: IndicatorType, percentIndicator: boolean, target: number | undefined): number | undefined {
  const { cols } = rc;
  const q = quarters(rc, cols.triwulanK);
  if (!hasQuarters(q)) return read(rc, cols.realisasiK);
  const readings = acceptableReadings(q, type, percentIndicator, target);
  const chosen = readings.find((r) => shows(rc, cols.realisasiK, r.value)) ?? readings[0]!;
  if (cols.realisasiK) {
    const refs = quarterRefs(rc, cols.triwulanK, q);
    add(rc, cols.realisasiK, {
      kind: 'realisasi_tahun_berjalan', value: chosen.value, format: 'number', mismatch: 'TRIWULAN_SUM_MISMATCH',
      basis: readingBasis(chosen, q),
      ...(chosen.rule !== 'terakhir' ? { expr: fn('SUM', refs) } : {}),
    });
  }
  return chosen.value;
}

/** Column 13 Rp: always the sum of the triwulan. */
function realisasiAnggaran(rc: RowContext): number | undefined {
  const { cols } = rc;
  const q = quarters(rc, cols.triwulanRp);
  const sum = sumOfQuarters(q);
  if (!sum) return read(rc, cols.realisasiRp);
  if (cols.realisasiRp) {
    add(rc, cols.realisasiRp, {
      kind: 'realisasi_tahun_berjalan', value: sum.value, format: 'money', mismatch: 'TRIWULAN_SUM_MISMATCH',
      basis: readingBasis(sum, q), expr: fn('SUM', quarterRefs(rc, cols.triwulanRp, q)),
    });
  }
  return sum.value;
}

function sumExpr(rc: RowContext, a: TableColumn | undefined, b: TableColumn | undefined): Expr | undefined {
  return a && b ? op('+', ref(rc.t.name, rc.row, a.col), ref(rc.t.name, rc.row, b.col)) : undefined;
}

/** Column 14 K; for a level whose stated column 14 adds last year's level, the 200 % finding. */
function kumulatifK(rc: RowContext, type: IndicatorType, tahunIni: number | undefined): number | undefined {
  const { cols } = rc;
  const lalu = read(rc, cols.laluK);
  if (tahunIni === undefined) return read(rc, cols.kumulatifK);
  // Without a known type the count rule applies, but a stated level reading is no mistake.
  const rule: IndicatorType =
    type !== 'tak_tentu' ? type : lalu === undefined ? 'tak_tentu' : lalu !== 0 && shows(rc, cols.kumulatifK, tahunIni) ? 'tingkat' : 'jumlah';
  if (rule === 'tak_tentu') return read(rc, cols.kumulatifK);
  const value = kumulatifKinerja(rule, lalu, tahunIni);
  if (value === undefined) return read(rc, cols.kumulatifK);
  if (!cols.kumulatifK) return value;
  const realisasiRef = cols.realisasiK ? ref(rc.t.name, rc.row, cols.realisasiK.col) : undefined;
  const expr = rule === 'tingkat' ? realisasiRef : sumExpr(rc, cols.laluK, cols.realisasiK);
  add(rc, cols.kumulatifK, {
    kind: 'realisasi_kumulatif', value, format: 'number', mismatch: 'KEMAJUAN_MISMATCH',
    basis: rule === 'tingkat' ? e81Basis.kumulatifTingkat(id(tahunIni), lalu ? id(lalu) : undefined) : e81Basis.kumulatifJumlah(id(lalu!), id(tahunIni)),
    ...(expr ? { expr } : {}),
  });
  if (rule === 'tingkat' && lalu) {
    const added = kumulatifKinerja('jumlah', lalu, tahunIni)!;
    if (shows(rc, cols.kumulatifK, added)) reportLevelAdded(rc, lalu, tahunIni, added, value);
  }
  return value;
}

/**
 * A level indicator whose column 14 adds last year's level to this year's: column 15 then shows
 * about 200 %. Reported once per row as KEMAJUAN_MISMATCH where the stated cell is a formula (a
 * typed value gets the same code from the stated-versus-computed check, with the reason in its basis).
 */
function reportLevelAdded(rc: RowContext, lalu: number, tahunIni: number, added: number, kumulatif: number): void {
  const { cols, t, ctx, row } = rc;
  const target = read(rc, cols.targetAkhirK);
  const at = cols.kemajuanK ?? cols.kumulatifK!;
  if (t.cell(row, at.col)?.formula === undefined) return;
  const statedValue = at === cols.kemajuanK && target ? (added / target) * 100 : added;
  const expectedValue = at === cols.kemajuanK && target ? (kumulatif / target) * 100 : kumulatif;
  const shown = at === cols.kemajuanK ? formatPercentId : id;
  ctx.warn(
    'KEMAJUAN_MISMATCH', t.name, row, at.col,
    e81Warning.levelAdded(place(t.name, row, at.col), id(lalu), id(tahunIni), shown(statedValue), shown(expectedValue)),
    { expected: expectedValue, actual: statedValue },
  );
}

function kumulatifRp(rc: RowContext, tahunIni: number | undefined): number | undefined {
  const { cols } = rc;
  const value = kumulatifAnggaran(read(rc, cols.laluRp), tahunIni);
  if (value === undefined) return read(rc, cols.kumulatifRp);
  if (cols.kumulatifRp) {
    const expr = sumExpr(rc, cols.laluRp, cols.realisasiRp);
    add(rc, cols.kumulatifRp, {
      kind: 'realisasi_kumulatif', value, format: 'money', mismatch: 'KEMAJUAN_MISMATCH',
      basis: e81Basis.kumulatifJumlah(id(read(rc, cols.laluRp)!), id(tahunIni!)), ...(expr ? { expr } : {}),
    });
  }
  return value;
}

function percentCell(
  rc: RowContext,
  column: TableColumn | undefined,
  value: number | undefined,
  kind: 'kemajuan' | 'capaian' | 'serapan',
  basis: string,
  operands: readonly [TableColumn | undefined, TableColumn | undefined],
): number | undefined {
  if (value === undefined || !column) return value;
  const [part, whole] = operands;
  const expr = part && whole ? percent(ref(rc.t.name, rc.row, part.col), ref(rc.t.name, rc.row, whole.col)) : undefined;
  const mismatch = kind === 'kemajuan' ? 'KEMAJUAN_MISMATCH' : kind === 'capaian' ? 'CAPAIAN_MISMATCH' : 'SERAPAN_MISMATCH';
  add(rc, column, { kind, value, format: 'percent', mismatch, basis, ...(expr && kind === 'serapan' ? { expr } : {}) });
  return value;
}

/** PERCENT_OVER_100 on the inputs of a percentage indicator: each triwulan, or column 13 where there are none. */
function warnPercentsOver100(rc: RowContext): void {
  const { cols, t, ctx, row } = rc;
  const q = quarters(rc, cols.triwulanK);
  const inputs = hasQuarters(q) ? cols.triwulanK : [cols.realisasiK];
  for (const column of inputs) {
    const value = read(rc, column);
    if (!column || value === undefined || value <= 100) continue;
    ctx.warn('PERCENT_OVER_100', t.name, row, column.col, warningText.percentOver100(place(t.name, row, column.col), formatPercentId(value)), { actual: value });
  }
}

function polarityOf(rc: RowContext, name: string): Polaritas {
  const text = rc.cols.polaritas ? rc.t.text(rc.row, rc.cols.polaritas) : undefined;
  const resolved = resolvePolaritas(text || undefined, name, rc.ctx.settings);
  const key = indicatorKey(name);
  if (!text && resolved === 'positif' && rc.ctx.polaritas.has(key)) return rc.ctx.polaritas.get(key)!;
  return resolved;
}

function capped(rc: RowContext, value: number | undefined): number | undefined {
  return value === undefined ? undefined : applyCapping(value, rc.ctx.settings.batasCapaian, rc.ctx.settings.batasBawahNol);
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
  percentCell(rc, cols.kemajuanK, kemajuanK, 'kemajuan', e81Basis.kemajuan(id(kumulatif ?? 0), id(numberOf(targetAkhir) ?? 0)), [cols.kumulatifK, cols.targetAkhirK]);
  const capaianK = capped(rc, capaianRenja(target, tahunIniK, options));
  percentCell(rc, cols.capaianK, capaianK, 'capaian', e81Basis.capaianRenja(id(tahunIniK ?? 0), id(numberOf(target) ?? 0)), [cols.realisasiK, cols.targetK]);

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
    kemajuanRp = percentCell(rc, cols.kemajuanRp, persenAnggaran(targetAkhirRp, kumulatifAnggaranValue), 'kemajuan', e81Basis.anggaran(id(kumulatifAnggaranValue ?? 0), id(targetAkhirRp ?? 0)), [cols.kumulatifRp, cols.targetAkhirRp]);
    capaianRp = percentCell(rc, cols.capaianRp, persenAnggaran(pagu, tahunIniRp), 'serapan', e81Basis.anggaran(id(tahunIniRp ?? 0), id(pagu ?? 0)), [cols.realisasiRp, cols.pagu]);
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
function deriveChildSumsOfE81(ctx: DeriveContext, t: TableAccess, cols: E81Columns, money: readonly TableColumn[]): void {
  if (hierarchyIsStated(t, cols)) deriveChildSums(ctx, t, money);
}

/** The col 15 Rp of a `Jumlah` row: the totals of column 14 Rp over column 6 Rp. */
function deriveTotalRow(ctx: DeriveContext, t: TableAccess, cols: E81Columns, sums: ReadonlyMap<number, number>): void {
  if (!cols.kemajuanRp || !cols.kumulatifRp || !cols.targetAkhirRp) return;
  const kumulatif = sums.get(cols.kumulatifRp.col);
  const targetAkhir = sums.get(cols.targetAkhirRp.col);
  const value = persenAnggaran(targetAkhir, kumulatif);
  if (value === undefined) return;
  for (const f of t.footerRows()) {
    if (f.kind.role !== 'footer' || f.kind.footer !== 'total') continue;
    ctx.add({
      sheet: t.name, row: f.row, col: cols.kemajuanRp.col, kind: 'kemajuan', value, format: 'percent', mismatch: 'KEMAJUAN_MISMATCH',
      basis: e81Basis.anggaran(id(kumulatif!), id(targetAkhir!)),
      expr: percent(ref(t.name, f.row, cols.kumulatifRp.col), ref(t.name, f.row, cols.targetAkhirRp.col)),
    });
  }
}

/**
 * Rata-rata of each percentage column and its predikat. The predikat of an E.81 is on the
 * Permendagri 86 scale whatever scale the LKjIP tables use (SPEC §6: the form's own regulation).
 */
function deriveFooterMeans(ctx: DeriveContext, t: TableAccess, cols: E81Columns, means: Means): void {
  const onScale = new DeriveContext({ ...ctx.settings, skalaPredikat: 'permendagri86' }, ctx.reportYear);
  deriveAverageFooters(onScale, t, cols.capaianK, means.capaianK);
  deriveAverageFooters(onScale, t, cols.capaianRp, means.capaianRp);
  deriveAverageFooters(onScale, t, cols.kemajuanK, means.kemajuanK);
  deriveAverageFooters(onScale, t, cols.kemajuanRp, means.kemajuanRp);
  for (const d of onScale.derived) ctx.add(d);
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

