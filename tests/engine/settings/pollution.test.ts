import { parseSettings } from '../../../src/engine/settings/parse-settings';
import { serializeSettings } from '../../../src/engine/settings/serialize-settings';
import { DEFAULT_SETTINGS } from '../../../src/engine/settings/types';

type Probe = { polluted?: unknown; isAdmin?: unknown };

function prototypeIsClean(): boolean {
  return ({} as Probe).polluted === undefined && ({} as Probe).isAdmin === undefined && Object.keys(Object.prototype).length === 0;
}

describe('settings cannot pollute prototypes (SPEC §10)', () => {
  afterEach(() => {
    expect(prototypeIsClean()).toBe(true);
  });

  it('refuses __proto__ at the top level', () => {
    const result = parseSettings(JSON.parse('{"__proto__": {"polluted": 1}}'));
    expect(result).toEqual({ ok: false, errors: ["Pengaturan tidak diizinkan: '__proto__'"] });
    expect(({} as Probe).polluted).toBeUndefined();
  });

  it('refuses constructor and prototype at the top level', () => {
    const result = parseSettings(JSON.parse('{"constructor": {"prototype": {"polluted": 1}}, "prototype": {"polluted": 1}}'));
    expect(result).toEqual({
      ok: false,
      errors: ["Pengaturan tidak diizinkan: 'constructor'", "Pengaturan tidak diizinkan: 'prototype'"],
    });
  });

  it('refuses __proto__, constructor and prototype as indicator names in polaritas', () => {
    const result = parseSettings(
      JSON.parse('{"polaritas": {"__proto__": {"polluted": 1}, "constructor": "negatif", "Prototype": "negatif", "AKI": "negatif"}}'),
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        "Pengaturan tidak diizinkan: 'polaritas.__proto__'",
        "Pengaturan tidak diizinkan: 'polaritas.constructor'",
        "Pengaturan tidak diizinkan: 'polaritas.Prototype'",
      ],
    });
  });

  it('refuses __proto__ inside a custom scale band', () => {
    const result = parseSettings(JSON.parse('{"skalaKustom": [{"__proto__": {"polluted": 1}, "label": "Baik", "lowerBound": 1, "comparator": ">"}, {"label": "Kurang"}]}'));
    expect(result).toEqual({ ok: false, errors: ["Pengaturan tidak diizinkan: 'skalaKustom[0].__proto__'"] });
  });

  it('builds polaritas without a prototype, so inherited names are not overrides', () => {
    const result = parseSettings({ polaritas: { AKI: 'negatif' } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.getPrototypeOf(result.settings.polaritas)).toBeNull();
    expect(result.settings.polaritas.toString).toBeUndefined();
    expect(Object.getPrototypeOf(result.settings)).toBe(Object.prototype);
  });

  it('does not read inherited values of the input', () => {
    const input = Object.create({ batasCapaian: 100 }) as object;
    const result = parseSettings(input);
    expect(result.ok).toBe(false); // an object with a non-plain prototype is not a JSON object
    const plain = parseSettings(JSON.parse('{"tahun": 2024}'));
    expect(plain.ok && plain.settings.batasCapaian).toBe('none');
  });

  it('does not keep a reference to the input', () => {
    const input = { polaritas: { AKI: 'negatif' }, skalaKustom: [{ lowerBound: 1, comparator: '>', label: 'x' }, { label: 'y' }] };
    const result = parseSettings(input);
    input.polaritas.AKI = 'positif';
    input.skalaKustom[1].label = 'z';
    expect(result.ok && result.settings.polaritas.aki).toBe('negatif');
    expect(result.ok && result.settings.skalaKustom?.[1].label).toBe('y');
  });

  it('serializes a hand-built __proto__ override as an own key, never as a prototype', () => {
    const polaritas = Object.create(null) as Record<string, 'positif' | 'negatif'>;
    polaritas.__proto__ = 'negatif';
    const json = serializeSettings({ ...DEFAULT_SETTINGS, polaritas });
    expect(json).toContain('"__proto__": "negatif"');
    expect(parseSettings(JSON.parse(json)).ok).toBe(false);
  });
});
