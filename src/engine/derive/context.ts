import { SEVERITY_OF, type Warning, type WarningCode } from '../check/codes';
import type { Settings } from '../settings/types';
import type { Polaritas } from '../settings/types';
import { toA1 } from '../workbook/a1';
import type { Derived } from './types';

/** A value the same indicator or program must have wherever it appears (CROSS_TABLE_MISMATCH). */
export interface Fact {
  readonly subject: 'indikator' | 'program';
  readonly key: string;
  readonly name: string;
  readonly field: 'target' | 'realisasi' | 'pagu' | 'realisasi_anggaran';
  readonly value: number;
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

export function place(sheet: string, row: number, col: number): string {
  return `${sheet}!${toA1(row, col)}`;
}

/** What deriving a workbook collects: derived cells, direct findings, and cross-table facts. */
export class DeriveContext {
  readonly derived: Derived[] = [];
  readonly findings: Warning[] = [];
  readonly facts: Fact[] = [];
  /** Polarity learned from a `Polaritas` column, by indicator key, for the same indicator elsewhere. */
  readonly polaritas = new Map<string, Polaritas>();
  /** Capaian (uncapped) of the indicators of the main capaian table, for the ringkasan. */
  mainCapaian: (number | undefined)[] | undefined;
  /** The rata-rata capaian kinerja of the main capaian table (capped as written): the efisiensi tables' totals use it. */
  mainCapaianMean: number | undefined;
  /** Pagu and realisasi of the whole budget (the realisasi anggaran table's total). */
  budgetTotal: { pagu: number; realisasi: number } | undefined;

  constructor(
    readonly settings: Settings,
    readonly reportYear: number | undefined,
  ) {}

  /** Whether derived cells are written as formulas (`rumus`): only then is a formula built. */
  get formulas(): boolean {
    return this.settings.modeTulis === 'rumus';
  }

  add(derived: Derived): void {
    // A sum or ratio of numbers near the largest double can overflow: such a value is neither
    // written (no writer can store ±Infinity) nor compared.
    if (typeof derived.value === 'number' && !Number.isFinite(derived.value)) return;
    // Only the `rumus` write mode reads the formula of a derived cell; a large workbook's
    // analysis is kept whole until it is written, so the trees are not kept for nothing.
    if (derived.expr !== undefined && !this.formulas) {
      const { sheet, row, col, kind, value, format, mismatch, basis } = derived;
      this.derived.push({ sheet, row, col, kind, value, format, mismatch, basis });
      return;
    }
    this.derived.push(derived);
  }

  warn(
    code: WarningCode,
    sheet: string,
    row: number,
    col: number,
    message: string,
    values: { expected?: number | string; actual?: number | string } = {},
  ): void {
    this.findings.push({ code, severity: SEVERITY_OF[code], sheet, cell: toA1(row, col), message, ...values });
  }

  fact(fact: Fact): void {
    if (fact.key !== '' && Number.isFinite(fact.value)) this.facts.push(fact);
  }
}
