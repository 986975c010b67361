import { commonRanks, readGrade, type GradeReading } from '../values/grades';
import type { ParsedValue } from '../values/types';
import { cleanValue, type Computed } from './result';

/**
 * The grade a value carries: a pure grade (`BB`), or the grade typed beside a score
 * (`81 (A)`), read on its own; `undefined` for anything else.
 */
export function gradeOf(value: ParsedValue): GradeReading | undefined {
  if (value.kind === 'grade') return value;
  if (value.kind === 'number' && value.grade !== undefined) return readGrade(value.grade);
  return undefined;
}

/**
 * Capaian of grades (SPEC §4): 100 when the realisasi grade is at least the target grade,
 * else realisasi rank ÷ target rank × 100, ranks counted from the bottom of their common scale
 * (SAKIP: AA = 7 … D = 1, so target A, realisasi BB gives 5 / 6 × 100). Grades are better when
 * higher whatever the indicator's polarity. `not_comparable` when the grades share no scale.
 */
export function capaianOfGrades(target: GradeReading, realisasi: GradeReading): Computed<'not_comparable'> {
  const ranks = commonRanks(target, realisasi);
  if (ranks === undefined) return { kind: 'none', reason: 'not_comparable' };
  if (ranks.b >= ranks.a) return { kind: 'value', value: 100 };
  return cleanValue((ranks.b * 100) / ranks.a, 'not_comparable');
}
