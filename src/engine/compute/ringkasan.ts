import { roundAtDecimals } from './precision';

export interface Ringkasan {
  /** Capaian above 100: melampaui target. */
  readonly melampaui: number;
  /** Capaian of 100: sesuai target. */
  readonly sesuai: number;
  /** Capaian below 100: tidak mencapai target. */
  readonly tidakMencapai: number;
  readonly missing: number;
}

/** Precision at which a capaian is classified: the two decimals reports print. */
const DISPLAY_DECIMALS = 2;

/**
 * Counts of Tabel 3.2 (SPEC §4). A capaian is classified as it is printed, rounded to two
 * decimals: 100.004 is `sesuai` (it reads 100,00 %), 100.005 `melampaui`. Give the uncapped
 * values: capping changes what is published, not whether the target was exceeded.
 */
export function ringkasan(values: readonly (number | undefined)[]): Ringkasan {
  let melampaui = 0;
  let sesuai = 0;
  let tidakMencapai = 0;
  let missing = 0;
  for (const value of values) {
    if (value === undefined || !Number.isFinite(value)) {
      missing += 1;
      continue;
    }
    const shown = roundAtDecimals(value, DISPLAY_DECIMALS);
    if (shown > 100) melampaui += 1;
    else if (shown === 100) sesuai += 1;
    else tidakMencapai += 1;
  }
  return { melampaui, sesuai, tidakMencapai, missing };
}
