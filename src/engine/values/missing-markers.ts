/**
 * Text that people type where there is no value (SPEC §3): dashes of any length,
 * `N/A`, `NA`, ellipses, and an empty or blank cell. `0` is a number, never a marker.
 * Expects text already passed through `normalizeText`.
 */
const MARKERS: readonly RegExp[] = [
  /^$/u,
  /^[-\u2010-\u2015]+$/u, // -, --, ‐, ‒, –, —, ―
  /^n\s*\/\s*a$/iu, // N/A, n/a, N / A
  /^na$/iu,
  /^(\u2026|\.{2,})$/u, // …, .., ...
];

/** Excel error names written as text (CSV exports, copy-paste of a shown value). */
const ERROR_TEXT = /^#(DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/iu;

export function isMissingMarker(text: string): boolean {
  return MARKERS.some((pattern) => pattern.test(text));
}

export function isErrorText(text: string): boolean {
  return ERROR_TEXT.test(text);
}
