import type { CellContent, GeneratedCell, GeneratedSheet } from '../../../engine/plan/types';
import { rangeToA1, toA1 } from '../../../engine/workbook/a1';
import type { RangeRef } from '../../../engine/workbook/types';
import { xlsxMessage } from '../messages';
import { XlsxPatchError } from '../xlsx-patch-error';
import { cellXml } from './cell-xml';
import type { StyleBook } from './style-book';

const MAIN_NAMESPACE = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS_NAMESPACE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function numberFormatOf(content: CellContent): string | undefined {
  return content.kind === 'number' || content.kind === 'formula' ? content.numFmt : undefined;
}

function paneXml(rows: number, cols: number): string {
  if (rows <= 0 && cols <= 0) return '';
  const pane = rows > 0 && cols > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  const topLeft = toA1(Math.max(rows, 0), Math.max(cols, 0));
  const x = cols > 0 ? ` xSplit="${cols}"` : '';
  const y = rows > 0 ? ` ySplit="${rows}"` : '';
  return `<pane${x}${y} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>`;
}

function columnsXml(widths: readonly number[]): string {
  const cols = widths
    .map((w, i) => (Number.isFinite(w) && w > 0 ? `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>` : ''))
    .join('');
  return cols === '' ? '' : `<cols>${cols}</cols>`;
}

function coveredByMerge(merges: readonly RangeRef[], row: number, col: number): RangeRef | undefined {
  return merges.find((m) => row >= m.r1 && row <= m.r2 && col >= m.c1 && col <= m.c2 && (row !== m.r1 || col !== m.c1));
}

function cellOf(sheet: GeneratedSheet, cell: GeneratedCell, row: number, col: number, styles: StyleBook): string {
  if (cell.kind !== 'empty') {
    const merge = coveredByMerge(sheet.merges, row, col);
    if (merge) {
      throw new XlsxPatchError(
        'merged_cell',
        xlsxMessage('mergedCell', { cell: toA1(row, col), sheet: sheet.name, range: rangeToA1(merge), topLeft: toA1(merge.r1, merge.c1) }),
      );
    }
  }
  const style = styles.generated(cell.style, numberFormatOf(cell));
  if (cell.kind === 'empty' && style === 0) return '';
  return cellXml('', toA1(row, col), style, cell);
}

/**
 * The worksheet XML of a sheet the tool makes whole: cells with their formats, merges,
 * column widths, frozen panes and, when asked, landscape printing one page wide.
 */
export function generatedSheetXml(sheet: GeneratedSheet, styles: StyleBook): string {
  let lastRow = 0;
  let lastCol = 0;
  const rows: string[] = [];
  sheet.rows.forEach((cells, r) => {
    const xml = cells.map((cell, c) => (cell ? cellOf(sheet, cell, r, c, styles) : '')).join('');
    if (xml === '') return;
    const height = sheet.rowHeights?.[r];
    const ht = height !== undefined && Number.isFinite(height) && height > 0 ? ` ht="${Math.min(409, height)}" customHeight="1"` : '';
    rows.push(`<row r="${r + 1}"${ht}>${xml}</row>`);
    lastRow = Math.max(lastRow, r);
    lastCol = Math.max(lastCol, cells.length - 1);
  });
  const print = sheet.printLandscapeFitWidth === true;
  const merges = sheet.merges.map((m) => `<mergeCell ref="${rangeToA1(m)}"/>`).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${MAIN_NAMESPACE}" xmlns:r="${RELATIONSHIPS_NAMESPACE}">` +
    (print ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
    `<dimension ref="${rangeToA1({ r1: 0, c1: 0, r2: lastRow, c2: lastCol })}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${paneXml(sheet.freeze?.rows ?? 0, sheet.freeze?.cols ?? 0)}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    columnsXml(sheet.columnWidths) +
    `<sheetData>${rows.join('')}</sheetData>` +
    (merges === '' ? '' : `<mergeCells count="${sheet.merges.length}">${merges}</mergeCells>`) +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    (print ? '<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>' : '') +
    '</worksheet>'
  );
}
