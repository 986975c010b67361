import { readOperand, type Operand } from './operand';
import { percentOf, type PercentOfReason } from './ratio';
import { cleanSum, none, type Computed, type OperandReason } from './result';

export type SerapanReason = PercentOfReason<'realisasi', 'pagu'>;

/** Realisasi / penyerapan anggaran (SPEC §4): realisasi Rp ÷ pagu Rp × 100; a pagu of 0 gives `pagu_zero`. */
export function serapan(pagu: Operand, realisasi: Operand): Computed<SerapanReason> {
  return percentOf(realisasi, pagu, { part: 'realisasi', whole: 'pagu' });
}

export type SisaReason = OperandReason<'pagu'> | OperandReason<'realisasi'> | 'out_of_range';

/** Sisa anggaran: pagu − realisasi, negative when over budget (the checker says `OVER_BUDGET`). */
export function sisaAnggaran(pagu: Operand, realisasi: Operand): Computed<SisaReason> {
  const paguValue = readOperand(pagu, 'pagu');
  if (paguValue.kind === 'none') return paguValue;
  const realisasiValue = readOperand(realisasi, 'realisasi');
  if (realisasiValue.kind === 'none') return realisasiValue;
  const sisa = cleanSum(paguValue.value - realisasiValue.value);
  return Number.isFinite(sisa) ? { kind: 'value', value: sisa } : none('out_of_range');
}
