import { decimalsOfFormat, decimalsOfText, matchesAtPrecision } from '../compute/precision';
import { formatId, formatPercentId } from '../derive/format-id';
import type { Derived } from '../derive/types';
import { derivedName, warningText } from '../i18n/warning-messages';
import { parseCell, parseCellAt } from '../values/parse-cell';
import { toA1, place } from '../workbook/a1';
import type { CellGrid } from '../workbook/cell-grid';
import { isCellError } from '../workbook/types';
import { SEVERITY_OF, type Warning } from './codes';

/** What a derived cell states today, read at its own displayed precision. */
export type Stated =
  | { readonly kind: 'empty' }
  | { readonly kind: 'number'; readonly value: number; readonly decimals: number; readonly formula: boolean }
  | { readonly kind: 'text'; readonly text: string; readonly formula: boolean }
  | { readonly kind: 'unreadable'; readonly raw: string; readonly formula: boolean };

/** What the cell at (row, col) states, read as the derived value's format asks. */
export function readStated(cells: CellGrid, row: number, col: number, derived: Pick<Derived, 'format'>): Stated {
  const value = cells.value(row, col);
  if (value === null || isCellError(value)) {
    const f = cells.formula(row, col);
    return f ? { kind: 'unreadable', raw: `=${f}`, formula: true } : { kind: 'empty' };
  }
  const formula = cells.formula(row, col) !== undefined;
  if (derived.format === 'text') return { kind: 'text', text: String(value).trim(), formula };
  const expect = derived.format === 'percent' ? 'percent' : derived.format === 'money' ? 'money' : 'any';
  const parsed = parseCellAt(cells, row, col, expect);
  switch (parsed.kind) {
    case 'number':
    case 'percent':
    case 'money': {
      const decimals = typeof value === 'number' ? decimalsOfFormat(cells.numFmt(row, col), value) : decimalsOfText(String(value), expect);
      return { kind: 'number', value: parsed.value, decimals, formula };
    }
    case 'missing':
      return { kind: 'empty' };
    default: {
      // `58,57 (Efisiensi Tercapai)`: a number followed by words is read by its number.
      const lead = /^[-+]?\d[\d.,]*%?/.exec(String(value).trim())?.[0];
      const leading = lead ? parseCell({ value: lead }, expect) : undefined;
      if (leading && (leading.kind === 'number' || leading.kind === 'percent' || leading.kind === 'money')) {
        return { kind: 'number', value: leading.value, decimals: decimalsOfText(lead!, expect), formula };
      }
      return { kind: 'unreadable', raw: String(value), formula };
    }
  }
}

export function showValue(value: number | string, format: Derived['format']): string {
  if (typeof value === 'string') return value;
  if (format === 'percent') return formatPercentId(value);
  if (format === 'signed') return `${value > 0 ? '+' : ''}${formatId(value)}`;
  return formatId(value);
}

function sameText(a: string, b: string): boolean {
  return a.toLowerCase().replace(/\s+/g, ' ') === b.toLowerCase().replace(/\s+/g, ' ');
}

/** Does the cell already show what the engine computes? */
export function agrees(stated: Stated, derived: Derived, tolerance: number): boolean {
  if (stated.kind === 'text') return typeof derived.value === 'string' && sameText(stated.text, derived.value);
  if (stated.kind !== 'number' || typeof derived.value !== 'number') return false;
  return matchesAtPrecision(stated.value, stated.decimals, derived.value, tolerance);
}

/** A derived cell against what its cell states: a *_MISMATCH warning, FORMULA_DIFFERS for a formula cell, or nothing when they agree. */
export function statedMismatch(cells: CellGrid, d: Derived, basis: () => string, tolerance: number): Warning | undefined {
  const stated = readStated(cells, d.row, d.col, d);
  if (stated.kind === 'empty' || agrees(stated, d, tolerance)) return undefined;
  const where = place(d.sheet, d.row, d.col);
  const computed = showValue(d.value, d.format);
  const shown = stated.kind === 'number' ? showValue(stated.value, d.format) : stated.kind === 'text' ? stated.text : stated.raw;
  const actual = stated.kind === 'number' ? stated.value : shown;
  const cell = toA1(d.row, d.col);
  if (stated.formula) {
    return { code: 'FORMULA_DIFFERS', severity: SEVERITY_OF.FORMULA_DIFFERS, sheet: d.sheet, cell, message: warningText.formulaDiffers(where, shown, computed, basis()), expected: d.value, actual };
  }
  return { code: d.mismatch, severity: SEVERITY_OF[d.mismatch], sheet: d.sheet, cell, message: warningText.mismatch(derivedName[d.kind], where, shown, computed, basis()), expected: d.value, actual };
}
