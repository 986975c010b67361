import { gradeIn } from './grades';
import { parseNumberText } from './parse-number-text';
import { counted, measured } from './reading-result';
import type { ColumnExpectation, ParsedValue } from './types';

/** The number before the unit: digits, separators, spaces. */
const DIGITS = /^[+-]?[\d.,][\d., ]*$/u;
/** A unit of letters: words, `/`, `-`, apostrophes, a final `²`/`³`; no digits, no dots. */
const UNIT = /^\p{L}(?:[\p{L}\p{M}'’/ -]*[\p{L}\p{M}²³])?$/u;

/**
 * A number with its unit: `1 inovasi`, `3162 Pelayanan`, `19 Orang/Bulan`, `12 doku-men`.
 * The unit is kept as typed. Special units:
 * - `persen` is percentage points in a percent column, elsewhere a number with unit `persen`
 *   (so target and realisasi units can still be compared, SPEC §3);
 * - `rupiah` is money;
 * - a predikat word (`85 Tinggi`) is a grade beside a score, like `85 (Tinggi)`.
 * `undefined` when the text is not a number with a unit.
 */
export function readUnitNumber(text: string, expect: ColumnExpectation): ParsedValue | undefined {
  const start = text.search(/\p{L}/u);
  if (start <= 0) return undefined;
  const digits = text.slice(0, start).trim();
  const unit = text.slice(start);
  if (!DIGITS.test(digits) || !UNIT.test(unit)) return undefined;
  const lower = unit.toLowerCase();
  if (lower === 'persen') return readPersen(digits, unit, expect);
  if (lower === 'rupiah') {
    const money = parseNumberText(digits, 'money');
    return money === undefined ? undefined : measured('money', money);
  }
  const grade = gradeIn(unit, 'kata');
  const reading = parseNumberText(digits, grade !== undefined ? 'score' : expect === 'percent' ? 'any' : expect);
  if (reading === undefined) return undefined;
  return grade !== undefined ? counted(reading, { grade: grade.grade }) : counted(reading, { unit });
}

function readPersen(digits: string, unit: string, expect: ColumnExpectation): ParsedValue | undefined {
  const reading = parseNumberText(digits, 'percent');
  if (reading === undefined) return undefined;
  return expect === 'percent' ? measured('percent', reading) : counted(reading, { unit });
}
