import { applyCapping } from '../compute/capping';
import { place } from '../workbook/a1';
import { capaian, type CapaianResult } from '../compute/capaian';
import { kemajuan } from '../compute/kemajuan';
import { resolvePolaritas } from '../compute/polaritas';
import { predikat } from '../compute/predikat';
import { scaleFor } from '../compute/predikat-scales';
import { unitsDiffer } from '../compute/units';
import { warningText } from '../i18n/warning-messages';
import type { TableColumn } from '../recognize/types';
import { indicatorKey } from '../settings/indicator-key';
import type { Polaritas } from '../settings/types';
import type { ParsedValue } from '../values/types';
import type { DeriveContext } from './context';
import { fn, num, op, percent, ref, type Expr } from './expr';
import { formatId, formatPercentId } from './format-id';
import { noteOperand } from './operand-findings';
import { numberOf, type TableAccess } from './table-access';

export interface IndicatorColumns {
  readonly target: TableColumn | undefined;
  readonly realisasi: TableColumn | undefined;
  readonly capaian: TableColumn | undefined;
  readonly indikator: TableColumn | undefined;
  readonly polaritas: TableColumn | undefined;
}

/** The indicator name of a row; a row continuing a merged indicator has none of its own. */
export function indicatorName(t: TableAccess, row: number, column: TableColumn | undefined): string {
  return t.text(row, column);
}

function polarityOf(ctx: DeriveContext, t: TableAccess, row: number, cols: IndicatorColumns, name: string, key: string): Polaritas {
  const columnText = cols.polaritas ? t.text(row, cols.polaritas) : undefined;
  const resolved = resolvePolaritas(columnText, name, ctx.settings);
  if (columnText && key) ctx.polaritas.set(key, resolved);
  if (!columnText && resolved === 'positif' && ctx.polaritas.has(key)) return ctx.polaritas.get(key)!;
  return resolved;
}

function shown(v: ParsedValue): string {
  if (v.kind === 'grade') return v.grade;
  const n = numberOf(v);
  if (n === undefined) return '';
  const grade = v.kind === 'number' && v.grade ? ` (${v.grade})` : '';
  return v.kind === 'percent' ? formatPercentId(n) : `${formatId(n, 4)}${grade}`;
}

function basisOf(target: ParsedValue, realisasi: ParsedValue, polaritas: Polaritas, rasio: boolean, result: CapaianResult): string {
  const T = shown(target);
  const R = shown(realisasi);
  if (result.kind === 'value' && result.qualitative) return `predikat realisasi ${R} dibanding target ${T}`;
  if (polaritas === 'negatif') {
    return rasio ? `polaritas negatif: target ${T} ÷ realisasi ${R} × 100` : `polaritas negatif: (2 × target ${T} − realisasi ${R}) ÷ target ${T} × 100`;
  }
  return `realisasi ${R} ÷ target ${T} × 100`;
}

function isPercentIndicator(name: string, target: ParsedValue): boolean {
  return target.kind === 'percent' || /^(persentase|prosentase|presentase|%)/i.test(name.trim());
}

function capaianExpr(ctx: DeriveContext, t: TableAccess, row: number, cols: IndicatorColumns, polaritas: Polaritas, qualitative: boolean): Expr | undefined {
  if (!ctx.formulas || qualitative || !cols.target || !cols.realisasi) return undefined;
  const T = ref(t.name, row, cols.target.col);
  const R = ref(t.name, row, cols.realisasi.col);
  let e = polaritas === 'positif' ? percent(R, T) : ctx.settings.rumusNegatif === 'rasio' ? percent(T, R) : percent(op('-', op('*', num(2), T), R), T);
  if (ctx.settings.batasCapaian !== 'none') e = fn('MIN', [e, num(ctx.settings.batasCapaian)]);
  if (ctx.settings.batasBawahNol) e = fn('MAX', [num(0), e]);
  return e;
}

/**
 * The capaian of one indicator row (SPEC §4), with the findings about its inputs, and the facts
 * that tie the indicator to other tables. Returns the capaian as written (capped per settings)
 * and uncapped, or undefined when there is none.
 */
