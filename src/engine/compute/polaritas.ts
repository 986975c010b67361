import { indicatorKey } from '../settings/indicator-key';
import type { Polaritas, Settings } from '../settings/types';

const POLARITAS_WORDS: Readonly<Record<string, Polaritas>> = {
  '+': 'positif',
  positif: 'positif',
  positive: 'positif',
  maksimal: 'positif',
  maksimum: 'positif',
  max: 'positif',
  '-': 'negatif',
  negatif: 'negatif',
  negative: 'negatif',
  minimal: 'negatif',
  minimum: 'negatif',
  min: 'negatif',
};

/** A `Polaritas` column cell: `+`, `-`, `positif`, `negatif`, `maksimal`, `minimal` (any case); else `undefined`. */
export function readPolaritasText(text: string): Polaritas | undefined {
  const word = text.replace(/\s+/gu, ' ').trim().toLowerCase();
  return Object.prototype.hasOwnProperty.call(POLARITAS_WORDS, word) ? POLARITAS_WORDS[word] : undefined;
}

/**
 * An indicator's polarity (SPEC §4), in order: its `Polaritas` column, the override in
 * settings for its name, else positive. Never guessed from the indicator's words.
 */
export function resolvePolaritas(
  columnText: string | undefined,
  indicatorName: string | undefined,
  settings: Pick<Settings, 'polaritas'>,
): Polaritas {
  const fromColumn = columnText === undefined ? undefined : readPolaritasText(columnText);
  if (fromColumn !== undefined) return fromColumn;
  if (indicatorName !== undefined && hasAny(settings.polaritas)) {
    const key = indicatorKey(indicatorName);
    if (Object.prototype.hasOwnProperty.call(settings.polaritas, key)) return settings.polaritas[key];
  }
  return 'positif';
}

function hasAny(overrides: Readonly<Record<string, Polaritas>>): boolean {
  for (const key in overrides) if (Object.prototype.hasOwnProperty.call(overrides, key)) return true;
  return false;
}
