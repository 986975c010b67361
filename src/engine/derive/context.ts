import { SEVERITY_OF, type Warning, type WarningCode } from '../check/codes';
import { statedMismatch } from '../check/compare-stated';
import type { Settings } from '../settings/types';
import type { Polaritas } from '../settings/types';
import { toA1 } from '../workbook/a1';
import type { CellGrid } from '../workbook/cell-grid';
import type { Workbook } from '../workbook/types';
import { FactTable, type Fact } from './facts';
import type { Derivation, Derived } from './types';

/** What a context collects, shared with its `withSettings` views. */
interface Collected {
  readonly grids: ReadonlyMap<string, CellGrid>;
  readonly cells: Derived[];
  readonly mismatches: Warning[];
  readonly findings: Warning[];
  readonly facts: FactTable;
  readonly polaritas: Map<string, Polaritas>;
}

/**
 * What deriving a workbook collects: derived cells, each compared with what its cell states as it
 * is derived, direct findings, and cross-table facts.
 */
export class DeriveContext {
  /** Capaian (uncapped) of the indicators of the main capaian table, for the ringkasan. */
  mainCapaian: (number | undefined)[] | undefined;
  /** The rata-rata capaian kinerja of the main capaian table (capped as written): the efisiensi tables' totals use it. */
  mainCapaianMean: number | undefined;
  /** Pagu and realisasi of the whole budget (the realisasi anggaran table's total). */
  budgetTotal: { pagu: number; realisasi: number } | undefined;

  private constructor(
    readonly settings: Settings,
    readonly reportYear: number | undefined,
    private readonly out: Collected,
  ) {}

  static of(workbook: Workbook, settings: Settings, reportYear: number | undefined): DeriveContext {
    const grids = new Map(workbook.sheets.map((s) => [s.name, s.cells]));
    return new DeriveContext(settings, reportYear, { grids, cells: [], mismatches: [], findings: [], facts: new FactTable(), polaritas: new Map() });
  }

  /** Derived cells in the order they were derived. */
  get derived(): readonly Derived[] {
    return this.out.cells;
  }

  /** Stated derived cells that disagree with the engine: the *_MISMATCH codes, or FORMULA_DIFFERS for a formula cell. */
  get mismatches(): readonly Warning[] {
    return this.out.mismatches;
  }

  /** Findings about the inputs, met while deriving. */
  get findings(): readonly Warning[] {
    return this.out.findings;
  }

  get facts(): FactTable {
    return this.out.facts;
  }

  /** Polarity learned from a `Polaritas` column, by indicator key, for the same indicator elsewhere. */
  get polaritas(): Map<string, Polaritas> {
    return this.out.polaritas;
  }

  /** This context under other settings (an E.81 rates on its own scale): what the view collects lands here. */
  withSettings(settings: Settings): DeriveContext {
    return new DeriveContext(settings, this.reportYear, this.out);
  }

  /** Whether derived cells are written as formulas (`rumus`): only then is a formula built. */
  get formulas(): boolean {
    return this.settings.modeTulis === 'rumus';
  }

  add(derivation: Derivation): void {
    const { sheet, row, col, kind, value, format, mismatch } = derivation;
    // A sum or ratio of numbers near the largest double can overflow: such a value is neither
    // written (no writer can store ±Infinity) nor compared.
    if (typeof value === 'number' && !Number.isFinite(value)) return;
    // One shape for every derived cell, without its basis (read here, for a disagreement, and
    // never again) and with a formula only in the `rumus` mode: a large workbook's analysis is
    // kept whole until it is written.
    const derived: Derived = { sheet, row, col, kind, value, format, mismatch, expr: this.formulas ? derivation.expr : undefined };
    this.out.cells.push(derived);
    const cells = this.out.grids.get(sheet);
    const mismatchWarning = cells && statedMismatch(cells, derived, derivation.basis, this.settings.toleransi);
    if (mismatchWarning) this.out.mismatches.push(mismatchWarning);
  }

  warn(
    code: WarningCode,
    sheet: string,
    row: number,
    col: number,
    message: string,
    values: { expected?: number | string; actual?: number | string } = {},
  ): void {
    this.out.findings.push({ code, severity: SEVERITY_OF[code], sheet, cell: toA1(row, col), message, ...values });
  }

  fact(fact: Fact): void {
    if (fact.key !== '' && Number.isFinite(fact.value)) this.out.facts.add(fact);
  }
}
