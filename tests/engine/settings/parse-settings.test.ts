import { parseSettings } from '../../../src/engine/settings/parse-settings';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/engine/settings/types';

function parsed(json: unknown): Settings {
  const result = parseSettings(json);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.settings;
}

function errorsOf(json: unknown): string[] {
  const result = parseSettings(json);
  return result.ok ? [] : result.errors;
}

describe('parseSettings: valid input', () => {
  it('an empty object gives the defaults', () => {
    expect(parsed({})).toEqual(DEFAULT_SETTINGS);
  });

  it('defaults: permendagri86, no capping, no floor, selisih, no overrides, tolerance 0, values, Indonesian', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      skalaPredikat: 'permendagri86',
      batasCapaian: 'none',
      batasBawahNol: false,
      rumusNegatif: 'selisih',
      polaritas: {},
      toleransi: 0,
      modeTulis: 'nilai',
      bahasa: 'id',
    });
  });

  it('partial input merges over the defaults', () => {
    const settings = parsed({ tahun: 2024, batasCapaian: 100 });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, tahun: 2024, batasCapaian: 100 });
  });

  it('reads every key', () => {
    const settings = parsed({
      tahun: 2024,
      instansi: '  Kecamatan   Bangsal ',
      skalaPredikat: 'custom',
      skalaKustom: [{ lowerBound: 100, comparator: '>', label: 'Sangat Baik' }, { lowerBound: 75, comparator: '>=', label: 'Baik' }, { label: 'Kurang' }],
      batasCapaian: 120,
      batasBawahNol: true,
      rumusNegatif: 'rasio',
      polaritas: { 'Angka Kematian Ibu (AKI)': 'negatif', 'Indeks Kepuasan': 'positif' },
      toleransi: 0.5,
      modeTulis: 'rumus',
      bahasa: 'en',
    });
    expect(settings).toEqual({
      tahun: 2024,
      instansi: 'Kecamatan Bangsal',
      skalaPredikat: 'custom',
      skalaKustom: [{ lowerBound: 100, comparator: '>', label: 'Sangat Baik' }, { lowerBound: 75, comparator: '>=', label: 'Baik' }, { label: 'Kurang' }],
      batasCapaian: 120,
      batasBawahNol: true,
      rumusNegatif: 'rasio',
      polaritas: { 'angka kematian ibu aki': 'negatif', 'indeks kepuasan': 'positif' },
      toleransi: 0.5,
      modeTulis: 'rumus',
      bahasa: 'en',
    });
  });

  it('null clears an optional key; an empty instansi is none', () => {
    expect(parsed({ tahun: null, instansi: '  ', skalaKustom: null })).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps a custom scale while another preset is chosen', () => {
    const settings = parsed({ skalaPredikat: 'lkjip-4', skalaKustom: [{ lowerBound: 50, comparator: '>', label: 'Baik' }, { label: 'Kurang' }] });
    expect(settings.skalaKustom).toHaveLength(2);
  });

  it('returns frozen settings', () => {
    const settings = parsed({ polaritas: { a: 'negatif' }, skalaKustom: [{ lowerBound: 1, comparator: '>', label: 'x' }, { label: 'y' }] });
    expect(Object.isFrozen(settings)).toBe(true);
    expect(Object.isFrozen(settings.polaritas)).toBe(true);
    expect(Object.isFrozen(settings.skalaKustom)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
  });

  it('two names of the same indicator that agree are one override', () => {
    expect(parsed({ polaritas: { 'Angka Kematian': 'negatif', 'angka  kematian.': 'negatif' } }).polaritas).toEqual({ 'angka kematian': 'negatif' });
  });
});

