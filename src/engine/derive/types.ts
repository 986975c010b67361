import type { WarningCode } from '../check/codes';
import type { Expr } from './expr';

/** What a derived cell holds (the `kind` of a result in `check --json`). */
export type ResultKind =
  | 'capaian'
  | 'rata_rata'
  | 'ringkasan'
  | 'kemajuan'
  | 'serapan'
  | 'sisa'
  | 'persen_sisa'
  | 'persen_anggaran'
  | 'efisiensi'
  | 'ketersediaan'
  | 'selisih'
  | 'predikat'
  | 'total'
  | 'realisasi_tahun_berjalan'
  | 'realisasi_kumulatif';

/** How a derived value is shown: percentage points, money, a count, a signed difference, or text. */
export type ValueFormat = 'percent' | 'money' | 'number' | 'signed' | 'text';

/** One derived cell: where it is, what the engine computes for it, and the code of a disagreement. */
export interface Derived {
  readonly sheet: string;
  /** 0-based. */
  readonly row: number;
  readonly col: number;
  readonly kind: ResultKind;
  /** Percentage points for percent kinds, rupiah for money, text for predikat. */
  readonly value: number | string;
  readonly format: ValueFormat;
  readonly mismatch: WarningCode;
  /** The same computation over cells, for the `rumus` write mode; absent where no formula can say it. */
  readonly expr?: Expr;
}

/** A derived cell as a deriver hands it over: with its computation in words. */
export interface Derivation extends Derived {
  /**
   * The computation in words, for messages: `realisasi 18.989.150 ÷ pagu 17.850.000`. Built on
   * demand: only a disagreement needs it, and formatting it for every derived cell of a large
   * workbook cost more than deriving the cell.
   */
  readonly basis: () => string;
}
