import type { Assumption, ColumnExpectation } from './types';

/** A number read from text, with the assumption taken when the text allowed two readings. */
export interface NumberReading {
  readonly value: number;
  readonly assumption?: Assumption;
}

/**
 * Reads the digits of a value typed the Indonesian way (`2.684.530.000,00`), the English
 * way (`2,860,173,435.00`) or with spaces (`2 684 530`), with an optional leading `+`/`-`.
 * The text must be nothing but the number: prefixes (`Rp`), suffixes (`%`) and units are
 * taken off by the caller. Returns `undefined` when the text is not a well-formed number.
 *
 * - Spaces next to a separator are dropped: `99, 01` → `99,01` (seen in the seeds).
 * - When both `.` and `,` appear, the last one is the decimal mark and occurs once; the
 *   other one separates thousands.
 * - One kind of separator appearing several times separates thousands.
 * - Thousands groups are exactly three digits, the first group one to three digits and not
 *   starting with 0; otherwise the text is not a number (`3.012.572.30,00`, `9,000,00`).
 * - A single separator followed by exactly three digits (`1.000`) is read by column:
 *   thousands in money and count columns, thousands with `thousands_reading` in other
 *   columns, decimal with `decimal_reading` in percent and score columns (where a value of
 *   1000 or more is absurd).
 */
export function parseNumberText(text: string, expect: ColumnExpectation): NumberReading | undefined {
  const sign = text.startsWith('-') ? -1 : 1;
  const unsigned = /^[+-]/u.test(text) ? text.slice(1) : text;
  const body = unsigned.replace(/ +/gu, ' ').replace(/ ?([.,]) ?/gu, '$1');
  const reading = body.includes(' ') ? readSpaced(body) : readCompact(body, expect);
  if (reading === undefined) return undefined;
  const value = sign * reading.value;
  if (!Number.isFinite(value)) return undefined;
  const clean = value === 0 ? 0 : value; // no -0
  return reading.assumption === undefined ? { value: clean } : { value: clean, assumption: reading.assumption };
}

/** `2 684 530` or `2 684 530,50`: spaces separate thousands, a remaining separator is decimal. */
function readSpaced(body: string): NumberReading | undefined {
  const match = /^([1-9]\d{0,2}(?: \d{3})+)(?:[.,](\d+))?$/u.exec(body);
  if (match === null) return undefined;
  return { value: toNumber(match[1].replace(/ /gu, ''), match[2] ?? '') };
}

function readCompact(body: string, expect: ColumnExpectation): NumberReading | undefined {
  if (!/^\d*(?:[.,]\d+)*$/u.test(body) || !/\d/u.test(body)) return undefined;
  const hasDot = body.includes('.');
  const hasComma = body.includes(',');
  if (!hasDot && !hasComma) return { value: toNumber(body, '') };
  if (hasDot && hasComma) return readMixed(body);
  const mark = hasDot ? '.' : ',';
  const groups = body.split(mark);
  if (groups.length > 2) return readThousands(groups, '');
  return readSingle(groups[0], groups[1], expect);
}

/** Both separators: the last is the decimal mark, the other separates thousands. */
function readMixed(body: string): NumberReading | undefined {
  const decimalAt = Math.max(body.lastIndexOf('.'), body.lastIndexOf(','));
  const mark = body[decimalAt];
  const whole = body.slice(0, decimalAt);
  if (whole.includes(mark)) return undefined;
  const thousandsMark = mark === '.' ? ',' : '.';
  return readThousands(whole.split(thousandsMark), body.slice(decimalAt + 1));
}

function readThousands(groups: readonly string[], fraction: string): NumberReading | undefined {
  const [first, ...rest] = groups;
  if (!/^[1-9]\d{0,2}$/u.test(first) || rest.some((group) => !/^\d{3}$/u.test(group))) return undefined;
  return { value: toNumber(groups.join(''), fraction) };
}

/** `a.b` or `a,b`: decimal unless `b` has exactly three digits and `a` could lead a thousands group. */
function readSingle(whole: string, fraction: string, expect: ColumnExpectation): NumberReading {
  const ambiguous = fraction.length === 3 && /^[1-9]\d{0,2}$/u.test(whole);
  if (!ambiguous) return { value: toNumber(whole, fraction) };
  const thousands = toNumber(whole + fraction, '');
  switch (expect) {
    case 'money':
    case 'count':
      return { value: thousands };
    case 'any':
      return { value: thousands, assumption: 'thousands_reading' };
    case 'percent':
    case 'score':
      return { value: toNumber(whole, fraction), assumption: 'decimal_reading' };
  }
}

function toNumber(whole: string, fraction: string): number {
  return Number(`${whole === '' ? '0' : whole}.${fraction === '' ? '0' : fraction}`);
}