describe('parseSettings: errors name the key in Indonesian', () => {
  it.each([
    [{ foo: 1 }, "Pengaturan tidak dikenal: 'foo'"],
    [{ batasCapaian: 105 }, "Pengaturan 'batasCapaian' harus salah satu dari: none, 100, 110, 120"],
    [{ batasCapaian: '100' }, "Pengaturan 'batasCapaian' harus salah satu dari: none, 100, 110, 120"],
    [{ skalaPredikat: 'sakip5' }, "Pengaturan 'skalaPredikat' harus salah satu dari: permendagri86, sakip-5, lkjip-5, lkjip-4, custom"],
    [{ rumusNegatif: 'RASIO' }, "Pengaturan 'rumusNegatif' harus salah satu dari: selisih, rasio"],
    [{ modeTulis: 1 }, "Pengaturan 'modeTulis' harus salah satu dari: nilai, rumus"],
    [{ bahasa: 'jv' }, "Pengaturan 'bahasa' harus salah satu dari: id, en"],
    [{ batasBawahNol: 'ya' }, "Pengaturan 'batasBawahNol' harus true atau false"],
    [{ tahun: '2024' }, "Pengaturan 'tahun' harus bilangan bulat antara 1900 dan 2100"],
    [{ tahun: 2024.5 }, "Pengaturan 'tahun' harus bilangan bulat antara 1900 dan 2100"],
    [{ tahun: 24 }, "Pengaturan 'tahun' harus bilangan bulat antara 1900 dan 2100"],
    [{ instansi: 5 }, "Pengaturan 'instansi' harus berupa teks"],
    [{ toleransi: -1 }, "Pengaturan 'toleransi' harus angka antara 0 dan 100 (poin persen)"],
    [{ toleransi: '0,5' }, "Pengaturan 'toleransi' harus angka antara 0 dan 100 (poin persen)"],
    [{ polaritas: [] }, "Pengaturan 'polaritas' harus berupa objek"],
    [{ polaritas: { AKI: 'turun' } }, "Pengaturan 'polaritas.AKI' harus salah satu dari: positif, negatif"],
    [{ polaritas: { '...': 'negatif' } }, "Pengaturan 'polaritas....': nama indikator kosong"],
    [{ skalaPredikat: 'custom' }, "Pengaturan 'skalaKustom' wajib diisi bila 'skalaPredikat' bernilai custom"],
    [{ skalaKustom: {} }, "Pengaturan 'skalaKustom' harus berupa daftar"],
  ])('%j', (json, message) => {
    expect(errorsOf(json)).toEqual([message]);
  });

  it('refuses what is not a JSON object', () => {
    for (const json of [null, undefined, 5, 'x', [], [{}], new Date(0), new Map()]) {
      expect(errorsOf(json)).toEqual(['Pengaturan harus berupa objek JSON ({ … }).']);
    }
  });

  it('reports every error at once', () => {
    expect(errorsOf({ foo: 1, bar: 2, batasCapaian: 99, bahasa: 'fr' })).toEqual([
      "Pengaturan tidak dikenal: 'foo'",
      "Pengaturan tidak dikenal: 'bar'",
      "Pengaturan 'batasCapaian' harus salah satu dari: none, 100, 110, 120",
      "Pengaturan 'bahasa' harus salah satu dari: id, en",
    ]);
  });

  it('names conflicting overrides of one indicator', () => {
    expect(errorsOf({ polaritas: { 'Angka Kematian': 'negatif', 'ANGKA KEMATIAN': 'positif' } })).toEqual([
      "Pengaturan 'polaritas': 'Angka Kematian' dan 'ANGKA KEMATIAN' adalah indikator yang sama dengan polaritas berbeda",
    ]);
  });

  it('shortens a long key in the message', () => {
    const [message] = errorsOf({ ['x'.repeat(500)]: 1 });
    expect(message.length).toBeLessThan(100);
  });
});

describe('parseSettings: skalaKustom', () => {
  const valid = [{ lowerBound: 90, comparator: '>', label: 'Baik' }, { label: 'Kurang' }];

  it('names a band field of the wrong type', () => {
    expect(errorsOf({ skalaKustom: [{ lowerBound: '90', comparator: '≥', label: 'Baik' }, { label: 'Kurang' }] })).toEqual([
      "Pengaturan 'skalaKustom[0].lowerBound' harus berupa angka",
      "Pengaturan 'skalaKustom[0].comparator' harus salah satu dari: >, >=",
    ]);
    expect(errorsOf({ skalaKustom: [{ lowerBound: 90, comparator: '>', label: 1 }, { label: 'Kurang' }] })).toEqual([
      "Pengaturan 'skalaKustom[0].label' harus berupa teks",
    ]);
    expect(errorsOf({ skalaKustom: ['Baik', { label: 'Kurang' }] })).toEqual(["Pengaturan 'skalaKustom[0]' harus berupa objek"]);
  });

  it('names an unknown band key', () => {
    expect(errorsOf({ skalaKustom: [{ ...valid[0], upperBound: 100 }, valid[1]] })).toEqual(["Pengaturan tidak dikenal: 'skalaKustom[0].upperBound'"]);
  });

  it('requires bound and comparator together', () => {
    expect(errorsOf({ skalaKustom: [{ lowerBound: 90, label: 'Baik' }, { label: 'Kurang' }] })).toEqual([
      "Pengaturan 'skalaKustom[0]': 'lowerBound' dan 'comparator' harus diisi bersama",
    ]);
  });

  it('refuses gaps, unsorted and duplicate bounds', () => {
    expect(errorsOf({ skalaKustom: [{ lowerBound: 90, comparator: '>', label: 'Baik' }, { lowerBound: 50, comparator: '>', label: 'Kurang' }] })).toEqual([
      "Pengaturan 'skalaKustom': nilai di bawah 50 tidak mendapat predikat; predikat terakhir harus tanpa batas bawah",
    ]);
    expect(errorsOf({ skalaKustom: [{ lowerBound: 50, comparator: '>', label: 'Kurang' }, { lowerBound: 90, comparator: '>', label: 'Baik' }, { label: 'Buruk' }] })).toEqual([
      "Pengaturan 'skalaKustom[1]': batas bawah 90 harus lebih kecil dari batas di atasnya (50); urutkan dari predikat tertinggi",
    ]);
    expect(errorsOf({ skalaKustom: [{ lowerBound: 90, comparator: '>=', label: 'A' }, { lowerBound: 90, comparator: '>', label: 'B' }, { label: 'C' }] })).toEqual([
      "Pengaturan 'skalaKustom[1]': batas bawah 90 sama dengan batas di atasnya",
    ]);
  });

  it('with custom and an invalid scale reports the scale only once', () => {
    expect(errorsOf({ skalaPredikat: 'custom', skalaKustom: [] })).toEqual(["Pengaturan 'skalaKustom' harus berisi paling sedikit dua predikat"]);
  });
});
