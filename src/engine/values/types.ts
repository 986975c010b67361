/** Ordinal grade scales seen in LKjIP tables (SPEC §3). */
export type GradeScale = 'sakip' | 'mutu' | 'kata';

/** Why a value is missing. `uncalculated`: a formula whose file holds no cached result. */
export type MissingReason = 'empty' | 'marker' | 'uncalculated' | 'error';

/** The reading assumption behind a number, reported as AMBIGUOUS_NUMBER (SPEC §3). */
export type Assumption = 'decimal_reading' | 'thousands_reading';

/** A cell's value after the one parser of SPEC §3. Never thrown, always one of these. */
export type ParsedValue =
  | {
      readonly kind: 'number';
      readonly value: number;
      /** Unit typed after the number: `inovasi`, `Orang/Bulan`, `persen`. */
      readonly unit?: string;
      /** Grade typed beside a score: `81 (A)` keeps `A`. */
      readonly grade?: string;
      readonly assumption?: Assumption;
    }
  /** Percentage points: 94.76 means 94,76 %. */
  | { readonly kind: 'percent'; readonly value: number; readonly assumption?: Assumption }
  | { readonly kind: 'money'; readonly value: number; readonly assumption?: Assumption }
  | { readonly kind: 'grade'; readonly grade: string; readonly scale: GradeScale; readonly rank: number }
  | { readonly kind: 'missing'; readonly reason: MissingReason }
  | { readonly kind: 'invalid'; readonly raw: string };

/** What the column around a cell leads us to expect (from its header). */
export type ColumnExpectation = 'percent' | 'score' | 'money' | 'count' | 'any';
