import { warningText } from '../i18n/warning-messages';
import type { Table } from '../recognize/types';
import { rangeToA1, toA1 } from '../workbook/a1';
import { SEVERITY_OF, type Warning } from './codes';

/** YEAR_MISMATCH: a title naming one year only, and not the report's (ranges such as 2021–2026 are not judged). */
export function yearWarnings(tables: readonly Table[], reportYear: number | undefined): Warning[] {
  if (reportYear === undefined) return [];
  const out: Warning[] = [];
  for (const t of tables) {
    const years = [...new Set([...(t.title ?? '').matchAll(/\b(20\d\d)\b/g)].map((m) => Number(m[1])))];
    if (years.length !== 1 || years[0] === reportYear || /\d{4}\s*[-–—]\s*\d{4}/.test(t.title ?? '')) continue;
    const titleRow = Math.max(0, t.range.r1 - 1);
    out.push({
      code: 'YEAR_MISMATCH', severity: SEVERITY_OF.YEAR_MISMATCH, sheet: t.sheet, cell: toA1(titleRow, t.range.c1),
      message: warningText.yearMismatch(`${t.sheet}!${rangeToA1(t.range)}`, years[0]!, reportYear), expected: reportYear, actual: years[0]!,
    });
  }
  return out;
}
