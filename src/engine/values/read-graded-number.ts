import { readGrade } from './grades';
import { parseNumberText } from './parse-number-text';
import { counted } from './reading-result';
import type { ParsedValue } from './types';

const GRADED = /^(.+?)\s*\(\s*([^()]+?)\s*\)$/u;

/**
 * A score with its grade in brackets: `81 (A)`, `81,10 (A)`, `85 (Tinggi)`, `79,56 (BB)`.
 * The number is the value (read as a score, so `81,100 (A)` is 81.1), the grade is kept
 * in its written form for display. Any column, even a percent one. `undefined` otherwise.
 */
export function readGradedNumber(text: string): ParsedValue | undefined {
  const match = GRADED.exec(text);
  if (match === null) return undefined;
  const grade = readGrade(match[2]);
  if (grade === undefined) return undefined;
  const reading = parseNumberText(match[1], 'score');
  return reading === undefined ? undefined : counted(reading, { grade: grade.grade });
}
