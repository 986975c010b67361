import { accepted, isForbiddenKey, isPlainRecord, ownValue, readOneOf, rejected, type FieldReading } from './field-reading';
import { indicatorKey } from './indicator-key';
import { settingsMessages } from './messages';
import { POLARITAS, type Polaritas } from './types';

/**
 * Per-indicator polarity overrides: `{ "Angka Kematian Ibu": "negatif" }`. Keys are stored as
 * `indicatorKey(name)` in a fresh record without prototype; two names that normalise to the
 * same key must agree. `__proto__`, `constructor` and `prototype` are refused as names.
 */
export function readPolaritas(path: string, value: unknown): FieldReading<Readonly<Record<string, Polaritas>>> {
  if (!isPlainRecord(value)) return rejected(settingsMessages.mustBeObject(path));
  const overrides = Object.create(null) as Record<string, Polaritas>;
  const nameOfKey = new Map<string, string>();
  const errors: string[] = [];
  for (const name of Object.keys(value)) {
    const entryPath = `${path}.${name}`;
    const key = indicatorKey(name);
    if (isForbiddenKey(name) || isForbiddenKey(key)) {
      errors.push(settingsMessages.forbiddenKey(entryPath));
      continue;
    }
    if (key === '') {
      errors.push(settingsMessages.emptyIndicatorName(entryPath));
      continue;
    }
    const polaritas = readOneOf(entryPath, ownValue(value, name), POLARITAS);
    if (!polaritas.ok) {
      errors.push(...polaritas.errors);
      continue;
    }
    const earlier = nameOfKey.get(key);
    if (earlier !== undefined && overrides[key] !== polaritas.value) {
      errors.push(settingsMessages.conflictingIndicator(earlier, name));
      continue;
    }
    nameOfKey.set(key, name);
    overrides[key] = polaritas.value;
  }
  return errors.length > 0 ? rejected(...errors) : accepted(Object.freeze(overrides));
}
