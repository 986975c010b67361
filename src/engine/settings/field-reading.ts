import { settingsMessages } from './messages';

/** The outcome of reading one setting: its value, or the messages that say what is wrong. */
export type FieldReading<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly string[] };

export function accepted<T>(value: T): FieldReading<T> {
  return { ok: true, value };
}

export function rejected<T>(...errors: string[]): FieldReading<T> {
  return { ok: false, errors };
}

/** Keys that would reach an object's prototype if ever assigned: refused wherever they appear. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN_KEYS.has(key.trim().toLowerCase());
}

/** A JSON object: not null, not an array, not a class instance (Date, Map…). */
export function isPlainRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

export function hasOwn(record: Readonly<Record<string, unknown>>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

/** The record's own value at `key`; never one inherited from a prototype. */
export function ownValue(record: Readonly<Record<string, unknown>>, key: string): unknown {
  return hasOwn(record, key) ? record[key] : undefined;
}

/** Errors for every own key of `record` that is forbidden or not in `known`. */
export function keyErrors(
  record: Readonly<Record<string, unknown>>,
  known: readonly string[],
  pathOf: (key: string) => string,
): string[] {
  return Object.keys(record).flatMap((key) => {
    if (isForbiddenKey(key)) return [settingsMessages.forbiddenKey(pathOf(key))];
    return known.includes(key) ? [] : [settingsMessages.unknownKey(pathOf(key))];
  });
}

export function readOneOf<T extends string | number>(path: string, value: unknown, allowed: readonly T[]): FieldReading<T> {
  const match = allowed.find((option) => option === value);
  return match === undefined ? rejected(settingsMessages.mustBeOneOf(path, allowed)) : accepted(match);
}

export function readBoolean(path: string, value: unknown): FieldReading<boolean> {
  return typeof value === 'boolean' ? accepted(value) : rejected(settingsMessages.mustBeBoolean(path));
}

export function readText(path: string, value: unknown): FieldReading<string> {
  return typeof value === 'string' ? accepted(value) : rejected(settingsMessages.mustBeText(path));
}

export function readFiniteNumber(path: string, value: unknown): FieldReading<number> {
  return typeof value === 'number' && Number.isFinite(value) ? accepted(value) : rejected(settingsMessages.mustBeNumber(path));
}
