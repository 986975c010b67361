import { capaian, type CapaianOptions, type CapaianResult } from './capaian';
import type { Operand } from './operand';

/**
 * Tingkat kemajuan (SPEC §4, 3.4 and E.81 col 15): realisasi up to this year ÷ target at the
 * end of the Renstra period × 100, with the same polarity and grade rules as capaian; the
 * `target_*` reasons refer to the target akhir.
 */
export function kemajuan(targetAkhir: Operand, realisasiKumulatif: Operand, options: CapaianOptions): CapaianResult {
  return capaian(targetAkhir, realisasiKumulatif, options);
}
