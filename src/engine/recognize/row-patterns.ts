/** Text patterns that decide what a row of a sheet is. */
import type { CellValue } from '../workbook/types';
import { valueText } from './cell-text';

const NUMERIC = /^[-+(]?\s*(rp\.?\s*)?[\d.,\s]*\d[\d.,\s]*\)?\s*(%|persen)?$/i;
const YEAR = /^(19[5-9]\d|20\d\d|2100)$/;

export function isYear(text: string): boolean {
  return YEAR.test(text);
}

/** A value as data rows hold it (number, percent, money); years are not values here. */
export function looksNumeric(text: string): boolean {
  return text !== '' && !isYear(text) && NUMERIC.test(text);
}

/** A value as typed in a data row: a number, or a number with a unit or grade (`12 laporan`, `81 (A)`). */
export function looksLikeValue(text: string): boolean {
  return looksNumeric(text) || /^[-+]?\d[\d.,]*\s*(%|[a-z][a-z/.\s]{0,24}|\([a-z ]{1,15}\))$/i.test(text.trim());
}

/**
 * `looksNumeric` and `looksLikeValue` of a number's text, without making the text: `String(v)` of
 * a finite number is digits with a sign and a point, or has an exponent (|v| ≥ 1e21 or < 1e-6)
 * that both patterns refuse; and four-digit years are not values here.
 */
function numberLooksNumeric(v: number): boolean {
  if (!Number.isFinite(v)) return false;
  const a = Math.abs(v);
  if (a >= 1e21 || (a !== 0 && a < 1e-6)) return false;
  return !(Number.isInteger(v) && v >= 1950 && v <= 2100);
}

/** `looksNumeric` of the text of a cell holding `v`, read every row of every table. */
export function valueLooksNumeric(v: CellValue): boolean {
  return typeof v === 'number' ? numberLooksNumeric(v) : looksNumeric(valueText(v));
}

/** `looksLikeValue` of the text of a cell holding `v`. */
export function valueLooksLikeValue(v: CellValue): boolean {
  return typeof v === 'number' ? numberLooksNumeric(v) : looksLikeValue(valueText(v));
}

/** `(1)`, `1`, `13 = 9 + 10 + 11 + 12`, `14 = 7 + 13`: a cell of a column-number row. */
export function isColumnNumber(text: string): boolean {
  return /^\(?\d{1,2}\)?$/.test(text) || /^\(?\d{1,2}\)?\s*=/.test(text);
}

/** `K`, `Rp`, `Rp.`, `%`: the sub-column markers of E.81 and triwulan groups. */
export function isMeasureToken(text: string): boolean {
  return /^(k|r|rp\.?|%|\(k\)|\(rp\)|\(%\))$/i.test(text.trim());
}

/** A row that closes a table when it starts it: a source line, a note, the next title. */
export function isTableBreak(label: string): boolean {
  return /^(sumber|source)\s*(data)?\s*:?|^(catatan|keterangan|ket)\s*:|^tabel\s*[:.]?\s*[\d.]+|^\*\)/i.test(label);
}

export type FooterMatch = 'total' | 'average' | 'efisiensi' | 'predikat' | 'other';

/**
 * Every footer label below starts with one of these words or holds `rata`: most labels (`Sub
 * Kegiatan …`, `Program …`) are ruled out by one test. `u`: a superset of what lower-casing matches.
 */
const FOOTER_WORDS = /^\s*(jumlah|total|grand total|sub ?total|rerata|nilai rata|capaian rata|tingkat efisiensi|efisiensi|predikat|faktor|tindak lanjut)|rata/iu;

export function footerKind(label: string): FooterMatch | undefined {
  return FOOTER_WORDS.test(label) ? classifyFooter(label) : undefined;
}

/** The footer a label names, by the patterns themselves (what `footerKind` answers without its prefilter). */
export function classifyFooter(label: string): FooterMatch | undefined {
  const t = label.toLowerCase().trim();
  if (/^(jumlah|total|grand total|sub ?total)\b/.test(t)) return 'total';
  if (/^(rata|rerata|nilai rata|capaian rata)/.test(t)) return 'average';
  if (/\brata\s*-?\s*rata\b/.test(t) && t.split(/\s+/).length <= 6) return 'average';
  if (/^(tingkat )?efisiensi\b/.test(t)) return 'efisiensi';
  if (/^predikat\b/.test(t)) return 'predikat';
  if (/^(faktor|tindak lanjut)\b/.test(t)) return 'other';
  return undefined;
}

/** `1`, `1.`, `1.1`, `I`, `IV.`, `a.`: a row number, not a label. */
export function isNumbering(text: string): boolean {
  return /^(\d{1,3}(\.\d{1,3})*\.?|[ivxl]{1,5}\.?|[a-z][.)])$/i.test(text.trim());
}
