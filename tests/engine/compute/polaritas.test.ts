import { readPolaritasText, resolvePolaritas } from '../../../src/engine/compute/polaritas';
import { parseSettings } from '../../../src/engine/settings/parse-settings';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/engine/settings/types';

function settingsWith(polaritas: Record<string, string>): Settings {
  const parsed = parseSettings({ polaritas });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.settings;
}

describe('polaritas', () => {
  it.each([
    ['+', 'positif'],
    ['Positif', 'positif'],
    ['MAKSIMAL', 'positif'],
    ['-', 'negatif'],
    [' negatif ', 'negatif'],
    ['Minimal', 'negatif'],
    ['', undefined],
    ['naik', undefined],
    ['constructor', undefined],
    ['__proto__', undefined],
  ])('column text %j → %s', (text, expected) => {
    expect(readPolaritasText(text)).toBe(expected);
  });

  it('the column wins over settings, settings over the default', () => {
    const settings = settingsWith({ 'Angka Kematian Ibu': 'negatif' });
    expect(resolvePolaritas('+', 'Angka kematian ibu', settings)).toBe('positif');
    expect(resolvePolaritas(undefined, 'ANGKA KEMATIAN  IBU.', settings)).toBe('negatif');
    expect(resolvePolaritas('', 'angka kematian ibu', settings)).toBe('negatif');
    expect(resolvePolaritas(undefined, 'Indeks Kepuasan Masyarakat', settings)).toBe('positif');
  });

  it('never guesses from words: "angka kematian" without override is positive', () => {
    expect(resolvePolaritas(undefined, 'Angka kematian bayi', DEFAULT_SETTINGS)).toBe('positif');
  });

  it('an inherited name (toString) is no override', () => {
    expect(resolvePolaritas(undefined, 'toString', { polaritas: {} })).toBe('positif');
  });
});
