import { accepted, readText, rejected, type FieldReading } from './field-reading';
import { settingsMessages } from './messages';

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
/** Tolerance is in percentage points; beyond 100 every percentage would match every other. */
const MAX_TOLERANCE = 100;
const MAX_INSTANSI_LENGTH = 300;

export function readTahun(path: string, value: unknown): FieldReading<number> {
  const valid = typeof value === 'number' && Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR;
  return valid ? accepted(value) : rejected(settingsMessages.mustBeYear(path, MIN_YEAR, MAX_YEAR));
}

/** The instansi name, trimmed; an empty name means none. */
export function readInstansi(path: string, value: unknown): FieldReading<string | undefined> {
  const text = readText(path, value);
  if (!text.ok) return text;
  const trimmed = text.value.replace(/\s+/gu, ' ').trim().slice(0, MAX_INSTANSI_LENGTH);
  return accepted(trimmed === '' ? undefined : trimmed);
}

export function readToleransi(path: string, value: unknown): FieldReading<number> {
  const valid = typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_TOLERANCE;
  return valid ? accepted(value === 0 ? 0 : value) : rejected(settingsMessages.mustBeTolerance(path, MAX_TOLERANCE));
}
