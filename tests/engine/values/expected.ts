import type { Assumption, GradeScale, MissingReason, ParsedValue } from '../../../src/engine/values/types';

/** Short builders of expected parser results, so the tables below stay one line per case. */
export const num = (value: number, extra: { unit?: string; grade?: string; assumption?: Assumption } = {}): ParsedValue => ({
  kind: 'number',
  value,
  ...extra,
});
export const pct = (value: number, assumption?: Assumption): ParsedValue =>
  assumption === undefined ? { kind: 'percent', value } : { kind: 'percent', value, assumption };
export const money = (value: number, assumption?: Assumption): ParsedValue =>
  assumption === undefined ? { kind: 'money', value } : { kind: 'money', value, assumption };
export const grade = (name: string, scale: GradeScale, rank: number): ParsedValue => ({ kind: 'grade', grade: name, scale, rank });
export const missing = (reason: MissingReason): ParsedValue => ({ kind: 'missing', reason });
export const invalid = (raw: string): ParsedValue => ({ kind: 'invalid', raw });
