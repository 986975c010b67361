import type { ParsedValue } from '../values/types';
import type { Operand } from './operand';

/**
 * Whether target and realisasi carry different units (SPEC §3, `UNIT_MISMATCH`). Units are
 * compared case- and space-insensitively; a percentage and the unit `persen` are the same;
 * a value without a unit (a bare number, a computed number, a grade) matches any unit.
 */
export function unitsDiffer(target: Operand, realisasi: Operand): boolean {
  const targetUnit = unitOf(target);
  const realisasiUnit = unitOf(realisasi);
  return targetUnit !== undefined && realisasiUnit !== undefined && targetUnit !== realisasiUnit;
}

function unitOf(operand: Operand): string | undefined {
  if (typeof operand === 'number') return undefined;
  return unitOfValue(operand);
}

function unitOfValue(value: ParsedValue): string | undefined {
  switch (value.kind) {
    case 'percent':
      return '%';
    case 'money':
      return 'rp';
    case 'number': {
      if (value.unit === undefined) return undefined;
      const unit = value.unit.replace(/\s+/gu, ' ').trim().toLowerCase();
      return unit === 'persen' ? '%' : unit === 'rupiah' ? 'rp' : unit;
    }
    default:
      return undefined;
  }
}
