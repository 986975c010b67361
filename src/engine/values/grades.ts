import { splitBracketed } from './bracketed';
import type { GradeScale } from './types';

/** A grade read from text, with its ordinal rank in its scale (1 = lowest). */
export interface GradeReading {
  readonly grade: string;
  readonly scale: GradeScale;
  readonly rank: number;
}

/**
 * The ordinal scales (SPEC §3), best first. Each level lists the words that mean it; the
 * rank of a level is its distance from the bottom, so the lowest level has rank 1 and the
 * ratio of two ranks is meaningful (SPEC §4, capaian of grades).
 *
 * - `sakip`: the SAKIP evaluation letters, AA = 7 … D = 1.
 * - `mutu`: SKM mutu pelayanan (PermenPANRB 14/2017), A = 4 … D = 1. A lone letter is
 *   read as `sakip` (AA/BB/CC exist only there); `mutu` is read only where the text says
 *   so, as SKM results are written: `Baik (B)`, `Sangat Baik ( A )`.
 * - `kata`: predikat words. The five levels of `sakip-5` and `permendagri86` share ranks:
 *   Sangat Baik = Sangat Tinggi = 5, Baik = Tinggi = 4, Cukup = Sedang = 3,
 *   Kurang = Rendah = 2, Sangat Kurang = Sangat Rendah = 1. `Istimewa` (`lkjip-5`, above
 *   110 %) is 6. SKM words sit on the same levels: Kurang Baik = 2, Tidak Baik = 1.
 */
const LEVELS: Readonly<Record<GradeScale, readonly (readonly string[])[]>> = {
  sakip: [['AA'], ['A'], ['BB'], ['B'], ['CC'], ['C'], ['D']],
  mutu: [['A'], ['B'], ['C'], ['D']],
  kata: [
    ['Istimewa'],
    ['Sangat Baik', 'Sangat Tinggi'],
    ['Baik', 'Tinggi'],
    ['Cukup', 'Sedang', 'Cukup Baik'],
    ['Kurang', 'Rendah', 'Kurang Baik'],
    ['Sangat Kurang', 'Sangat Rendah', 'Tidak Baik'],
  ],
};

/** Letters are matched as typed (upper case: a lone `a` or `b` is a list marker); words in any case. */
const lookupKey = (text: string, scale: GradeScale): string => (scale === 'kata' ? text.toLowerCase() : text);

const BY_WORD: Readonly<Record<GradeScale, ReadonlyMap<string, GradeReading>>> = {
  sakip: wordsOf('sakip'),
  mutu: wordsOf('mutu'),
  kata: wordsOf('kata'),
};

function wordsOf(scale: GradeScale): Map<string, GradeReading> {
  const levels = LEVELS[scale];
  const map = new Map<string, GradeReading>();
  levels.forEach((words, index) => {
    for (const grade of words) map.set(lookupKey(grade, scale), { grade, scale, rank: levels.length - index });
  });
  return map;
}

/** Longer text (once trimmed) names no grade: prose is not cleaned letter by letter. */
const MAX_GRADE_TEXT = 64;

/** The grade `text` names in `scale`, with its rank, or `undefined`. */
export function gradeIn(text: string, scale: GradeScale): GradeReading | undefined {
  const trimmed = text.trim();
  if (trimmed.length > MAX_GRADE_TEXT) return undefined;
  return BY_WORD[scale].get(lookupKey(trimmed.replace(/\s+/gu, ' '), scale));
}

/** Rank of `grade` in `scale` (1 = lowest), or `undefined` when the scale has no such grade. */
export function gradeRank(grade: string, scale: GradeScale): number | undefined {
  return gradeIn(grade, scale)?.rank;
}

/** Number of levels of a scale: the rank of its best grade. */
export function scaleSize(scale: GradeScale): number {
  return LEVELS[scale].length;
}

/**
 * Reads a pure grade: `A`, `BB`, `Baik`, `sangat tinggi`, and the SKM form
 * `Baik (B)` / `B (Baik)` (mutu when the letter is A–D, else sakip: `Sangat Baik (BB)`).
 */
export function readGrade(text: string): GradeReading | undefined {
  // No grade, in any scale or form, has a digit: `12 laporan` and `81,10 (A)` are not read here.
  if (hasDigit(text)) return undefined;
  const plain = gradeIn(text, 'sakip') ?? gradeIn(text, 'kata');
  if (plain !== undefined) return plain;
  const paired = splitBracketed(text);
  if (paired === undefined) return undefined;
  return readPair(paired.head, paired.inner) ?? readPair(paired.inner, paired.head);
}

function readPair(word: string, letter: string): GradeReading | undefined {
  if (gradeIn(word, 'kata') === undefined) return undefined;
  return gradeIn(letter, 'mutu') ?? gradeIn(letter, 'sakip');
}

/** Ranks of two grades in one scale both belong to. */
export interface CommonRanks {
  readonly scale: GradeScale;
  readonly a: number;
  readonly b: number;
}

/**
 * Places two grades on one scale. Same scale: that one. Different scales: a `sakip`
 * grade is only a default reading of a lone letter, so it may be re-read in the other
 * grade's scale (`A` against `Baik (B)` is compared as mutu, A = 4 vs B = 3). Any other
 * pair (`A` vs `Baik`, `AA` vs mutu `B`, mutu vs kata) has no common scale: `undefined`.
 */
export function commonRanks(a: GradeReading, b: GradeReading): CommonRanks | undefined {
  const scale = a.scale === b.scale ? a.scale : a.scale === 'sakip' ? b.scale : b.scale === 'sakip' ? a.scale : undefined;
  if (scale === undefined) return undefined;
  const rankA = gradeRank(a.grade, scale);
  const rankB = gradeRank(b.grade, scale);
  return rankA === undefined || rankB === undefined ? undefined : { scale, a: rankA, b: rankB };
}

/** Sign of `a` − `b` on their common scale: 1 when `a` is better, 0 equal, −1 worse; `undefined` when incomparable. */
export function compareGrades(a: GradeReading, b: GradeReading): -1 | 0 | 1 | undefined {
  const ranks = commonRanks(a, b);
  if (ranks === undefined) return undefined;
  return ranks.a === ranks.b ? 0 : ranks.a > ranks.b ? 1 : -1;
}

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
