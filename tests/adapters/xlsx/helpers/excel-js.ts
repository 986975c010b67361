import ExcelJS from 'exceljs';
import type { Cell, CellValue } from '../../../../src/engine/workbook/types';

// ExcelJS declares its own `Buffer` that no Node Buffer type satisfies.
type ExcelJsInput = Parameters<ExcelJS.Xlsx['load']>[0];

/** The .xlsx bytes of a workbook that `build` fills with ExcelJS (an independent writer). */
export async function excelJsBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function loadWithExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJsInput);
  return wb;
}

const MS_PER_DAY = 86400000;

function dateToSerial(d: Date): number {
  return d.getTime() / MS_PER_DAY + 25569;
}

function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return dateToSerial(v);
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; error?: string; text?: unknown };
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if (o.error !== undefined) return { error: o.error };
    if (o.text !== undefined) return plainValue(o.text);
  }
  return String(v);
}

/**
 * What ExcelJS read for a cell, in the engine's terms. For formulas `cell.result` is used:
 * it keeps a cached 0 and is undefined only when the file holds no cached value.
 */
export function excelJsCell(cell: ExcelJS.Cell): Cell | undefined {
  const numFmt = cell.numFmt && cell.numFmt.toLowerCase() !== 'general' ? cell.numFmt : undefined;
  const raw = cell.value as unknown;
  const isFormula =
    typeof raw === 'object' && raw !== null && ('formula' in raw || 'sharedFormula' in raw);
  if (isFormula) {
    const value = plainValue(cell.result);
    const formula = cell.formula;
    return numFmt === undefined ? { value, formula } : { value, formula, numFmt };
  }
  const value = plainValue(raw);
  if (value === null && numFmt === undefined) return undefined;
  return numFmt === undefined ? { value } : { value, numFmt };
}
