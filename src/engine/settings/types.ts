/** Rating scale presets of SPEC §4 (`custom`: bands edited by the user). */
export const SCALE_PRESETS = ['permendagri86', 'sakip-5', 'lkjip-5', 'lkjip-4', 'custom'] as const;
export type ScalePreset = (typeof SCALE_PRESETS)[number];

export const BOUND_COMPARATORS = ['>', '>='] as const;
export type BoundComparator = (typeof BOUND_COMPARATORS)[number];

/**
 * One band of a predikat scale. Bands are tested from the top; a band with a lower bound
 * takes the values that pass `value <comparator> lowerBound`. The last band of a scale has
 * no lower bound: it takes every value below the others, so no value is left without a label.
 */
export type PredikatBand =
  | { readonly lowerBound: number; readonly comparator: BoundComparator; readonly label: string }
  | { readonly lowerBound?: undefined; readonly comparator?: undefined; readonly label: string };

/** Top-down bands, the last one without a lower bound. */
export type PredikatScale = readonly PredikatBand[];

export const BATAS_CAPAIAN = ['none', 100, 110, 120] as const;
export type BatasCapaian = (typeof BATAS_CAPAIAN)[number];

/** Negative polarity: `selisih` = (2T − R) / T × 100 (default), `rasio` = T / R × 100. */
export const RUMUS_NEGATIF = ['selisih', 'rasio'] as const;
export type RumusNegatif = (typeof RUMUS_NEGATIF)[number];

export const POLARITAS = ['positif', 'negatif'] as const;
export type Polaritas = (typeof POLARITAS)[number];

/** `nilai`: write values; `rumus`: write Excel formulas. */
export const MODE_TULIS = ['nilai', 'rumus'] as const;
export type ModeTulis = (typeof MODE_TULIS)[number];

export const BAHASA = ['id', 'en'] as const;
export type Bahasa = (typeof BAHASA)[number];

/** Per-workbook settings (SPEC §8). */
export interface Settings {
  /** Report year. */
  readonly tahun?: number;
  readonly instansi?: string;
  readonly skalaPredikat: ScalePreset;
  /** The bands of the `custom` scale; kept when another preset is chosen. */
  readonly skalaKustom?: PredikatScale;
  readonly batasCapaian: BatasCapaian;
  /** Floor capaian at 0. */
  readonly batasBawahNol: boolean;
  readonly rumusNegatif: RumusNegatif;
  /**
   * Per-indicator polarity overrides, keyed by `indicatorKey(name)`. A record without
   * prototype (built with `Object.create(null)`), so no key can reach `Object.prototype`.
   */
  readonly polaritas: Readonly<Record<string, Polaritas>>;
  /** Extra absolute tolerance in percentage points on top of the stated value's display precision. */
  readonly toleransi: number;
  readonly modeTulis: ModeTulis;
  readonly bahasa: Bahasa;
}

const NO_OVERRIDES: Readonly<Record<string, Polaritas>> = Object.freeze(Object.create(null) as Record<string, Polaritas>);

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  skalaPredikat: 'permendagri86',
  batasCapaian: 'none',
  batasBawahNol: false,
  rumusNegatif: 'selisih',
  polaritas: NO_OVERRIDES,
  toleransi: 0,
  modeTulis: 'nilai',
  bahasa: 'id',
});
