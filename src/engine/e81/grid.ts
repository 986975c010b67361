import type { GeneratedCell, GeneratedCellStyle } from '../plan/types';
import type { RangeRef } from '../workbook/types';

/** A sheet being laid out: cells by row and column, merged areas with their borders drawn all round. */
export class Grid {
  readonly rows: (GeneratedCell | null)[][] = [];
  readonly merges: RangeRef[] = [];

  constructor(private readonly width: number) {}

  set(row: number, col: number, cell: GeneratedCell | null): void {
    while (this.rows.length <= row) this.rows.push(Array.from({ length: this.width }, () => null));
    this.rows[row]![col] = cell;
  }

  /** `cell` in the top-left of the area; the covered cells are empty but share the border. */
  merge(r1: number, c1: number, r2: number, c2: number, cell: GeneratedCell): void {
    for (let r = r1; r <= r2; r++) {
      for (let c = c1; c <= c2; c++) {
        this.set(r, c, r === r1 && c === c1 ? cell : cell.style?.border ? { kind: 'empty', style: { border: true } } : null);
      }
    }
    if (r2 > r1 || c2 > c1) this.merges.push({ r1, c1, r2, c2 });
  }

  /** Empty bordered cells wherever the row has nothing yet, from `c1` to `c2`. */
  borderRow(row: number, c1: number, c2: number): void {
    for (let c = c1; c <= c2; c++) if (!this.rows[row]?.[c]) this.set(row, c, { kind: 'empty', style: { border: true } });
  }

  get rowCount(): number {
    return this.rows.length;
  }
}

export function text(value: string, style: GeneratedCellStyle = {}): GeneratedCell {
  return { kind: 'text', value, style };
}

export function number(value: number, numFmt: string, style: GeneratedCellStyle = {}): GeneratedCell {
  return { kind: 'number', value, numFmt, style };
}
