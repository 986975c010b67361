import type { Operand } from './operand';
import { difference } from './difference';
import { rataRata } from './rata-rata';
import { none, type Computed, type OperandReason } from './result';

export type EfisiensiReason = OperandReason<'capaian'> | OperandReason<'serapan'> | 'out_of_range';

/**
 * Tingkat efisiensi (SPEC §4, the seeds' convention): % capaian kinerja − % penyerapan
 * anggaran, in percentage points; above 0 is efisien. For SDM and sarpras pass the
 * % ketersediaan as `serapan` (Mojoagung: 97,69 − 39,12 = 58,57).
 */
export function efisiensi(capaian: Operand, serapan: Operand): Computed<EfisiensiReason> {
  return difference(capaian, serapan, { minuend: 'capaian', subtrahend: 'serapan' });
}

/**
 * The table's total efisiensi: mean of the capaian (capped when capping is on, as for the
 * rata-rata) − the total penyerapan (Mojoagung: 97,69 − 91,40 = 6,29). `capaian_missing`
 * when no capaian is usable.
 */
export function efisiensiTotal(capaianValues: readonly (number | undefined)[], totalSerapan: Operand): Computed<EfisiensiReason> {
  const mean = rataRata(capaianValues).mean;
  return mean === undefined ? none('capaian_missing') : efisiensi(mean, totalSerapan);
}
