import { readOperand, type Operand } from './operand';
import { cleanSum } from './result';

export interface Total {
  readonly sum: number;
  /** Values that were added. */
  readonly used: number;
  /** Empty cells, dashes, uncalculated formulas: left out. */
  readonly missing: number;
  /** Unreadable cells and grades: left out (the checker reports them). */
  readonly invalid: number;
}

/**
 * Sum of the values of a `JUMLAH`/`TOTAL` row (SPEC §4); missing and unreadable values are
 * left out and counted, so the caller can say the total is incomplete. Which rows to pass
 * (every row of a flat table, only top-level rows of a hierarchical one) is the caller's.
 */
export function total(values: readonly Operand[]): Total {
  let sum = 0;
  let used = 0;
  let missing = 0;
  let invalid = 0;
  for (const value of values) {
    const read = readOperand(value, 'value');
    if (read.kind === 'value') {
      sum += read.value;
      used += 1;
    } else if (read.reason === 'value_missing') missing += 1;
    else invalid += 1;
  }
  const clean = cleanSum(sum);
  if (Number.isFinite(clean)) return { sum: clean, used, missing, invalid };
  // Only absurd magnitudes overflow: no sum then, every number counted as unreadable.
  return { sum: 0, used: 0, missing, invalid: invalid + used };
}
