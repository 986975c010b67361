import { BoundedMemo } from './bounded-memo';
import { readGrade } from './grades';
import { isErrorText, isMissingMarker } from './missing-markers';
import { normalizeText } from './normalize-text';
import { parseNumberText } from './parse-number-text';
import { readGradedNumber } from './read-graded-number';
import { readMoneyText } from './read-money-text';
import { readPercentText } from './read-percent-text';
import { readUnitNumber } from './read-unit-number';
import { counted, measured } from './reading-result';
import type { ColumnExpectation, ParsedValue } from './types';

/** No value, unit included, is longer; longer text is prose, and is not fed to the readers. */
const MAX_VALUE_LENGTH = 120;

/**
 * Reads a value typed as text (SPEC §3), trying each shape in turn: missing marker,
 * error text, money (`Rp`), percentage (`%`), score with grade (`81 (A)`), pure grade,
 * number with unit, bare number. Anything else is `invalid` with the text as given.
 * A bare number takes the column's kind: percentage points in a percent column, money in
 * a money column, a plain number elsewhere.
 */
export function parseText(raw: string, expect: ColumnExpectation): ParsedValue {
  return readings[expect].get(raw);
}

/** A column repeats a few hundred texts over thousands of rows: each is read once per expectation. */
const readings: Readonly<Record<ColumnExpectation, BoundedMemo<ParsedValue>>> = {
  percent: new BoundedMemo((raw) => readText(raw, 'percent')),
  score: new BoundedMemo((raw) => readText(raw, 'score')),
  money: new BoundedMemo((raw) => readText(raw, 'money')),
  count: new BoundedMemo((raw) => readText(raw, 'count')),
  any: new BoundedMemo((raw) => readText(raw, 'any')),
};

function readText(raw: string, expect: ColumnExpectation): ParsedValue {
  const text = normalizeText(raw);
  if (isMissingMarker(text)) return { kind: 'missing', reason: 'marker' };
  if (isErrorText(text)) return { kind: 'missing', reason: 'error' };
  if (text.length > MAX_VALUE_LENGTH) return { kind: 'invalid', raw };
  const read =
    readMoneyText(text) ??
    readPercentText(text) ??
    readGradedNumber(text) ??
    readPureGrade(text) ??
    readUnitNumber(text, expect) ??
    readBareNumber(text, expect);
  return read ?? { kind: 'invalid', raw };
}

function readPureGrade(text: string): ParsedValue | undefined {
  const grade = readGrade(text);
  return grade === undefined ? undefined : { kind: 'grade', ...grade };
}

function readBareNumber(text: string, expect: ColumnExpectation): ParsedValue | undefined {
  const reading = parseNumberText(text, expect);
  if (reading === undefined) return undefined;
  if (expect === 'percent' || expect === 'money') return measured(expect, reading);
  return counted(reading);
}
