import { CellGridBuilder } from '../../engine/workbook/cell-grid';
import type { Sheet, Workbook } from '../../engine/workbook/types';
import { openXlsxPackage } from './package/xlsx-package';
import { readWorkbookLayout, type SheetEntry } from './package/workbook-layout';
import { resolveReadLimits, type ReadLimits } from './read-limits';
import { readCellNumberFormats } from './read/read-number-formats';
import { SheetReader, type SheetStyles } from './read/read-sheet';
import { readSharedStrings, SharedStringTable } from './read/read-shared-strings';
import type { XlsxPackage } from './package/xlsx-package';
import { XlsxReadError } from './xlsx-read-error';
import { corruptError } from './read-errors';
import { chunkedXmlCursor, sheetChunkBytes } from './xml/chunked-xml';

export { XlsxReadError } from './xlsx-read-error';
export type { XlsxReadErrorCode } from './xlsx-read-error';
export type { ReadLimits } from './read-limits';

function readSheet(pkg: XlsxPackage, entry: SheetEntry, styles: SheetStyles): Sheet {
  const base = entry.hidden ? { name: entry.name, hidden: true } : { name: entry.name };
  if (!entry.isWorksheet) return { ...base, cells: new CellGridBuilder().build(), merges: [] };
  // Not `withBytes`: reading never detaches a buffer (see `XlsxPackage.withBytes`).
  const bytes = pkg.readBytes(entry.part);
  const content = new SheetReader(chunkedXmlCursor(bytes, entry.part, sheetChunkBytes(bytes.length)), styles).read();
  return { ...base, cells: content.cells, merges: content.merges };
}

function readWorkbook(bytes: Uint8Array, limits: ReadLimits): Workbook {
  const pkg = openXlsxPackage(bytes, limits);
  const layout = readWorkbookLayout(pkg);
  const worksheetParts = layout.sheets.filter((s) => s.isWorksheet).map((s) => s.part);
  const optionalParts = [layout.stylesPart, layout.sharedStringsPart].filter((p): p is string => p !== undefined);
  pkg.reserve([...optionalParts, ...worksheetParts]);
  const styles: SheetStyles = {
    numberFormats:
      layout.stylesPart && pkg.entry(layout.stylesPart)
        ? readCellNumberFormats(pkg.readText(layout.stylesPart), layout.stylesPart)
        : [],
    sharedStrings:
      layout.sharedStringsPart && pkg.entry(layout.sharedStringsPart)
        ? readSharedStrings(pkg.readBytes(layout.sharedStringsPart), layout.sharedStringsPart)
        : new SharedStringTable(),
  };
  return {
    sheets: layout.sheets.map((entry) => readSheet(pkg, entry, styles)),
    definedNames: layout.definedNames,
  };
}

/**
 * Reads an .xlsx into the engine's model: values, formulas (shared ones expanded), cached
 * results, number formats, merges, sheet visibility and defined names; nothing else is parsed.
 * Every failure is an `XlsxReadError` with an Indonesian message.
 */
export function readXlsx(bytes: Uint8Array, limits?: Partial<ReadLimits>): Workbook {
  try {
    return readWorkbook(bytes, resolveReadLimits(limits));
  } catch (err) {
    if (err instanceof XlsxReadError) throw err;
    // A defect of ours or an input no check foresaw: still a clear message, never a raw TypeError.
    throw corruptError('detailUnexpected', { reason: err instanceof Error ? err.message : String(err) });
  }
}
