import ExcelJS from 'exceljs';
import type { FixtureCell, FixtureSheet } from '../../tests/fixtures/spec';

type StreamCell = ExcelJS.CellValue;

function valueOf(cell: FixtureCell): StreamCell {
  if (cell === null) return null;
  if (typeof cell === 'string' || typeof cell === 'number') return cell;
  if ('n' in cell) return cell.n;
  return cell.v === undefined ? { formula: cell.f, date1904: false } : { formula: cell.f, result: cell.v, date1904: false };
}

function formatOf(cell: FixtureCell): string | undefined {
  if (cell === null || typeof cell !== 'object') return undefined;
  return 'n' in cell ? cell.fmt : cell.fmt;
}

/**
 * Writes the sheets as an .xlsx with ExcelJS's streaming writer (an independent writer, shared
 * strings as Excel saves them), row by row so that 100,000-row sheets need little memory.
 */
export async function writeSheetsXlsx(sheets: readonly FixtureSheet[], filename: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename, useSharedStrings: true, useStyles: true });
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    const mergesByTopRow = new Map<number, string[]>();
    for (const m of sheet.merges ?? []) {
      const top = Number(/\d+/.exec(m)![0]);
      mergesByTopRow.set(top, [...(mergesByTopRow.get(top) ?? []), m]);
    }
    sheet.rows.forEach((cells, r) => {
      // Merged before their first row is committed, never up front: a merge far down makes the
      // streaming writer hold every row above it, and each commit then costs that many shifts.
      for (const m of mergesByTopRow.get(r + 1) ?? []) ws.mergeCells(m);
      const row = ws.getRow(r + 1);
      cells.forEach((cell, c) => {
        if (cell === null) return;
        const target = row.getCell(c + 1);
        target.value = valueOf(cell);
        const fmt = formatOf(cell);
        if (fmt) target.numFmt = fmt;
      });
      row.commit();
    });
    ws.commit();
  }
  await wb.commit();
}
