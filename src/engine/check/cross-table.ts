import type { DeriveContext, Fact } from '../derive/context';
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
export function crossTableWarnings(workbook: Workbook, ctx: DeriveContext): Warning[] {
  const order = new Map(workbook.sheets.map((s, i) => [s.name, i]));
  const before = (a: Fact, b: Fact): boolean => {
    const bySheet = (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0);
    return bySheet < 0 || (bySheet === 0 && (a.row < b.row || (a.row === b.row && a.col < b.col)));
  };
  // The reference of each subject is its first place in workbook order; no sort of every fact needed.
  const group: Record<Fact['subject'], Record<Fact['field'], Map<string, Fact>>> = {
    indikator: { target: new Map(), realisasi: new Map(), pagu: new Map(), realisasi_anggaran: new Map() },
    program: { target: new Map(), realisasi: new Map(), pagu: new Map(), realisasi_anggaran: new Map() },
  };
  const referenceOf = (f: Fact): Map<string, Fact> => group[f.subject][f.field];
  for (let i = 0; i < ctx.facts.length; i++) {
    const f = ctx.facts[i]!;
    const byKey = referenceOf(f);
    const known = byKey.get(f.key);
    if (!known || before(f, known)) byKey.set(f.key, f);
  }
  const warnings: Warning[] = [];
  for (let i = 0; i < ctx.facts.length; i++) {
    const f = ctx.facts[i]!;
    const reference = referenceOf(f).get(f.key)!;
    if (reference === f || reference.sheet === f.sheet || same(reference.value, f.value)) continue;
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
