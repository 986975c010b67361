import { PRESET_SCALES } from '../../engine/compute/predikat-scales';
import { parseSettings, type SettingsParseResult } from '../../engine/settings/parse-settings';
import type {
  Bahasa,
  BatasCapaian,
  BoundComparator,
  ModeTulis,
  Polaritas,
  PredikatScale,
  RumusNegatif,
  ScalePreset,
  Settings,
} from '../../engine/settings/types';

/** One band of the custom scale as typed; the last band has no bound. */
export interface BandDraft {
  readonly label: string;
  readonly comparator: BoundComparator;
  readonly bound: string;
}

export interface PolaritasDraft {
  readonly name: string;
  readonly polaritas: Polaritas;
}

/** The settings form as the user types it: numbers are still text until saved. */
export interface SettingsDraft {
  readonly tahun: string;
  readonly instansi: string;
  readonly skalaPredikat: ScalePreset;
  readonly bands: readonly BandDraft[];
  /** The workbook already had a custom scale: keep it even under a preset (SPEC §8 keeps it). */
  readonly keepCustom: boolean;
  readonly batasCapaian: BatasCapaian;
  readonly batasBawahNol: boolean;
  readonly rumusNegatif: RumusNegatif;
  readonly polaritas: readonly PolaritasDraft[];
  readonly toleransi: string;
  readonly modeTulis: ModeTulis;
  readonly bahasa: Bahasa;
}

export type DraftField = Exclude<keyof SettingsDraft, 'keepCustom'>;

function bandsOf(scale: PredikatScale): BandDraft[] {
  return scale.map((band) => ({
    label: band.label,
    comparator: band.comparator ?? '>',
    bound: band.lowerBound === undefined ? '' : String(band.lowerBound).replace('.', ','),
  }));
}

/** The bands of a preset, as the form shows them (and as the start of a custom scale). */
export function presetBands(preset: Exclude<ScalePreset, 'custom'>): BandDraft[] {
  return bandsOf(PRESET_SCALES[preset]);
}

/** Choosing a scale: a first custom scale starts as a copy of the preset that was in force. */
export function withScale(draft: SettingsDraft, preset: ScalePreset): SettingsDraft {
  if (preset === 'custom' && !draft.keepCustom && draft.skalaPredikat !== 'custom') {
    return { ...draft, skalaPredikat: preset, bands: presetBands(draft.skalaPredikat) };
  }
  return { ...draft, skalaPredikat: preset };
}

export function draftOf(settings: Settings): SettingsDraft {
  return {
    tahun: settings.tahun === undefined ? '' : String(settings.tahun),
    instansi: settings.instansi ?? '',
    skalaPredikat: settings.skalaPredikat,
    bands: bandsOf(settings.skalaKustom ?? PRESET_SCALES[settings.skalaPredikat === 'custom' ? 'permendagri86' : settings.skalaPredikat]),
    keepCustom: settings.skalaKustom !== undefined,
    batasCapaian: settings.batasCapaian,
    batasBawahNol: settings.batasBawahNol,
    rumusNegatif: settings.rumusNegatif,
    polaritas: Object.entries(settings.polaritas).map(([name, polaritas]) => ({ name, polaritas })),
    toleransi: String(settings.toleransi).replace('.', ','),
    modeTulis: settings.modeTulis,
    bahasa: settings.bahasa,
  };
}

/**
 * A typed number (`2024`, `0,5`, `0.5`) as a number; anything else stays text so that the
 * settings validation names the field; an empty field is `null` (cleared).
 */
export function numberFromText(text: string): number | string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const normal = trimmed.replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : trimmed;
}

/** The draft as settings JSON, exactly as a settings file would hold it. */
export function draftToJson(draft: SettingsDraft): Record<string, unknown> {
  const bands = draft.bands.map((band, index) =>
    index === draft.bands.length - 1
      ? { label: band.label }
      : { lowerBound: numberFromText(band.bound), comparator: band.comparator, label: band.label },
  );
  const polaritas: Record<string, Polaritas> = Object.create(null) as Record<string, Polaritas>;
  for (const entry of draft.polaritas) {
    // An untouched empty row is not a setting; a named one goes through validation.
    if (entry.name.trim() !== '') Object.defineProperty(polaritas, entry.name, { value: entry.polaritas, enumerable: true, writable: true });
  }
  const toleransi = numberFromText(draft.toleransi);
  return {
    tahun: numberFromText(draft.tahun),
    instansi: draft.instansi.trim() === '' ? null : draft.instansi,
    skalaPredikat: draft.skalaPredikat,
    ...(draft.skalaPredikat === 'custom' || draft.keepCustom ? { skalaKustom: bands } : {}),
    batasCapaian: draft.batasCapaian,
    batasBawahNol: draft.batasBawahNol,
    rumusNegatif: draft.rumusNegatif,
    polaritas,
    toleransi: toleransi ?? 0,
    modeTulis: draft.modeTulis,
    bahasa: draft.bahasa,
  };
}

/** Validates the draft with the same `parseSettings` as a settings file (SPEC §10). */
export function settingsFromDraft(draft: SettingsDraft): SettingsParseResult {
  return parseSettings(draftToJson(draft));
}

const FIELD_OF_KEY: readonly (readonly [string, DraftField])[] = [
  ['tahun', 'tahun'],
  ['instansi', 'instansi'],
  ['skalaKustom', 'bands'],
  ['skalaPredikat', 'skalaPredikat'],
  ['batasCapaian', 'batasCapaian'],
  ['batasBawahNol', 'batasBawahNol'],
  ['rumusNegatif', 'rumusNegatif'],
  ['polaritas', 'polaritas'],
  ['toleransi', 'toleransi'],
  ['modeTulis', 'modeTulis'],
  ['bahasa', 'bahasa'],
];

/** The form field a validation message is about: the messages quote the setting's key first. */
export function fieldOfError(message: string): DraftField | undefined {
  const quoted = /'([A-Za-z]+)/.exec(message)?.[1];
  return FIELD_OF_KEY.find(([key]) => key === quoted)?.[1];
}
