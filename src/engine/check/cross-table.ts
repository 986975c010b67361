import type { Fact, FactTable } from '../derive/facts';
import { formatId } from '../derive/format-id';
import { warningText } from '../i18n/warning-messages';
import { toA1 } from '../workbook/a1';
import type { Workbook } from '../workbook/types';
import { SEVERITY_OF, type Warning } from './codes';

const FIELD: Readonly<Record<Fact['field'], string>> = {
  target: 'Target indikator',
  realisasi: 'Realisasi indikator',
  pagu: 'Pagu program',
  realisasi_anggaran: 'Realisasi anggaran program',
};

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * CROSS_TABLE_MISMATCH: the same indicator (by name) or program with another target, realisasi,
 * pagu or realisasi anggaran in another table. The first place in workbook order is the reference;
 * each later place that differs gets the warning.
 */
export function crossTableWarnings(workbook: Workbook, facts: FactTable): Warning[] {
  const order = new Map(workbook.sheets.map((s, i) => [s.name, i]));
  const before = (a: number, b: number): boolean => {
    const bySheet = (order.get(facts.sheet(a)) ?? 0) - (order.get(facts.sheet(b)) ?? 0);
    if (bySheet !== 0) return bySheet < 0;
    const byRow = facts.row(a) - facts.row(b);
    return byRow < 0 || (byRow === 0 && facts.col(a) < facts.col(b));
  };
  // The reference of each subject is its first place in workbook order; no sort of every fact needed.
  const references: Map<string, number>[] = [];
  const referencesOf = (i: number): Map<string, number> => (references[facts.group(i)] ??= new Map());
  for (let i = 0; i < facts.size; i++) {
    const byKey = referencesOf(i);
    const known = byKey.get(facts.key(i));
    if (known === undefined || before(i, known)) byKey.set(facts.key(i), i);
  }
  const warnings: Warning[] = [];
  for (let i = 0; i < facts.size; i++) {
    const r = referencesOf(i).get(facts.key(i))!;
    if (r === i || facts.sheet(r) === facts.sheet(i) || same(facts.value(r), facts.value(i))) continue;
    const f = facts.fact(i);
    const reference = facts.fact(r);
    warnings.push({
      code: 'CROSS_TABLE_MISMATCH',
      severity: SEVERITY_OF.CROSS_TABLE_MISMATCH,
      sheet: f.sheet,
      cell: toA1(f.row, f.col),
      message: warningText.crossTable(FIELD[f.field], f.name, `${f.sheet}!${toA1(f.row, f.col)}`, formatId(f.value, 4), `${reference.sheet}!${toA1(reference.row, reference.col)}`, formatId(reference.value, 4)),
      expected: reference.value,
      actual: f.value,
    });
  }
  return warnings;
}
