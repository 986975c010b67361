import { readFileSync, statSync } from 'fs';
import { readXlsx } from '../adapters/xlsx/read-xlsx';
import type { Workbook } from '../engine/workbook/types';

export type LoadResult = { readonly ok: true; readonly workbook: Workbook } | { readonly ok: false; readonly reason: string };

/**
 * Reads an .xlsx file into the model; every failure becomes a plain-words reason, never a throw.
 * Synchronous on purpose (see `readInputForWrite`).
 */
export function loadWorkbook(file: string, notFound: (file: string) => string): LoadResult {
  try {
    const info = statSync(file);
    if (!info.isFile()) return { ok: false, reason: notFound(file) };
  } catch {
    return { ok: false, reason: notFound(file) };
  }
  try {
    const bytes = readFileSync(file);
    return { ok: true, workbook: readXlsx(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)) };
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
}
