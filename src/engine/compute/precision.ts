import { BoundedMemo } from '../values/bounded-memo';
import { liveCodes } from '../values/num-format';
import type { ColumnExpectation } from '../values/types';

/**
 * Comparison at display precision (SPEC §4 "Rounding"): a stated value is compared with the
 * computed one at the number of decimals the stated value shows, so `99,97 %` matches
 * 99.9728 and `100 %` does not match 101.1.
 */

/** Beyond this many decimals a stored number shows float noise, not intent. */
const MAX_DECIMALS = 10;
/** Excel keeps 15 significant digits; more is binary noise (1.005 × 100 = 100.49999999999999). */
const EXCEL_DIGITS = 15;

/** Rounds half away from zero at `decimals`, as Excel displays a number (1.005 → 1.01, −0.005 → −0.01). */
export function roundAtDecimals(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** clampDecimals(decimals);
  const product = Math.abs(value) * factor;
  // Only a product next to a half needs the noise taken off first (the slow, exact path).
  const nearHalf = Math.abs(product - Math.floor(product) - 0.5) < Math.max(1e-6, product * 1e-12);
  const scaled = nearHalf ? Number(product.toPrecision(EXCEL_DIGITS)) : product;
  const rounded = (Math.sign(value) * Math.round(scaled)) / factor;
  return rounded === 0 ? 0 : rounded;
}

/**
 * Decimals shown by a value typed as text: `99,97%` → 2, `100%` → 0, `Rp. 2.684.530.000,00`
 * → 2, `2.860.173.435` → 0, `81,10 (A)` → 2. The first number in the text counts; separators
 * are read as `parseNumberText` reads them, so a single separator before exactly three digits
 * (`1.000`) is a thousands separator in money, count and unknown columns (0 decimals) and a
 * decimal mark in percent and score columns (3 decimals). Text without digits: 0.
 */
export function decimalsOfText(text: string, expect: ColumnExpectation = 'percent'): number {
  const compact = text.replace(/ *([.,]) */gu, '$1');
  const number = /\d(?:[\d., ]*\d)?/u.exec(compact)?.[0];
  if (number === undefined) return 0;
  const digits = number.replace(/ /gu, '');
  const lastDot = digits.lastIndexOf('.');
  const lastComma = digits.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return digits.length - Math.max(lastDot, lastComma) - 1;
  const mark = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : undefined;
  if (mark === undefined) return 0;
  const groups = digits.split(mark);
  if (groups.length > 2) return 0;
  const [whole, fraction] = groups;
  if (number.includes(' ')) return fraction.length; // `2 684 530,50`: spaces group thousands
  const couldBeThousands = fraction.length === 3 && /^[1-9]\d{0,2}$/u.test(whole);
  const readsAsDecimal = expect === 'percent' || expect === 'score';
  return couldBeThousands && !readsAsDecimal ? 0 : fraction.length;
}

/**
 * Decimals shown by a number cell. A format with a decimal point shows as many decimals as it
 * has placeholders after it (`0.00%` → 2, `#,##0` → 0, `0.0` → 1; the negative section when
 * the value is negative and the format has one); percentage formats show percentage points with
 * those decimals. General (no format, `General`, `@`, scientific) shows the number as stored,
 * so its own decimals count, up to 10 (beyond that is float noise, not what someone typed).
 */
export function decimalsOfFormat(numFmt: string | undefined, value: number): number {
  if (numFmt === undefined) return ownDecimals(value);
  const shown = shownDecimals(numFmt);
  const decimals = value < 0 ? shown.negative : shown.positive;
  return decimals === 'own' ? ownDecimals(value) : decimals;
}

interface ShownDecimals {
  readonly positive: number | 'own';
  readonly negative: number | 'own';
}

const shownDecimalsOf = new BoundedMemo(readShownDecimals);

/** Per format, read once: the decimals its positive and negative sections show. */
function shownDecimals(numFmt: string): ShownDecimals {
  return shownDecimalsOf.get(numFmt);
}

function readShownDecimals(numFmt: string): ShownDecimals {
  const sections = liveCodes(numFmt).split(';');
  const ofSection = (section: string): number | 'own' =>
    /^\s*(general)?\s*$/iu.test(section) || section.includes('@') || /e[+-]/iu.test(section) ? 'own' : /\.([0#?]+)/u.exec(section)?.[1].length ?? 0;
  return { positive: ofSection(sections[0]!), negative: ofSection(sections.length > 1 ? sections[1]! : sections[0]!) };
}

/**
 * Whether a stated value shows what the computed value would show at `decimals` (both rounded
 * as Excel displays them), give or take `tolerance` (percentage points, settings `toleransi`)
 * and float noise. A stated value with more precision than it shows (a `0.00%` cell holding
 * 0.999728) is compared as shown; a stated value equal to the computed one always matches.
 */
export function matchesAtPrecision(stated: number, decimals: number, computed: number, tolerance = 0): boolean {
  if (!Number.isFinite(stated) || !Number.isFinite(computed)) return false;
  const slack = Math.max(0, Number.isFinite(tolerance) ? tolerance : 0) + floatNoise(stated, computed);
  const shownStated = roundAtDecimals(stated, decimals);
  const shownComputed = roundAtDecimals(computed, decimals);
  return Math.abs(shownStated - shownComputed) <= slack || Math.abs(stated - computed) <= slack;
}

function floatNoise(a: number, b: number): number {
  return Math.max(1e-9, 1e-12 * Math.max(Math.abs(a), Math.abs(b)));
}

function clampDecimals(decimals: number): number {
  return Number.isFinite(decimals) ? Math.min(Math.max(Math.trunc(decimals), 0), MAX_DECIMALS) : 0;
}

/** Decimals of a number as stored, float noise removed: 99.97 → 2, 0.1 + 0.2 → 1, 1e21 → 0. */
function ownDecimals(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const text = Number(value.toPrecision(EXCEL_DIGITS)).toString();
  const exponent = /e([+-]\d+)$/u.exec(text);
  const mantissa = exponent === null ? text : text.slice(0, exponent.index);
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  const decimals = fraction - (exponent === null ? 0 : Number(exponent[1]));
  return clampDecimals(decimals);
}
