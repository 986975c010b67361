import type { RangeRef } from './types';

/** 0-based column index to letters: 0 → A, 26 → AA. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters to 0-based column index: A → 0; returns -1 for anything that is not letters. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) {
    const code = letters.charCodeAt(i) & ~32; // upper-case
    if (code < 65 || code > 90) return -1;
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

/** 0-based row and column to an A1 address. */
export function toA1(row: number, col: number): string {
  return columnLetters(col) + String(row + 1);
}

/** A cell as messages name it: `Tabel 3.1!E7`. */
export function place(sheet: string, row: number, col: number): string {
  return `${sheet}!${toA1(row, col)}`;
}

export function rangeToA1(r: RangeRef): string {
  const a = toA1(r.r1, r.c1);
  const b = toA1(r.r2, r.c2);
  return a === b ? a : `${a}:${b}`;
}

const CELL_RE = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** An A1 address (with or without `$`) to 0-based row and column, or undefined. */
export function parseA1(ref: string): { row: number; col: number } | undefined {
  const m = CELL_RE.exec(ref.trim());
  if (!m) return undefined;
  const col = columnIndex(m[1]!);
  const row = Number(m[2]) - 1;
  if (col < 0 || row < 0) return undefined;
  return { row, col };
}

/** `A1:C3` or `B2` to a range, or undefined. */
export function parseRangeA1(ref: string): RangeRef | undefined {
  const [a, b] = ref.split(':');
  const start = a === undefined ? undefined : parseA1(a);
  if (!start) return undefined;
  const end = b === undefined ? start : parseA1(b);
  if (!end) return undefined;
  return {
    r1: Math.min(start.row, end.row),
    c1: Math.min(start.col, end.col),
    r2: Math.max(start.row, end.row),
    c2: Math.max(start.col, end.col),
  };
}
