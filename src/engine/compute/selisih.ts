import type { Operand } from './operand';
import { difference } from './difference';
import type { Computed, OperandReason } from './result';

export type SelisihReason = OperandReason<'realisasi'> | OperandReason<'pembanding'> | 'out_of_range';

/**
 * Selisih against a pembanding (SPEC §4, Tabel 3.5): realisasi − realisasi nasional, provinsi
 * or kabupaten, sign kept (positive: above the pembanding).
 */
export function selisih(realisasi: Operand, pembanding: Operand): Computed<SelisihReason> {
  return difference(realisasi, pembanding, { minuend: 'realisasi', subtrahend: 'pembanding' });
}
