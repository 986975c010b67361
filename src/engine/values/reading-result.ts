import type { NumberReading } from './parse-number-text';
import type { ParsedValue } from './types';

/** Builds a `percent` or `money` value, carrying the reading's assumption when there is one. */
export function measured(kind: 'percent' | 'money', reading: NumberReading): ParsedValue {
  return reading.assumption === undefined
    ? { kind, value: reading.value }
    : { kind, value: reading.value, assumption: reading.assumption };
}

/** Builds a `number` value with an optional unit or grade, carrying the reading's assumption. */
export function counted(reading: NumberReading, extra: { readonly unit?: string; readonly grade?: string } = {}): ParsedValue {
  return {
    kind: 'number',
    value: reading.value,
    ...(extra.unit === undefined ? {} : { unit: extra.unit }),
    ...(extra.grade === undefined ? {} : { grade: extra.grade }),
    ...(reading.assumption === undefined ? {} : { assumption: reading.assumption }),
  };
}
