import type { Sheet } from '../workbook/types';
import { readBody } from './body-rows';
import { inferLevels } from './infer-levels';
import { headerStartAt, headerRowsFrom, isColumnNumberRow, isMeasureRow } from './header-block';
import { buildColumns, headerSpan } from './header-paths';
import { normalizeHeader } from './normalize';
import { SheetGrid } from './sheet-grid';
import { refineByContent } from './content-roles';
import { applyGroupContext, refineRoles, tableKind } from './table-kind';
import type { Table, TableRow } from './types';

const TITLE_LOOKBACK = 4;

/** Title lines right above a header: `Tabel 3.1` and `Pencapaian Kinerja`, joined. */
function titleAbove(grid: SheetGrid, headerRow: number, floor: number): string | undefined {
  const lines: string[] = [];
  for (let r = headerRow - 1; r >= Math.max(floor, headerRow - TITLE_LOOKBACK); r--) {
    const filled = grid.filledColumns(r);
    if (filled.length === 0) {
      if (lines.length > 0) break;
      continue;
    }
    const texts = new Set(filled.map((c) => grid.ownText(r, c)));
    if (texts.size > 2) break;
    lines.unshift([...texts].join(' '));
  }
  const title = lines.join(' ').replace(/\s+/g, ' ').trim();
  return title === '' ? undefined : title;
}

/** Every table on one sheet, top to bottom. */
export function recognizeSheet(sheet: Sheet, sheetIndex: number): Table[] {
  const grid = new SheetGrid(sheet);
  const tables: Table[] = [];
  let floor = 0;
  for (let r = 0; r < grid.height; r++) {
    const start = headerStartAt(grid, r);
    if (!start) continue;
    const firstRows = headerRowsFrom(grid, r, 0, grid.width - 1);
    const { c1, c2 } = headerSpan(grid, firstRows);
    if (c2 <= c1) continue;
    const headerRows = headerRowsFrom(grid, r, c1, c2);
    const rows: TableRow[] = [];
    let next = headerRows[headerRows.length - 1]! + 1;
    while (next < grid.height && isColumnNumberRow(grid, next, c1, c2)) {
      rows.push({ row: next, kind: { role: 'column_numbers' } });
      next++;
      if (isMeasureRow(grid, next, c1, c2)) headerRows.push(next++);
    }
    if (isMeasureRow(grid, next, c1, c2)) headerRows.push(next++);
    const title = titleAbove(grid, r, floor);
    const rawColumns = applyGroupContext(buildColumns(grid, headerRows, c1, c2));
    const headerKind = tableKind(rawColumns, normalizeHeader(title ?? ''));
    const headerColumns = refineRoles(rawColumns, headerKind);
    const body = readBody(grid, next, headerColumns);
    if (!start.strong && body.rows.every((row) => row.kind.role !== 'data')) continue;
    const byContent = refineByContent(grid, rawColumns, body.rows, headerKind);
    const kind = byContent.kind === headerKind ? tableKind(byContent.columns, normalizeHeader(title ?? '')) : byContent.kind;
    const columns = refineRoles(byContent.columns, kind);
    rows.push(...inferLevels(grid, body.rows, columns));
    const lastRow = Math.max(body.lastRow, next - 1);
    tables.push({
      sheet: sheet.name,
      sheetIndex,
      range: { r1: r, c1, r2: lastRow, c2 },
      kind,
      ...(title ? { title } : {}),
      headerRows,
      columns,
      rows,
    });
    r = lastRow;
    floor = lastRow + 1;
  }
  return tables;
}
