import { MergeIndex } from '../recognize/merge-index';
import type { ColumnRole, Table, TableColumn, TableRow } from '../recognize/types';
import { parseCellAt } from '../values/parse-cell';
import type { ColumnExpectation, ParsedValue } from '../values/types';
import type { Sheet } from '../workbook/types';

const PERCENT_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  'capaian', 'kemajuan', 'serapan', 'persen_anggaran', 'persen_sisa', 'efisiensi', 'ketersediaan', 'persen',
]);
const MONEY_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['anggaran', 'realisasi_anggaran', 'sisa']);
const COUNT_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['jumlah', 'tersedia', 'kebutuhan']);

/** What the parser should expect in a column of this role. */
export function expectationOf(column: TableColumn): ColumnExpectation {
  if (column.measure === 'Rp') return 'money';
  if (column.measure === '%') return 'percent';
  if (PERCENT_ROLES.has(column.role)) return 'percent';
  if (MONEY_ROLES.has(column.role)) return 'money';
  if (COUNT_ROLES.has(column.role)) return 'count';
  return 'any';
}

/** A recognized table with its sheet, for reading typed cells. */
export class TableAccess {
  private mergeIndex: MergeIndex | undefined;
  private data: TableRow[] | undefined;
  private footers: TableRow[] | undefined;
  private names: TableColumn[] | undefined;

  constructor(
    readonly table: Table,
    readonly sheet: Sheet,
  ) {}

  get name(): string {
    return this.table.sheet;
  }

  column(role: ColumnRole, where: (c: TableColumn) => boolean = () => true): TableColumn | undefined {
    return this.table.columns.find((c) => c.role === role && where(c));
  }

  columns(role: ColumnRole): TableColumn[] {
    return this.table.columns.filter((c) => c.role === role);
  }

  /** The data rows, in order (the same array each time: do not change it). */
  dataRows(): readonly TableRow[] {
    return (this.data ??= this.table.rows.filter((r) => r.kind.role === 'data'));
  }

  footerRows(): readonly TableRow[] {
    return (this.footers ??= this.table.rows.filter((r) => r.kind.role === 'footer'));
  }

  /** The columns that name a row (uraian, program, kode): empty or merged from above on a continuation row. */
  nameColumns(): readonly TableColumn[] {
    return (this.names ??= this.table.columns.filter((c) => c.role === 'uraian' || c.role === 'program' || c.role === 'kode'));
  }

  read(row: number, column: TableColumn | undefined): ParsedValue {
    if (!column) return { kind: 'missing', reason: 'empty' };
    return parseCellAt(this.sheet.cells, row, column.col, expectationOf(column));
  }

  text(row: number, column: TableColumn | undefined): string {
    if (!column) return '';
    const v = this.sheet.cells.value(row, column.col);
    return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
  }

  /** Is this cell inside a merged area without being its top-left (its value belongs to the row above)? */
  isCovered(row: number, col: number): boolean {
    this.mergeIndex ??= new MergeIndex(this.sheet.merges, this.table.range.c2 + 1);
    return this.mergeIndex.isCovered(row, col);
  }
}

/** The number a parsed value stands for, if any. */
export function numberOf(value: ParsedValue): number | undefined {
  switch (value.kind) {
    case 'number':
    case 'percent':
    case 'money':
      return value.value;
    default:
      return undefined;
  }
}
