import type { Polaritas, RumusNegatif } from '../settings/types';
import { capaianOfGrades, gradeOf } from './capaian-grades';
import { operandAbsence, readOperand, type Operand } from './operand';
import { cleanValue, none, type Computed, type OperandReason } from './result';

export interface CapaianOptions {
  readonly polaritas: Polaritas;
  readonly rumusNegatif: RumusNegatif;
}

export type NoCapaianReason =
  | OperandReason<'target'>
  | OperandReason<'realisasi'>
  | 'target_zero'
  /** Negative polarity with the `rasio` formula T / R: a realisasi of 0 has no ratio. */
  | 'realisasi_zero'
  /** Rupiah against a percentage, a grade against a plain number, grades of unrelated scales, absurd magnitudes. */
  | 'not_comparable';

export type CapaianResult =
  | { readonly kind: 'value'; readonly value: number; readonly qualitative?: true }
  | { readonly kind: 'none'; readonly reason: NoCapaianReason };

/**
 * Capaian kinerja in percentage points (SPEC §4):
 * - positive polarity: R / T × 100;
 * - negative polarity: (2T − R) / T × 100 (`selisih`), or T / R × 100 (`rasio`);
 * - two grades, or a grade against a score with grade: see `capaianOfGrades` (`qualitative`).
 *
 * Numbers, percentages and money mix freely (`94,76` against `94,95%` uses the numbers; a
 * score with grade `81,10 (A)` uses 81.10), except rupiah against a percentage. Units are
 * not compared here: a capaian is computed even when target and realisasi carry different
 * units, and the checker reports `UNIT_MISMATCH` (a warning, SPEC §7) with `unitsDiffer`.
 * Capping is not applied here (`applyCapping`).
 */
export function capaian(target: Operand, realisasi: Operand, options: CapaianOptions): CapaianResult {
  const absent = operandAbsence(target, 'target') ?? operandAbsence(realisasi, 'realisasi');
  if (absent !== undefined) return none(absent);
  const targetNumber = readOperand(target, 'target');
  const realisasiNumber = readOperand(realisasi, 'realisasi');
  if (targetNumber.kind === 'value' && realisasiNumber.kind === 'value') {
    if (isRupiahAgainstPercent(target, realisasi)) return none('not_comparable');
    return numericCapaian(targetNumber.value, realisasiNumber.value, options);
  }
  const targetGrade = typeof target === 'number' ? undefined : gradeOf(target);
  const realisasiGrade = typeof realisasi === 'number' ? undefined : gradeOf(realisasi);
  if (targetGrade === undefined || realisasiGrade === undefined) return none('not_comparable');
  const graded = capaianOfGrades(targetGrade, realisasiGrade);
  return graded.kind === 'value' ? { kind: 'value', value: graded.value, qualitative: true } : graded;
}

function numericCapaian(target: number, realisasi: number, options: CapaianOptions): Computed<NoCapaianReason> {
  if (target === 0) return none('target_zero');
  if (options.polaritas === 'positif') return cleanValue((realisasi * 100) / target, 'not_comparable');
  if (options.rumusNegatif === 'selisih') return cleanValue(((2 * target - realisasi) * 100) / target, 'not_comparable');
  if (realisasi === 0) return none('realisasi_zero');
  return cleanValue((target * 100) / realisasi, 'not_comparable');
}

function isRupiahAgainstPercent(target: Operand, realisasi: Operand): boolean {
  const kinds = new Set([kindOf(target), kindOf(realisasi)]);
  return kinds.has('money') && kinds.has('percent');
}

function kindOf(operand: Operand): string {
  return typeof operand === 'number' ? 'number' : operand.kind;
}
