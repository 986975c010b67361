import { validateCustomScale } from '../compute/validate-scale';
import {
  accepted,
  isPlainRecord,
  keyErrors,
  ownValue,
  readFiniteNumber,
  readOneOf,
  readText,
  rejected,
  type FieldReading,
} from './field-reading';
import { settingsMessages } from './messages';
import { BOUND_COMPARATORS, type PredikatBand, type PredikatScale } from './types';

const BAND_KEYS = ['lowerBound', 'comparator', 'label'] as const;

/**
 * The custom scale: a list of bands from the top, `{ "lowerBound": 90, "comparator": ">",
 * "label": "Sangat Baik" }`, the last one only `{ "label": "Kurang" }`. Each band is read
 * field by field into a fresh object, then the whole scale is checked (`validateCustomScale`).
 */
export function readSkalaKustom(path: string, value: unknown): FieldReading<PredikatScale> {
  if (!Array.isArray(value)) return rejected(settingsMessages.mustBeList(path));
  const items: readonly unknown[] = value;
  const bands: PredikatBand[] = [];
  const errors: string[] = [];
  items.forEach((item, index) => {
    const band = readBand(`${path}[${index}]`, item);
    if (band.ok) bands.push(band.value);
    else errors.push(...band.errors);
  });
  if (errors.length > 0) return rejected(...errors);
  const problems = validateCustomScale(bands);
  return problems.length > 0 ? rejected(...problems.map(settingsMessages.scaleProblem)) : accepted(Object.freeze(bands));
}

function readBand(path: string, value: unknown): FieldReading<PredikatBand> {
  if (!isPlainRecord(value)) return rejected(settingsMessages.mustBeObject(path));
  const unknownKeys = keyErrors(value, BAND_KEYS, (key) => `${path}.${key}`);
  if (unknownKeys.length > 0) return rejected(...unknownKeys);
  const label = readText(`${path}.label`, ownValue(value, 'label'));
  if (!label.ok) return label;
  const bound = ownValue(value, 'lowerBound');
  const comparatorText = ownValue(value, 'comparator');
  const hasBound = bound !== undefined;
  if (hasBound !== (comparatorText !== undefined)) return rejected(settingsMessages.boundWithoutComparator(path));
  if (!hasBound) return accepted(Object.freeze({ label: label.value.trim() }));
  const lowerBound = readFiniteNumber(`${path}.lowerBound`, bound);
  const comparator = readOneOf(`${path}.comparator`, comparatorText, BOUND_COMPARATORS);
  if (!lowerBound.ok || !comparator.ok) {
    return rejected(...(lowerBound.ok ? [] : lowerBound.errors), ...(comparator.ok ? [] : comparator.errors));
  }
  return accepted(Object.freeze({ lowerBound: lowerBound.value, comparator: comparator.value, label: label.value.trim() }));
}
