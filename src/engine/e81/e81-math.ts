import { capaian, type CapaianResult } from '../compute/capaian';
import { kemajuan } from '../compute/kemajuan';
import type { Operand } from '../compute/operand';
import { cleanSum } from '../compute/result';
import { serapan } from '../compute/serapan';
import type { Polaritas, RumusNegatif } from '../settings/types';
import type { IndicatorType } from './indicator-type';

export interface PolarityOptions {
  readonly polaritas: Polaritas;
  readonly rumusNegatif: RumusNegatif;
}

/**
 * Column 14 K (SPEC §6): realisasi up to this year. A count adds last years' realisasi to this
 * year's; a level is what it is now, so column 14 is column 13 (adding 100 % of last year to
 * 100 % of this year gives the 200 % real workbooks show).
 */
export function kumulatifKinerja(type: IndicatorType, lalu: number | undefined, tahunIni: number | undefined): number | undefined {
  if (tahunIni === undefined) return undefined;
  if (type === 'tingkat') return tahunIni;
  return lalu === undefined ? undefined : cleanSum(lalu + tahunIni);
}

/** Column 14 Rp: rupiah always add up. */
export function kumulatifAnggaran(lalu: number | undefined, tahunIni: number | undefined): number | undefined {
  return lalu === undefined || tahunIni === undefined ? undefined : cleanSum(lalu + tahunIni);
}

/** Column 15 K: column 14 ÷ target akhir periode × 100, with the indicator's polarity. */
export function tingkatCapaianKinerja(targetAkhir: Operand, kumulatif: number | undefined, options: PolarityOptions): number | undefined {
  if (kumulatif === undefined) return undefined;
  const result: CapaianResult = kemajuan(targetAkhir, kumulatif, options);
  return result.kind === 'value' ? result.value : undefined;
}

/** Column 15 Rp (and the capaian Renja Rp): realisasi ÷ pagu × 100. */
export function persenAnggaran(pagu: number | undefined, realisasi: number | undefined): number | undefined {
  if (pagu === undefined || realisasi === undefined) return undefined;
  const result = serapan(pagu, realisasi);
  return result.kind === 'value' ? result.value : undefined;
}

/** The capaian Renja K: column 13 ÷ target Renja (column 8) × 100, with the indicator's polarity. */
export function capaianRenja(target: Operand, realisasi: number | undefined, options: PolarityOptions): number | undefined {
  if (realisasi === undefined) return undefined;
  const result = capaian(target, realisasi, options);
  return result.kind === 'value' ? result.value : undefined;
}
