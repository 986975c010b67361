import type { GeneratedCell, GeneratedCellStyle, GeneratedSheet } from '../plan/types';
import type { RangeRef } from '../workbook/types';
import { NUMBER_FORMATS, type TemplateColumn, type TemplateRow, type TemplateTable, type TemplateValue } from './template-table';

/** Row of the title; the header starts two rows below it, after an empty row. */
const TITLE_ROW = 0;
const HEADER_ROW = 2;

const TITLE_STYLE: GeneratedCellStyle = { bold: true };
const HEADER_STYLE: GeneratedCellStyle = { bold: true, wrap: true, align: 'center', border: true };
const NUMBER_ROW_STYLE: GeneratedCellStyle = { align: 'center', border: true };
const FOOTER_LABEL_STYLE: GeneratedCellStyle = { bold: true, border: true };

type Grid = (GeneratedCell | null)[][];

const EMPTY_BORDERED: GeneratedCell = { kind: 'empty', style: { border: true } };

function textCell(value: string, style?: GeneratedCellStyle): GeneratedCell {
  return style ? { kind: 'text', value, style } : { kind: 'text', value };
}

/** A value in a column: text as text, a number with the column's format (or its own). */
function valueCell(value: TemplateValue | undefined, column: TemplateColumn, bold = false): GeneratedCell {
  const style: GeneratedCellStyle = {
    border: true,
    ...(bold ? { bold: true } : {}),
    ...(column.format === 'text' ? { wrap: true } : { align: 'right' as const }),
  };
  if (value === undefined) return { kind: 'empty', style: { border: true } };
  if (typeof value === 'string') return { kind: 'text', value, style: { ...style, ...(column.format === 'text' ? {} : { align: 'center' as const }) } };
  if (typeof value === 'number') {
    const numFmt = column.format === 'text' || column.format === 'input' ? undefined : NUMBER_FORMATS[column.format];
    return { kind: 'number', value, ...(numFmt ? { numFmt } : {}), style };
  }
  return { kind: 'number', value: value.n, numFmt: value.fmt, style };
}

/** Header cells and their merges: group labels across their columns, short paths down to the last header row. */
function headerBlock(columns: readonly TemplateColumn[]): { rows: GeneratedCell[][]; merges: RangeRef[] } {
  const depth = Math.max(...columns.map((c) => c.header.length));
  const rows: GeneratedCell[][] = Array.from({ length: depth }, () => columns.map(() => ({ kind: 'empty', style: HEADER_STYLE }) as GeneratedCell));
  const merges: RangeRef[] = [];
  for (let level = 0; level < depth; level++) {
    let c = 0;
    while (c < columns.length) {
      const path = columns[c]!.header;
      if (path.length <= level) {
        c++;
        continue;
      }
      const prefix = path.slice(0, level + 1).join('\u0000');
      let end = c;
      while (end + 1 < columns.length && columns[end + 1]!.header.slice(0, level + 1).join('\u0000') === prefix) end++;
      const isLeaf = path.length === level + 1;
      rows[level]![c] = textCell(path[level]!, HEADER_STYLE);
      const r2 = isLeaf ? depth - 1 : level;
      if (end > c || r2 > level) merges.push({ r1: HEADER_ROW + level, c1: c, r2: HEADER_ROW + r2, c2: end });
      c = end + 1;
    }
  }
  return { rows, merges };
}

function dataRow(row: TemplateRow, columns: readonly TemplateColumn[]): GeneratedCell[] {
  return columns.map((column) => valueCell(row[column.key], column));
}

/**
 * A standard table as a sheet of its own: title in row 1, the header from row 3 (merged groups),
 * a row of column numbers, the example rows, the footers, then the source line after an empty
 * row. Frozen below the column numbers; printed landscape, one page wide.
 */
export function tableSheet(table: TemplateTable): GeneratedSheet {
  const columns = table.columns;
  const header = headerBlock(columns);
  const grid: Grid = [];
  grid[TITLE_ROW] = [textCell(table.title, TITLE_STYLE)];
  grid[TITLE_ROW + 1] = [];
  header.rows.forEach((cells, i) => (grid[HEADER_ROW + i] = cells));
  const numberRow = HEADER_ROW + header.rows.length;
  grid[numberRow] = columns.map((_, i) => textCell(`(${i + 1})`, NUMBER_ROW_STYLE));
  for (const row of table.rows) grid.push(dataRow(row, columns));
  const merges = [...header.merges];
  for (const footer of table.footers) {
    const r = grid.length;
    const labelEnd = columns.findIndex((c) => c.key === footer.labelTo);
    if (labelEnd < 0) throw new Error(`template ${table.sheet}: footer label column ${footer.labelTo} is not a column`);
    grid.push(
      columns.map((column, i) => {
        if (i === 0) return textCell(footer.label, FOOTER_LABEL_STYLE);
        if (i <= labelEnd) return EMPTY_BORDERED;
        return valueCell(footer.values[column.key], column, true);
      }),
    );
    if (labelEnd > 0) merges.push({ r1: r, c1: 0, r2: r, c2: labelEnd });
  }
  grid.push([]);
  grid.push([textCell(table.source)]);
  return {
    name: table.sheet,
    rows: grid,
    merges,
    columnWidths: columns.map((c) => c.width),
    freeze: { rows: numberRow + 1, cols: 0 },
    printLandscapeFitWidth: true,
  };
}
