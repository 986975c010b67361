/**
 * Whitespace and sign characters as they come out of Word, PDF and web pages, reduced to
 * plain ASCII spaces and `-`, so the readers below only ever see one kind of each.
 */
const SPACES = /[\s\u00a0\u2007\u2009\u202f\u200b\ufeff]+/gu;
const MINUS = /\u2212/gu;

/** Trims, turns every run of whitespace (incl. non-breaking) into one space, `−` into `-`. */
export function normalizeText(text: string): string {
  return text.replace(SPACES, ' ').replace(MINUS, '-').trim();
}
