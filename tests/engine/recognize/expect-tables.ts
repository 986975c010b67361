import { columnLetters, rangeToA1 } from '../../../src/engine/workbook/a1';
import type { Table } from '../../../src/engine/recognize/types';
import type { ExpectedTable } from '../../fixtures/spec';

/** The recognized table as the fixture's expectation states it, for a readable diff. */
export function describeAsExpected(table: Table, like: ExpectedTable): Record<string, unknown> {
  const columns: Record<string, unknown> = {};
  for (const [letter, exp] of Object.entries(like.columns)) {
    const col = table.columns.find((c) => columnLetters(c.col) === letter);
    if (typeof exp === 'string') columns[letter] = col?.role;
    else {
      columns[letter] = {
        role: col?.role,
        ...(exp.year !== undefined ? { year: col?.year } : {}),
        ...(exp.triwulan !== undefined ? { triwulan: col?.triwulan } : {}),
        ...(exp.measure !== undefined ? { measure: col?.measure } : {}),
      };
    }
  }
  const rowsOf = (role: string): number[] => table.rows.filter((r) => r.kind.role === role).map((r) => r.row + 1);
  const footer: Record<number, string> = {};
  const levels: Record<number, string | undefined> = {};
  for (const r of table.rows) {
    if (r.kind.role === 'footer') footer[r.row + 1] = r.kind.footer;
    if (r.kind.role === 'data' && like.levels && String(r.row + 1) in like.levels) levels[r.row + 1] = r.kind.level;
  }
  return {
    sheet: table.sheet,
    range: rangeToA1(table.range),
    kind: table.kind,
    headerRows: table.headerRows.map((r) => r + 1),
    columns,
    data: rowsOf('data'),
    ...(like.section ? { section: rowsOf('section') } : {}),
    ...(like.footer ? { footer } : {}),
    ...(like.columnNumbers ? { columnNumbers: rowsOf('column_numbers') } : {}),
    ...(like.levels ? { levels } : {}),
  };
}

export function expectedView(like: ExpectedTable): Record<string, unknown> {
  const { title: _title, levels, ...rest } = like;
  void _title;
  return { ...rest, ...(levels ? { levels: { ...levels } } : {}) };
}
