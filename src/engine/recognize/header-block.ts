import { CORE_HEADER_ROLES, classifyColumn } from './column-role';
import { normalizeHeader } from './normalize';
import { valueLooksLikeValue, valueLooksNumeric, isColumnNumber, isMeasureToken, isYear, looksLikeValue, looksNumeric } from './row-patterns';
import type { SheetGrid } from './sheet-grid';

export interface HeaderStart {
  readonly row: number;
  /** Strong: named like an LKjIP table header. Weak: a block of short labels over values. */
  readonly strong: boolean;
}

const MAX_HEADER_TEXT = 250;
/** Inside a table body, a row of long texts is data (definitions, names), not the next header. */
const MAX_BODY_HEADER_TEXT = 150;

interface RowProfile {
  readonly filled: number[];
  readonly roles: number;
  readonly core: number;
  readonly numeric: boolean;
  readonly longest: number;
}

function profile(grid: SheetGrid, row: number): RowProfile {
  const filled = grid.filledColumns(row);
  // A row holding a value is never a header: decided before any header-word matching.
  if (filled.some((c) => valueLooksLikeValue(grid.value(row, c)))) return { filled, roles: 0, core: 0, numeric: true, longest: 0 };
  let roles = 0;
  let core = 0;
  let numeric = false;
  let longest = 0;
  const seen = new Set<string>();
  for (const c of filled) {
    const raw = grid.ownText(row, c);
    longest = Math.max(longest, raw.length);
    if (looksLikeValue(raw)) numeric = true;
    const norm = normalizeHeader(raw);
    if (norm === '' || seen.has(norm)) continue;
    seen.add(norm);
    const role = classifyColumn([norm], [raw]).role;
    if (role !== 'other') roles++;
    if (CORE_HEADER_ROLES.has(role)) core++;
  }
  return { filled, roles, core, numeric, longest };
}

/** Is this row the first row of a table header? */
export function headerStartAt(grid: SheetGrid, row: number): HeaderStart | undefined {
  const p = profile(grid, row);
  if (p.filled.length < 2 || p.numeric || p.longest > MAX_HEADER_TEXT) return undefined;
  if (p.roles >= 2 && p.core >= 1) return { row, strong: true };
  if (p.longest > 40) return undefined;
  // A weak header must stand over rows of values.
  for (let r = row + 1; r < Math.min(grid.height, row + 4); r++) {
    const next = grid.filledColumns(r);
    if (next.length === 0) continue;
    const values = next.filter((c) => valueLooksNumeric(grid.value(r, c))).length;
    if (next.length >= 2 && values >= 1 && !next.every((c) => isColumnNumber(grid.ownText(r, c)))) {
      return { row, strong: false };
    }
  }
  return undefined;
}

/** A header row strong enough to start a new table even inside another table's body. */
export function isStrongHeaderRow(grid: SheetGrid, row: number): boolean {
  const p = profile(grid, row);
  return p.filled.length >= 3 && !p.numeric && p.roles >= 3 && p.core >= 2 && p.longest <= MAX_BODY_HEADER_TEXT;
}

function isSubHeaderText(raw: string): boolean {
  if (isYear(raw) || isMeasureToken(raw)) return true;
  const norm = normalizeHeader(raw);
  if (/^(tw |triwulan )?(i|ii|iii|iv)$/.test(norm)) return true;
  if (raw.length > 60) return false;
  return classifyColumn([norm], [raw]).role !== 'other' || /^(laki laki|perempuan|l|p)$/.test(norm);
}

/** Rows under the first header row that still belong to the header. */
export function headerRowsFrom(grid: SheetGrid, start: number, c1: number, c2: number): number[] {
  const rows = [start];
  for (let r = start + 1; r < grid.height && rows.length < 4; r++) {
    const filled = grid.filledColumns(r, c1, c2);
    const mergedFromAbove = rangeCols(c1, c2).some((c) => {
      const m = grid.merges.at(r, c);
      return m !== undefined && m.r1 < r && rows.includes(m.r1);
    });
    if (filled.length === 0) {
      if (mergedFromAbove) {
        rows.push(r);
        continue;
      }
      break;
    }
    const texts = filled.map((c) => grid.ownText(r, c));
    if (texts.some((t) => looksNumeric(t))) break;
    if (texts.every(isColumnNumber)) break;
    if (!mergedFromAbove && !texts.every(isSubHeaderText)) break;
    rows.push(r);
  }
  return rows;
}

function rangeCols(c1: number, c2: number): number[] {
  const out: number[] = [];
  for (let c = c1; c <= c2; c++) out.push(c);
  return out;
}

/** A row of column numbers (`1 2 3 …`, `(1) (2)`, `13 = 9 + 10 + 11 + 12`). */
export function isColumnNumberRow(grid: SheetGrid, row: number, c1: number, c2: number): boolean {
  const filled = grid.filledColumns(row, c1, c2);
  if (filled.length < 2) return false;
  return filled.every((c) => isColumnNumber(grid.ownText(row, c)));
}

/** A row of K / Rp / % sub-column markers, possibly with column numbers beside them. */
export function isMeasureRow(grid: SheetGrid, row: number, c1: number, c2: number): boolean {
  const filled = grid.filledColumns(row, c1, c2);
  const texts = filled.map((c) => grid.ownText(row, c));
  return texts.some(isMeasureToken) && texts.every((t) => isMeasureToken(t) || isColumnNumber(t));
}
