/** The public warning codes of SPEC §7: a stable contract, never renamed. */
export const SEVERITY_OF = {
  CAPAIAN_MISMATCH: 'error',
  KEMAJUAN_MISMATCH: 'error',
  SERAPAN_MISMATCH: 'error',
  EFISIENSI_MISMATCH: 'error',
  SHARE_MISMATCH: 'error',
  KETERSEDIAAN_MISMATCH: 'error',
  TOTAL_MISMATCH: 'error',
  AVERAGE_MISMATCH: 'error',
  CHILD_SUM_MISMATCH: 'error',
  TRIWULAN_SUM_MISMATCH: 'error',
  SUMMARY_COUNT_MISMATCH: 'error',
  CROSS_TABLE_MISMATCH: 'error',
  PREDIKAT_MISMATCH: 'warning',
  OVER_BUDGET: 'warning',
  PERCENT_OVER_100: 'warning',
  CAPAIAN_OUTLIER: 'warning',
  UNIT_MISMATCH: 'warning',
  YEAR_MISMATCH: 'warning',
  FORMULA_DIFFERS: 'warning',
  MISSING_VALUE: 'info',
  UNPARSEABLE_VALUE: 'warning',
  AMBIGUOUS_NUMBER: 'info',
  UNRECOGNIZED_TABLE: 'info',
} as const;

export type WarningCode = keyof typeof SEVERITY_OF;
export type Severity = 'error' | 'warning' | 'info';

export interface Warning {
  readonly code: WarningCode;
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 address of the offending cell. */
  readonly cell: string;
  /** Indonesian, names both numbers and the place. */
  readonly message: string;
  readonly expected?: number | string;
  readonly actual?: number | string;
}
