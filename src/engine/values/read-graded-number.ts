import { splitBracketed } from './bracketed';
import { readGrade } from './grades';
import { parseNumberText } from './parse-number-text';
import { counted } from './reading-result';
import type { ParsedValue } from './types';

/**
 * A score with its grade in brackets: `81 (A)`, `81,10 (A)`, `85 (Tinggi)`, `79,56 (BB)`.
 * The number is the value (read as a score, so `81,100 (A)` is 81.1), the grade is kept
 * in its written form for display. Any column, even a percent one. `undefined` otherwise.
 */
export function readGradedNumber(text: string): ParsedValue | undefined {
  const parts = splitBracketed(text);
  if (parts === undefined) return undefined;
  const grade = readGrade(parts.inner);
  if (grade === undefined) return undefined;
  const reading = parseNumberText(parts.head, 'score');
  return reading === undefined ? undefined : counted(reading, { grade: grade.grade });
}
