import { classifyColumn } from './column-role';
import { normalizeHeader } from './normalize';
import { dataRole, kodeSegments, levelOfKode, levelOfName } from './hierarchy';
import { isStrongHeaderRow } from './header-block';
import { valueLooksNumeric, footerKind, isNumbering, isTableBreak } from './row-patterns';
import type { SheetGrid } from './sheet-grid';
import type { ColumnRole, HierarchyLevel, TableColumn, TableRow } from './types';

const NAME_ROLES = new Set(['uraian', 'program', 'sasaran', 'indikator', 'kategori', 'other', 'no', 'kode']);

function levelOf(grid: SheetGrid, row: number, columns: readonly TableColumn[], kodeCols: readonly TableColumn[]): HierarchyLevel | undefined {
  for (let i = kodeCols.length - 1; i >= 0; i--) {
    const text = grid.ownText(row, kodeCols[i]!.col);
    const segments = kodeSegments(text);
    if (segments === 0) continue;
    if (kodeCols.length >= 4 && i === kodeCols.length - 1) return 'rekening';
    return levelOfKode(segments);
  }
  for (const c of columns) {
    if (c.role !== 'uraian' && c.role !== 'program' && c.role !== 'sasaran') continue;
    const level = levelOfName(grid.ownText(row, c.col));
    if (level) return level;
  }
  return undefined;
}

/**
 * One label (after an optional row number), or one label followed by header words only
 * (`KINERJA LAINNYA | INDIKATOR KINERJA`).
 */
function isLabelOnly(texts: readonly string[]): boolean {
  const labels = texts.length > 1 && isNumbering(texts[0]!) ? texts.slice(1) : texts;
  return labels.slice(1).every((t) => t.length <= 40 && classifyColumn([normalizeHeader(t)], [t]).role !== 'other');
}

/** The table's own header typed again inside its body (a page break in the source): a section label. */
function repeatsHeader(grid: SheetGrid, row: number, columns: readonly TableColumn[], filled: readonly number[]): boolean {
  const same = filled.filter((c) => {
    const column = columns.find((k) => k.col === c);
    return column !== undefined && column.path.includes(normalizeHeader(grid.ownText(row, c)));
  }).length;
  return same >= 2 && same * 2 >= filled.length;
}

/** A last row with values but no label at all: the table's unlabelled total line. */
function isUnlabelledTotal(grid: SheetGrid, row: number, columns: readonly TableColumn[], filled: readonly number[]): boolean {
  const labelled = columns.some((c) => NAME_ROLES.has(c.role) && (grid.ownText(row, c.col) !== '' || grid.merges.isCovered(row, c.col)));
  return !labelled && filled.filter((c) => valueLooksNumeric(grid.value(row, c))).length >= 2;
}

export interface Body {
  readonly rows: TableRow[];
  /** Last row of the table (0-based), or the header's last row when there is no body. */
  readonly lastRow: number;
}

/** Whether a filled column of row `r` that is not a name column holds a value. */
function hasValueCell(grid: SheetGrid, r: number, filled: readonly number[], roleAt: ReadonlyMap<number, ColumnRole>): boolean {
  for (let i = 0; i < filled.length; i++) {
    const c = filled[i]!;
    if (!NAME_ROLES.has(roleAt.get(c) ?? 'other') && valueLooksNumeric(grid.value(r, c))) return true;
  }
  return false;
}

function onlyIndicators(filled: readonly number[], roleAt: ReadonlyMap<number, ColumnRole>): boolean {
  for (let i = 0; i < filled.length; i++) if (roleAt.get(filled[i]!) !== 'indikator') return false;
  return true;
}

/** Rows under the header until a blank row, a `Sumber:` line or the next table's header. */
export function readBody(grid: SheetGrid, firstRow: number, columns: readonly TableColumn[]): Body {
  const c1 = columns[0]!.col;
  const c2 = columns[columns.length - 1]!.col;
  const roleAt = new Map(columns.map((c) => [c.col, c.role]));
  const kodeCols = columns.filter((c) => c.role === 'kode');
  const rows: TableRow[] = [];
  // One array for every row's filled columns, and loops rather than callbacks: this runs for
  // every row of every table (at 50,000 rows the analysis and plan allocate 464 → 456 MB).
  const filled: number[] = [];
  let lastRow = firstRow - 1;
  for (let r = firstRow; r < grid.height; r++) {
    grid.collectFilledColumns(r, c1, c2, filled);
    if (filled.length === 0) break;
    const label = grid.ownText(r, filled[0]!);
    if (isTableBreak(label)) break;
    const hasValue = hasValueCell(grid, r, filled, roleAt);
    // A row with a value is never a header (`isStrongHeaderRow` refuses it): the common case is decided here.
    if (rows.length > 0 && !hasValue && isStrongHeaderRow(grid, r)) {
      if (!repeatsHeader(grid, r, columns, filled)) break;
      lastRow = r;
      rows.push({ row: r, kind: { role: 'section', label } });
      continue;
    }
    lastRow = r;
    const footer = footerKind(label);
    const labelRole = roleAt.get(filled[0]!) ?? 'other';
    if (footer && (labelRole !== 'indikator' || label.split(/\s+/).length <= 4)) {
      rows.push({ row: r, kind: { role: 'footer', footer, label } });
      continue;
    }
    const level = levelOf(grid, r, columns, kodeCols);
    const indicatorOnly = onlyIndicators(filled, roleAt);
    if (!hasValue && level === undefined && !indicatorOnly && isLabelOnly(filled.map((c) => grid.ownText(r, c)))) {
      rows.push({ row: r, kind: { role: 'section', label } });
      continue;
    }
    rows.push({ row: r, kind: dataRole(level) });
  }
  const last = rows[rows.length - 1];
  if (last && last.kind.role === 'data' && rows.length > 1 && rows.slice(0, -1).some((r) => r.kind.role === 'data')) {
    if (isUnlabelledTotal(grid, last.row, columns, grid.collectFilledColumns(last.row, c1, c2, filled))) {
      rows[rows.length - 1] = { row: last.row, kind: { role: 'footer', footer: 'total', label: '' } };
    }
  }
  return { rows, lastRow };
}
