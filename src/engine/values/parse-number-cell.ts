import { isMoneyFormat, isPercentFormat } from './num-format';
import { roundSignificant } from './round';
import type { ColumnExpectation, ParsedValue } from './types';

/**
 * A cell that holds a number (SPEC §3). The number format wins over the column:
 * a `%` format means a fraction (→ percentage points, × 100), a rupiah format means money.
 * Otherwise the column decides: money, or percentage points as stored (a bare 0,95 in a
 * percent column stays 0,95: we do not guess that it was meant as a fraction).
 */
export function parseNumberCell(value: number, numFmt: string | undefined, expect: ColumnExpectation): ParsedValue {
  if (!Number.isFinite(value)) return { kind: 'invalid', raw: String(value) };
  const clean = value === 0 ? 0 : value; // no -0
  if (isPercentFormat(numFmt)) {
    const points = roundSignificant(clean * 100);
    return Number.isFinite(points) ? { kind: 'percent', value: points } : { kind: 'invalid', raw: String(value) };
  }
  if (isMoneyFormat(numFmt) || expect === 'money') return { kind: 'money', value: clean };
  if (expect === 'percent') return { kind: 'percent', value: clean };
  return { kind: 'number', value: clean };
}
