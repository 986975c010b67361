/** How a column's cells are formatted: the number format a number written there gets. */
export type ColumnFormat =
  /** Names, labels: text. */
  | 'text'
  /** Target, realisasi: whatever people type (text with units or grades, numbers); numbers as given. */
  | 'input'
  /** Counts (indicators, employees, computers): `0`. */
  | 'count'
  /** Rupiah: `#,##0`. */
  | 'money'
  /** Percentage points (100 = target met): `0.00`. */
  | 'percent'
  /** A signed difference: `+0.00;-0.00;0.00`. */
  | 'signed';

export const NUMBER_FORMATS: Readonly<Record<Exclude<ColumnFormat, 'text' | 'input'>, string>> = {
  count: '0',
  money: '#,##0',
  percent: '0.00',
  signed: '+0.00;-0.00;0.00',
};

/** Two decimals for scores and indices typed as numbers (87,50). */
export const SCORE_FORMAT = '0.00';
/** A whole percentage typed as `100%` (Excel stores 1 with this format). */
export const WHOLE_PERCENT_FORMAT = '0%';
/** A percentage with decimals typed as `98,50%`. */
export const PERCENT_FRACTION_FORMAT = '0.00%';

export interface TemplateColumn {
  /** Names the column for the rows below. */
  readonly key: string;
  /**
   * Header labels from the top header row down. Columns with the same leading labels share a
   * merged group cell; a path shorter than the header is merged down to its last row.
   */
  readonly header: readonly string[];
  /** Excel character units. */
  readonly width: number;
  readonly format: ColumnFormat;
}

/** A cell value of a template row: text, a number (formatted by its column), or a number with its own format. */
export type TemplateValue = string | number | { readonly n: number; readonly fmt: string };

/** A row by column key; keys left out are empty cells. */
export type TemplateRow = Readonly<Record<string, TemplateValue | undefined>>;

export interface TemplateFooter {
  readonly label: string;
  /** The key of the last column the label's merged cell covers (from the first column). */
  readonly labelTo: string;
  readonly values: TemplateRow;
}

/** One standard table on a sheet of its own: title, header, example rows, footers, source line. */
export interface TemplateTable {
  readonly sheet: string;
  readonly title: string;
  readonly columns: readonly TemplateColumn[];
  readonly rows: readonly TemplateRow[];
  readonly footers: readonly TemplateFooter[];
  readonly source: string;
}
