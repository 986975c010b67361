import { toA1 } from '../../../engine/workbook/a1';
import { shiftableFormula, type ShiftableFormula } from '../formula/shift-formula';
import { badCellError } from '../read-errors';

interface Master {
  readonly row: number;
  readonly col: number;
  readonly formula: ShiftableFormula;
}

export interface ResolvedFormula {
  readonly row: number;
  readonly col: number;
  readonly formula: string;
}

/**
 * The shared formulas of one sheet (`<f t="shared" si="…">`): the first cell of a group holds
 * the formula, the others take it moved to their own place.
 */
export class SharedFormulas {
  private readonly masters = new Map<string, Master>();
  private readonly pending: { readonly row: number; readonly col: number; readonly si: string }[] = [];

  /**
   * The formula of a cell of group `si`; `text` is the cell's own formula text, if any (the
   * group's master has it). Undefined when the master comes later in the part: see `resolvePending`.
   */
  formulaOf(si: string, text: string | undefined, row: number, col: number): string | undefined {
    if (text !== undefined) {
      if (!this.masters.has(si)) this.masters.set(si, { row, col, formula: shiftableFormula(text) });
      return text;
    }
    const master = this.masters.get(si);
    if (master) return master.formula.shifted(row - master.row, col - master.col);
    this.pending.push({ row, col, si });
    return undefined;
  }

  /** The formulas of cells whose master came after them (unusual, but legal); a master that never came is an error. */
  resolvePending(part: string): ResolvedFormula[] {
    return this.pending.map((p) => {
      const master = this.masters.get(p.si);
      if (!master) throw badCellError(part, toA1(p.row, p.col), 'reasonNoSharedMaster', { si: p.si });
      return { row: p.row, col: p.col, formula: master.formula.shifted(p.row - master.row, p.col - master.col) };
    });
  }
}
