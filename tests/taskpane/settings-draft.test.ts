import { PRESET_SCALES } from '../../src/engine/compute/predikat-scales';
import { DEFAULT_SETTINGS, type Settings } from '../../src/engine/settings/types';
import { parseSettings } from '../../src/engine/settings/parse-settings';
import { draftOf, fieldOfError, numberFromText, settingsFromDraft, withScale } from '../../src/taskpane/settings/settings-draft';

function settings(json: Record<string, unknown>): Settings {
  const result = parseSettings(json);
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.settings;
}

describe('settings form draft', () => {
  test('numbers are read as people type them; anything else stays text for the validation to name', () => {
    expect(numberFromText(' 2024 ')).toBe(2024);
    expect(numberFromText('0,5')).toBe(0.5);
    expect(numberFromText('0.25')).toBe(0.25);
    expect(numberFromText('')).toBeNull();
    expect(numberFromText('20x4')).toBe('20x4');
    expect(numberFromText('1.000,5')).toBe('1.000,5');
  });

  test.each([
    ['defaults', DEFAULT_SETTINGS],
    [
      'every field set',
      settings({
        tahun: 2024,
        instansi: 'Kecamatan Mojoagung',
        skalaPredikat: 'custom',
        skalaKustom: [
          { lowerBound: 100, comparator: '>', label: 'Sangat Baik' },
          { lowerBound: 75.5, comparator: '>=', label: 'Baik' },
          { label: 'Kurang' },
        ],
        batasCapaian: 120,
        batasBawahNol: true,
        rumusNegatif: 'rasio',
        polaritas: { 'Angka Kematian Ibu': 'negatif', 'Jumlah pengaduan': 'negatif' },
        toleransi: 0.05,
        modeTulis: 'rumus',
        bahasa: 'en',
      }),
    ],
  ])('a form left untouched saves the same settings (%s)', (_name, original) => {
    const result = settingsFromDraft(draftOf(original));
    expect(result).toEqual({ ok: true, settings: original });
  });

  test('a custom scale kept under a preset stays saved (SPEC §8 keeps it)', () => {
    const original = settings({ skalaPredikat: 'lkjip-4', skalaKustom: [{ lowerBound: 90, comparator: '>', label: 'A' }, { label: 'B' }] });
    const result = settingsFromDraft(draftOf(original));
    expect(result.ok && result.settings.skalaKustom).toEqual(original.skalaKustom);
  });

  test('choosing "Skala sendiri" starts from the preset in force', () => {
    const draft = withScale(draftOf(settings({ skalaPredikat: 'lkjip-5' })), 'custom');
    expect(draft.bands.map((b) => b.label)).toEqual(PRESET_SCALES['lkjip-5'].map((b) => b.label));
    const saved = settingsFromDraft(draft);
    expect(saved.ok && saved.settings.skalaKustom).toEqual(PRESET_SCALES['lkjip-5']);
  });

  test('an empty indicator row is not a setting; a named one is validated', () => {
    const draft = draftOf(DEFAULT_SETTINGS);
    expect(settingsFromDraft({ ...draft, polaritas: [{ name: '  ', polaritas: 'negatif' }] }).ok).toBe(true);
    const bad = settingsFromDraft({ ...draft, polaritas: [{ name: '__proto__', polaritas: 'negatif' }] });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors.map(fieldOfError)).toEqual(['polaritas']);
  });

  test('each validation message points at its field', () => {
    const result = settingsFromDraft({ ...draftOf(DEFAULT_SETTINGS), tahun: '1800', toleransi: 'banyak', skalaPredikat: 'custom', bands: [{ label: '', comparator: '>', bound: '' }] });
    expect(result.ok).toBe(false);
    const fields = !result.ok ? result.errors.map(fieldOfError) : [];
    expect(new Set(fields)).toEqual(new Set(['tahun', 'toleransi', 'bands']));
  });
});
