import type { CellFormatQuery, CellPropsQuery, ColumnPropsQuery } from '../excel-surface';

/** A cell's fill, all of it (a patterned fill comes back with its pattern colour). */
export const FILL_QUERY: CellPropsQuery = {
  format: { fill: { color: true, pattern: true, patternColor: true, tintAndShade: true, patternTintAndShade: true } },
};

/** Every format a generated sheet sets, and more, so that a rewritten sheet can be put back. */
const FULL_FORMAT: CellFormatQuery = {
  ...FILL_QUERY.format,
  font: { bold: true, italic: true, color: true, name: true, size: true, underline: true, strikethrough: true },
  borders: { style: true, color: true, weight: true, tintAndShade: true },
  horizontalAlignment: true,
  verticalAlignment: true,
  wrapText: true,
  indentLevel: true,
};

export const FULL_QUERY: CellPropsQuery = { format: FULL_FORMAT };

export const COLUMN_WIDTH_QUERY: ColumnPropsQuery = { format: { columnWidth: true } };

/** Estimated response bytes per cell of each query, for packing loads into syncs. */
export const FILL_BYTES_PER_CELL = 160;
export const FULL_BYTES_PER_CELL = 760;
