import type { BatasCapaian } from '../settings/types';

/**
 * A capaian as the pemda publishes it (SPEC §4): at most `batasCapaian` when capping is on,
 * at least 0 when `batasBawahNol`. A non-finite value is returned as it is.
 */
export function applyCapping(value: number, batasCapaian: BatasCapaian, batasBawahNol: boolean): number {
  const capped = batasCapaian === 'none' ? value : Math.min(value, batasCapaian);
  return batasBawahNol && capped < 0 ? 0 : capped;
}
