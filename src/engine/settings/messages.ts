import type { ScaleProblem } from '../compute/validate-scale';

/**
 * Indonesian messages of settings validation. Kept together so they can move into the
 * engine's one dictionary (`i18n/messages.ts`) unchanged.
 */
const MAX_QUOTED = 60;

/** A user-typed key or value, shortened so one bad setting cannot flood a message. */
function quoted(text: string): string {
  return `'${text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text}'`;
}

export const settingsMessages = {
  notAnObject: 'Pengaturan harus berupa objek JSON ({ … }).',
  unknownKey: (path: string) => `Pengaturan tidak dikenal: ${quoted(path)}`,
  forbiddenKey: (path: string) => `Pengaturan tidak diizinkan: ${quoted(path)}`,
  mustBeOneOf: (path: string, allowed: readonly (string | number)[]) =>
    `Pengaturan ${quoted(path)} harus salah satu dari: ${allowed.join(', ')}`,
  mustBeBoolean: (path: string) => `Pengaturan ${quoted(path)} harus true atau false`,
  mustBeText: (path: string) => `Pengaturan ${quoted(path)} harus berupa teks`,
  mustBeNumber: (path: string) => `Pengaturan ${quoted(path)} harus berupa angka`,
  mustBeObject: (path: string) => `Pengaturan ${quoted(path)} harus berupa objek`,
  mustBeList: (path: string) => `Pengaturan ${quoted(path)} harus berupa daftar`,
  mustBeYear: (path: string, min: number, max: number) =>
    `Pengaturan ${quoted(path)} harus bilangan bulat antara ${min} dan ${max}`,
  mustBeTolerance: (path: string, max: number) =>
    `Pengaturan ${quoted(path)} harus angka antara 0 dan ${max} (poin persen)`,
  emptyIndicatorName: (path: string) => `Pengaturan ${quoted(path)}: nama indikator kosong`,
  conflictingIndicator: (first: string, second: string) =>
    `Pengaturan 'polaritas': ${quoted(first)} dan ${quoted(second)} adalah indikator yang sama dengan polaritas berbeda`,
  customScaleRequired: "Pengaturan 'skalaKustom' wajib diisi bila 'skalaPredikat' bernilai custom",
  boundWithoutComparator: (path: string) => `Pengaturan ${quoted(path)}: 'lowerBound' dan 'comparator' harus diisi bersama`,
  scaleProblem: (problem: ScaleProblem): string => {
    const band = (index: number) => `'skalaKustom[${index}]'`;
    switch (problem.code) {
      case 'too_few_bands':
        return "Pengaturan 'skalaKustom' harus berisi paling sedikit dua predikat";
      case 'empty_label':
        return `Pengaturan ${band(problem.index)}: label predikat kosong`;
      case 'duplicate_label':
        return `Pengaturan ${band(problem.index)}: label ${quoted(problem.label)} dipakai lebih dari sekali`;
      case 'bound_not_finite':
        return `Pengaturan ${band(problem.index)}: batas bawah harus angka`;
      case 'bound_not_descending':
        return `Pengaturan ${band(problem.index)}: batas bawah ${problem.bound} harus lebih kecil dari batas di atasnya (${problem.previous}); urutkan dari predikat tertinggi`;
      case 'duplicate_bound':
        return `Pengaturan ${band(problem.index)}: batas bawah ${problem.bound} sama dengan batas di atasnya`;
      case 'bottom_band_not_last':
        return `Pengaturan ${band(problem.index)}: hanya predikat terakhir yang boleh tanpa batas bawah`;
      case 'gap_below':
        return `Pengaturan 'skalaKustom': nilai di bawah ${problem.bound} tidak mendapat predikat; predikat terakhir harus tanpa batas bawah`;
    }
  },
};
