import { classifyColumn } from './column-role';
import { normalizeHeader } from './normalize';
import { depthOf, kodeSegments, levelOfKode, levelOfName } from './hierarchy';
import { isStrongHeaderRow } from './header-block';
import { footerKind, isTableBreak, looksNumeric } from './row-patterns';
import type { SheetGrid } from './sheet-grid';
import type { HierarchyLevel, TableColumn, TableRow } from './types';

const NAME_ROLES = new Set(['uraian', 'program', 'sasaran', 'indikator', 'kategori', 'other', 'no', 'kode']);

function levelOf(grid: SheetGrid, row: number, columns: readonly TableColumn[]): HierarchyLevel | undefined {
  const kodeCols = columns.filter((c) => c.role === 'kode');
  for (let i = kodeCols.length - 1; i >= 0; i--) {
    const text = grid.ownText(row, kodeCols[i]!.col);
    const segments = kodeSegments(text);
    if (segments === 0) continue;
    if (kodeCols.length >= 4 && i === kodeCols.length - 1) return 'rekening';
    return levelOfKode(segments);
  }
  for (const c of columns) {
    if (c.role !== 'uraian' && c.role !== 'program') continue;
    const level = levelOfName(grid.ownText(row, c.col));
    if (level) return level;
  }
  return undefined;
}

/** One label, or one label followed by header words only (`KINERJA LAINNYA | INDIKATOR KINERJA`). */
function isLabelOnly(texts: readonly string[]): boolean {
  return texts.slice(1).every((t) => t.length <= 40 && classifyColumn([normalizeHeader(t)], [t]).role !== 'other');
}

export interface Body {
  readonly rows: TableRow[];
  /** Last row of the table (0-based), or the header's last row when there is no body. */
  readonly lastRow: number;
}

/** Rows under the header until a blank row, a `Sumber:` line or the next table's header. */
export function readBody(grid: SheetGrid, firstRow: number, columns: readonly TableColumn[]): Body {
  const c1 = columns[0]!.col;
  const c2 = columns[columns.length - 1]!.col;
  const roleAt = new Map(columns.map((c) => [c.col, c.role]));
  const rows: TableRow[] = [];
  let lastRow = firstRow - 1;
  for (let r = firstRow; r < grid.height; r++) {
    if (grid.isBlankRow(r, c1, c2)) break;
    const filled = grid.filledColumns(r, c1, c2);
    const label = grid.ownText(r, filled[0]!);
    if (isTableBreak(label)) break;
    if (rows.length > 0 && isStrongHeaderRow(grid, r)) break;
    lastRow = r;
    const hasValue = filled.some((c) => !NAME_ROLES.has(roleAt.get(c) ?? 'other') && looksNumeric(grid.ownText(r, c)));
    const footer = footerKind(label);
    const labelRole = roleAt.get(filled[0]!) ?? 'other';
    if (footer && (labelRole !== 'indikator' || label.split(/\s+/).length <= 4)) {
      rows.push({ row: r, kind: { role: 'footer', footer, label } });
      continue;
    }
    const level = levelOf(grid, r, columns);
    if (!hasValue && level === undefined && isLabelOnly(filled.map((c) => grid.ownText(r, c)))) {
      rows.push({ row: r, kind: { role: 'section', label } });
      continue;
    }
    rows.push({ row: r, kind: { role: 'data', depth: depthOf(level), ...(level ? { level } : {}) } });
  }
  return { rows, lastRow };
}