export function deriveCapaianRow(
  ctx: DeriveContext,
  t: TableAccess,
  row: number,
  cols: IndicatorColumns,
  mode: 'capaian' | 'kemajuan' = 'capaian',
  /** False for another year's columns: only the report year's values must agree across tables. */
  recordFacts = true,
): { capped: number; raw: number } | undefined {
  const target = t.read(row, cols.target);
  const realisasi = t.read(row, cols.realisasi);
  const name = indicatorName(t, row, cols.indikator);
  const anyInput = target.kind !== 'missing' || realisasi.kind !== 'missing';
  if (!anyInput) return undefined;
  const key = indicatorKey(name);
  if (mode === 'capaian' && recordFacts && key) {
    recordFact(ctx, t, row, key, name, 'target', cols.target, target);
    recordFact(ctx, t, row, key, name, 'realisasi', cols.realisasi, realisasi);
  }
  const targetOk = noteOperand(ctx, t, row, cols.target, target, mode === 'kemajuan' ? 'target akhir' : 'target');
  const realisasiOk = noteOperand(ctx, t, row, cols.realisasi, realisasi, 'realisasi');
  if (!targetOk || !realisasiOk) return undefined;
  const polaritas = polarityOf(ctx, t, row, cols, name, key);
  const options = { polaritas, rumusNegatif: ctx.settings.rumusNegatif };
  const result = mode === 'kemajuan' ? kemajuan(target, realisasi, options) : capaian(target, realisasi, options);
  if (unitsDiffer(target, realisasi) && cols.realisasi) {
    const unit = (v: ParsedValue): string => (v.kind === 'percent' ? '%' : v.kind === 'number' ? v.unit ?? '' : '');
    ctx.warn('UNIT_MISMATCH', t.name, row, cols.realisasi.col, warningText.unitMismatch(place(t.name, row, cols.realisasi.col), unit(target), unit(realisasi)));
  }
  const realisasiNumber = numberOf(realisasi);
  if (mode === 'capaian' && cols.realisasi && realisasiNumber !== undefined && realisasiNumber > 100 && isPercentIndicator(name, target)) {
    ctx.warn('PERCENT_OVER_100', t.name, row, cols.realisasi.col, warningText.percentOver100(place(t.name, row, cols.realisasi.col), formatPercentId(realisasiNumber)), { actual: realisasiNumber });
  }
  if (result.kind === 'none') {
    if (result.reason === 'target_zero' && cols.target) {
      ctx.warn('MISSING_VALUE', t.name, row, cols.target.col, warningText.missing(place(t.name, row, cols.target.col), 'target (nol)'));
    }
    return undefined;
  }
  const raw = result.value;
  const capped = applyCapping(raw, ctx.settings.batasCapaian, ctx.settings.batasBawahNol);
  const at = cols.capaian ?? cols.realisasi;
  if (mode === 'capaian' && at && (raw > 200 || raw < 0)) {
    ctx.warn('CAPAIAN_OUTLIER', t.name, row, at.col, warningText.capaianOutlier(place(t.name, row, at.col), formatPercentId(raw)), { actual: raw });
  }
  if (cols.capaian) {
    // The basis keeps what it names, never `ctx`: a closure over `ctx` kept every fact and finding
    // of the workbook alive as long as the analysis.
    const rasio = ctx.settings.rumusNegatif === 'rasio';
    ctx.add({
      sheet: t.name,
      row,
      col: cols.capaian.col,
      kind: mode,
      value: capped,
      format: 'percent',
      mismatch: mode === 'kemajuan' ? 'KEMAJUAN_MISMATCH' : 'CAPAIAN_MISMATCH',
      basis: () => basisOf(target, realisasi, polaritas, rasio, result) +
        (capped !== raw ? `, dibatasi ${formatId(capped)} dari ${formatId(raw)}` : ''),
      expr: capaianExpr(ctx, t, row, cols, polaritas, result.qualitative === true),
    });
  }
  return { capped, raw };
}

/** The indicator's target or realisasi as a fact other tables must agree with (CROSS_TABLE_MISMATCH). */
function recordFact(ctx: DeriveContext, t: TableAccess, row: number, key: string, name: string, field: 'target' | 'realisasi', column: TableColumn | undefined, value: ParsedValue): void {
  const n = numberOf(value);
  if (column && n !== undefined) ctx.fact({ subject: 'indikator', key, name, field, value: n * (column.scale ?? 1), sheet: t.name, row, col: column.col });
}

/** The predikat of a value on the scale in force, written as text (PREDIKAT_MISMATCH when it differs). */
export function derivePredikat(
  ctx: DeriveContext,
  t: TableAccess,
  row: number,
  column: TableColumn | undefined,
  value: number | undefined,
  /** The cell holding the value, so that the `rumus` mode can rate it live. */
  valueCell?: Expr,
): void {
  if (!column || value === undefined) return;
  const scale = scaleFor(ctx.settings);
  const result = predikat(value, scale);
  if (result.kind !== 'label') return;
  const bands = scale.map((b) => (b.lowerBound === undefined ? { label: b.label } : { above: b.lowerBound, orEqual: b.comparator === '>=', label: b.label }));
  const scaleName = ctx.settings.skalaPredikat;
  ctx.add({
    sheet: t.name,
    row,
    col: column.col,
    kind: 'predikat',
    value: result.label,
    format: 'text',
    mismatch: 'PREDIKAT_MISMATCH',
    basis: () => `${formatPercentId(value)} pada skala ${scaleName}`,
    expr: valueCell && { kind: 'bands', value: valueCell, bands },
  });
}
