import { readOperand, type Operand } from './operand';
import { cleanValue, type Computed, type OperandReason } from './result';

/**
 * `minuend − subtrahend` of two percentages or scores, float noise removed
 * (97.69 − 91.4 = 6.289999999999992 becomes 6.29).
 */
export function difference<Minuend extends string, Subtrahend extends string>(
  minuend: Operand,
  subtrahend: Operand,
  names: { readonly minuend: Minuend; readonly subtrahend: Subtrahend },
): Computed<OperandReason<Minuend> | OperandReason<Subtrahend> | 'out_of_range'> {
  const left = readOperand(minuend, names.minuend);
  if (left.kind === 'none') return left;
  const right = readOperand(subtrahend, names.subtrahend);
  if (right.kind === 'none') return right;
  return cleanValue(left.value - right.value, 'out_of_range');
}
