import type { ParsedValue } from '../values/types';
import { none, type Computed, type OperandReason } from './result';

/** An input of a formula: a parsed cell, or a number the engine already computed (a sum, a mean). */
export type Operand = ParsedValue | number;

/**
 * The number an operand stands for. Numbers, percentages and money give their value (a score
 * with grade, `81,10 (A)`, gives 81.1); missing cells give `<name>_missing`; unreadable cells,
 * pure grades and non-finite numbers give `<name>_invalid`.
 */
export function readOperand<Name extends string>(operand: Operand, name: Name): Computed<OperandReason<Name>> {
  if (typeof operand === 'number') {
    return Number.isFinite(operand) ? { kind: 'value', value: operand } : none(invalid(name));
  }
  switch (operand.kind) {
    case 'number':
    case 'percent':
    case 'money':
      return Number.isFinite(operand.value) ? { kind: 'value', value: operand.value } : none(invalid(name));
    case 'missing':
      return none(missing(name));
    case 'grade':
    case 'invalid':
      return none(invalid(name));
  }
}

/** `<name>_missing` when the operand is absent, `<name>_invalid` when it cannot be read; else `undefined`. */
export function operandAbsence<Name extends string>(operand: Operand, name: Name): OperandReason<Name> | undefined {
  if (typeof operand === 'number') return Number.isFinite(operand) ? undefined : invalid(name);
  if (operand.kind === 'missing') return missing(name);
  return operand.kind === 'invalid' ? invalid(name) : undefined;
}

function missing<Name extends string>(name: Name): `${Name}_missing` {
  return `${name}_missing`;
}

function invalid<Name extends string>(name: Name): `${Name}_invalid` {
  return `${name}_invalid`;
}
