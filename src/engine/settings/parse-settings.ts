import { hasOwn, isPlainRecord, keyErrors, readBoolean, readOneOf, type FieldReading } from './field-reading';
import { settingsMessages } from './messages';
import { readPolaritas } from './read-polaritas';
import { readInstansi, readTahun, readToleransi } from './read-scalars';
import { readSkalaKustom } from './read-skala-kustom';
import { BAHASA, BATAS_CAPAIAN, DEFAULT_SETTINGS, MODE_TULIS, RUMUS_NEGATIF, SCALE_PRESETS, type Settings } from './types';

export { serializeSettings } from './serialize-settings';

export type SettingsParseResult = { readonly ok: true; readonly settings: Settings } | { readonly ok: false; readonly errors: string[] };

const SETTINGS_KEYS: readonly (keyof Settings)[] = [
  'tahun',
  'instansi',
  'skalaPredikat',
  'skalaKustom',
  'batasCapaian',
  'batasBawahNol',
  'rumusNegatif',
  'polaritas',
  'toleransi',
  'modeTulis',
  'bahasa',
];

/**
 * Settings from a workbook or a `--settings` file (SPEC §8, §10), validated by hand.
 * Keys left out take their default; `null` clears an optional key (`tahun`, `instansi`,
 * `skalaKustom`). An unknown key, a wrong type, `__proto__`/`constructor`/`prototype`
 * anywhere, or `custom` without a valid `skalaKustom` is an error naming the key. The result
 * is a fresh frozen object built field by field: nothing of the input is merged into it.
 */
export function parseSettings(json: unknown): SettingsParseResult {
  if (!isPlainRecord(json)) return { ok: false, errors: [settingsMessages.notAnObject] };
  const input = json;
  const errors = keyErrors(input, SETTINGS_KEYS, (key) => key);

  function field<T>(key: keyof Settings, read: (path: string, value: unknown) => FieldReading<T>, fallback: T): T {
    if (!hasOwn(input, key)) return fallback;
    const reading = read(key, input[key]);
    if (reading.ok) return reading.value;
    errors.push(...reading.errors);
    return fallback;
  }
  function optionalField<T>(key: keyof Settings, read: (path: string, value: unknown) => FieldReading<T | undefined>): T | undefined {
    return hasOwn(input, key) && input[key] === null ? undefined : field<T | undefined>(key, read, undefined);
  }

  const errorsBeforeScale = errors.length;
  const skalaKustom = optionalField('skalaKustom', readSkalaKustom);
  const skalaKustomRejected = errors.length > errorsBeforeScale;
  const settings: Settings = {
    ...optionalSetting('tahun', optionalField('tahun', readTahun)),
    ...optionalSetting('instansi', optionalField('instansi', readInstansi)),
    skalaPredikat: field('skalaPredikat', (path, value) => readOneOf(path, value, SCALE_PRESETS), DEFAULT_SETTINGS.skalaPredikat),
    ...optionalSetting('skalaKustom', skalaKustom),
    batasCapaian: field('batasCapaian', (path, value) => readOneOf(path, value, BATAS_CAPAIAN), DEFAULT_SETTINGS.batasCapaian),
    batasBawahNol: field('batasBawahNol', readBoolean, DEFAULT_SETTINGS.batasBawahNol),
    rumusNegatif: field('rumusNegatif', (path, value) => readOneOf(path, value, RUMUS_NEGATIF), DEFAULT_SETTINGS.rumusNegatif),
    polaritas: field('polaritas', readPolaritas, DEFAULT_SETTINGS.polaritas),
    toleransi: field('toleransi', readToleransi, DEFAULT_SETTINGS.toleransi),
    modeTulis: field('modeTulis', (path, value) => readOneOf(path, value, MODE_TULIS), DEFAULT_SETTINGS.modeTulis),
    bahasa: field('bahasa', (path, value) => readOneOf(path, value, BAHASA), DEFAULT_SETTINGS.bahasa),
  };
  if (settings.skalaPredikat === 'custom' && skalaKustom === undefined && !skalaKustomRejected) {
    errors.push(settingsMessages.customScaleRequired);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, settings: Object.freeze(settings) };
}

/** `{ key: value }` when there is a value, `{}` otherwise, so optional keys are absent rather than undefined. */
function optionalSetting<K extends string, T>(key: K, value: T | undefined): { readonly [P in K]?: T } {
  return (value === undefined ? {} : { [key]: value }) as { readonly [P in K]?: T };
}
