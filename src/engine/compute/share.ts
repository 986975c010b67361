import type { Operand } from './operand';
import { percentOf, type PercentOfReason } from './ratio';
import type { Computed } from './result';

export type ShareReason = PercentOfReason<'anggaran', 'total'>;

/** % anggaran of a row (SPEC §4, Tabel 3.7): row anggaran ÷ total anggaran × 100. */
export function shareAnggaran(anggaran: Operand, total: Operand): Computed<ShareReason> {
  return percentOf(anggaran, total, { part: 'anggaran', whole: 'total' });
}
