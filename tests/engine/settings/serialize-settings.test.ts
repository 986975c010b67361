import fc from 'fast-check';
import { parseSettings } from '../../../src/engine/settings/parse-settings';
import { serializeSettings } from '../../../src/engine/settings/serialize-settings';
import { DEFAULT_SETTINGS } from '../../../src/engine/settings/types';

describe('serializeSettings', () => {
  it('writes the defaults in a fixed order', () => {
    expect(serializeSettings(DEFAULT_SETTINGS)).toBe(
      [
        '{',
        '  "skalaPredikat": "permendagri86",',
        '  "batasCapaian": "none",',
        '  "batasBawahNol": false,',
        '  "rumusNegatif": "selisih",',
        '  "polaritas": {},',
        '  "toleransi": 0,',
        '  "modeTulis": "nilai",',
        '  "bahasa": "id"',
        '}',
      ].join('\n'),
    );
  });

  it('is the same whatever order the input had', () => {
    const a = parseSettings({ bahasa: 'en', tahun: 2024, polaritas: { zeta: 'negatif', alpha: 'positif' } });
    const b = parseSettings({ polaritas: { alpha: 'positif', zeta: 'negatif' }, tahun: 2024, bahasa: 'en' });
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(serializeSettings(a.settings)).toBe(serializeSettings(b.settings));
    expect(serializeSettings(a.settings).indexOf('alpha')).toBeLessThan(serializeSettings(a.settings).indexOf('zeta'));
  });

  it('reads back to equal settings (property)', () => {
    const settingsInput = fc.record(
      {
        tahun: fc.integer({ min: 1900, max: 2100 }),
        instansi: fc.string({ minLength: 1 }).filter((text) => text.trim() !== ''),
        skalaPredikat: fc.constantFrom('permendagri86', 'sakip-5', 'lkjip-5', 'lkjip-4'),
        batasCapaian: fc.constantFrom('none', 100, 110, 120),
        batasBawahNol: fc.boolean(),
        rumusNegatif: fc.constantFrom('selisih', 'rasio'),
        polaritas: fc.dictionary(
          fc.stringMatching(/^[a-z][a-z ]{0,20}[a-z]$/u).filter((name) => !['constructor', 'prototype'].includes(name)),
          fc.constantFrom('positif', 'negatif'),
        ),
        toleransi: fc.double({ min: 0, max: 100, noNaN: true }),
        modeTulis: fc.constantFrom('nilai', 'rumus'),
        bahasa: fc.constantFrom('id', 'en'),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(settingsInput, (input) => {
        const first = parseSettings(input);
        if (!first.ok) return true; // e.g. two names normalising to one key with different polarities
        const json = serializeSettings(first.settings);
        const second = parseSettings(JSON.parse(json));
        expect(second).toEqual(first);
        return second.ok && serializeSettings(second.settings) === json;
      }),
    );
  });

  it('round-trips a custom scale', () => {
    const first = parseSettings({
      skalaPredikat: 'custom',
      skalaKustom: [{ label: 'Sangat Baik', comparator: '>', lowerBound: 100 }, { label: 'Baik', lowerBound: 75, comparator: '>=' }, { label: 'Kurang' }],
    });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const json = serializeSettings(first.settings);
    expect(json).toContain('"lowerBound": 100,\n      "comparator": ">",\n      "label": "Sangat Baik"');
    expect(parseSettings(JSON.parse(json))).toEqual(first);
  });
});
