import { readOperand, type Operand } from './operand';
import { cleanValue, none, type Computed, type OperandReason } from './result';

export type PercentOfReason<Part extends string, Whole extends string> =
  | OperandReason<Part>
  | OperandReason<Whole>
  | `${Whole}_zero`
  | 'out_of_range';

/**
 * `part ÷ whole × 100` in percentage points. The whole is read first (it is the reference the
 * row is measured against); a zero whole gives `<whole>_zero`, never Infinity, and a result
 * beyond the finite numbers (absurd magnitudes) `out_of_range`.
 */
export function percentOf<Part extends string, Whole extends string>(
  part: Operand,
  whole: Operand,
  names: { readonly part: Part; readonly whole: Whole },
): Computed<PercentOfReason<Part, Whole>> {
  const wholeValue = readOperand(whole, names.whole);
  if (wholeValue.kind === 'none') return wholeValue;
  const partValue = readOperand(part, names.part);
  if (partValue.kind === 'none') return partValue;
  if (wholeValue.value === 0) return none(`${names.whole}_zero` as const);
  return cleanValue((partValue.value * 100) / wholeValue.value, 'out_of_range');
}
