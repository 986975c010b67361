import type { Operand } from './operand';
import { percentOf, type PercentOfReason } from './ratio';
import type { Computed } from './result';

export type KetersediaanReason = PercentOfReason<'tersedia', 'kebutuhan'>;

/** % ketersediaan of SDM or sarpras (SPEC §4): tersedia ÷ kebutuhan × 100. */
export function ketersediaan(tersedia: Operand, kebutuhan: Operand): Computed<KetersediaanReason> {
  return percentOf(tersedia, kebutuhan, { part: 'tersedia', whole: 'kebutuhan' });
}
