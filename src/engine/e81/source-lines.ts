import { isContinuation } from '../derive/rows';
import { numberOf, TableAccess } from '../derive/table-access';
import type { HierarchyLevel, Table, TableColumn } from '../recognize/types';
import type { ParsedValue } from '../values/types';
import type { Sheet } from '../workbook/types';
import { e81Columns, type E81Columns } from './e81-columns';
import { normalizeKode, splitKode } from './keys';
import type { Quarters } from './triwulan-rules';

/** One indicator row of a table that can feed Formulir E.81, read by column role. */
export interface SourceLine {
  readonly sheet: string;
  readonly row: number;
  /** The first row of its program / kegiatan: it carries the name and the rupiah. */
  readonly first: boolean;
  readonly level?: HierarchyLevel;
  readonly kode?: string;
  readonly uraian: string;
  readonly sasaran?: string;
  readonly indikator: string;
  readonly satuan?: string;
  readonly polaritas?: string;
  readonly targetAkhirK?: ParsedValue;
  readonly targetAkhirRp?: number;
  readonly laluK?: number;
  readonly laluRp?: number;
  readonly targetK?: ParsedValue;
  readonly pagu?: number;
  readonly triwulanK: Quarters;
  readonly triwulanRp: Quarters;
  readonly realisasiK?: number;
  readonly realisasiRp?: number;
  readonly unitPd?: string;
  readonly keterangan?: string;
}

/** Levels that belong on an E.81: SIPD's organisasi and kode rekening rows do not. */
const E81_LEVELS: ReadonlySet<HierarchyLevel | undefined> = new Set([undefined, 'urusan', 'bidang', 'program', 'kegiatan', 'sub_kegiatan']);

function present(value: ParsedValue): ParsedValue | undefined {
  return value.kind === 'missing' ? undefined : value;
}

function optionalText(t: TableAccess, row: number, column: TableColumn | undefined): string | undefined {
  const text = t.text(row, column);
  return text === '' ? undefined : text;
}

function kodeOf(t: TableAccess, row: number, cols: E81Columns, uraian: string): string | undefined {
  const fromColumns = cols.kode.map((c) => t.text(row, c)).filter((k) => /\d/.test(k));
  if (fromColumns.length > 0) return normalizeKode(fromColumns[fromColumns.length - 1]!);
  return splitKode(uraian).kode;
}

/**
 * The indicator rows of a recognized table, in order, with every E.81 quantity it has. A row
 * whose name is merged from the row above (a second indicator of the same item) takes the
 * item's name and kode and carries no rupiah of its own.
 */
export function sourceLines(table: Table, sheet: Sheet): SourceLine[] {
  const t = new TableAccess(table, sheet);
  const cols = e81Columns(table);
  const out: SourceLine[] = [];
  let item: { uraian: string; kode?: string; level?: HierarchyLevel; sasaran?: string } | undefined;
  for (const r of t.dataRows()) {
    if (r.kind.role !== 'data' || !E81_LEVELS.has(r.kind.level)) {
      item = undefined;
      continue;
    }
    const continuation = item !== undefined && isContinuation(t, r);
    if (!continuation) {
      const uraian = t.text(r.row, cols.uraian);
      const kode = kodeOf(t, r.row, cols, uraian);
      item = { uraian, ...(kode ? { kode } : {}), ...(r.kind.level ? { level: r.kind.level } : {}), ...(optionalText(t, r.row, cols.sasaran) ? { sasaran: t.text(r.row, cols.sasaran) } : {}) };
    }
    const current = item!;
    const read = (c: TableColumn | undefined): number | undefined => numberOf(t.read(r.row, c));
    const money = (c: TableColumn | undefined): number | undefined => (continuation ? undefined : read(c));
    const line: SourceLine = {
      sheet: table.sheet,
      row: r.row,
      first: !continuation,
      ...(current.level ? { level: current.level } : {}),
      ...(current.kode ? { kode: current.kode } : {}),
      uraian: current.uraian,
      ...(current.sasaran && !continuation ? { sasaran: current.sasaran } : {}),
      indikator: t.text(r.row, cols.indikator),
      ...optional('satuan', optionalText(t, r.row, cols.satuan)),
      ...optional('polaritas', optionalText(t, r.row, cols.polaritas)),
      ...optional('targetAkhirK', present(t.read(r.row, cols.targetAkhirK))),
      ...optional('targetAkhirRp', money(cols.targetAkhirRp)),
      ...optional('laluK', read(cols.laluK)),
      ...optional('laluRp', money(cols.laluRp)),
      ...optional('targetK', present(t.read(r.row, cols.targetK))),
      ...optional('pagu', money(cols.pagu)),
      triwulanK: cols.triwulanK.map(read),
      triwulanRp: cols.triwulanRp.map(money),
      ...optional('realisasiK', read(cols.realisasiK)),
      ...optional('realisasiRp', money(cols.realisasiRp)),
      ...optional('unitPd', optionalText(t, r.row, cols.unitPd)),
      ...optional('keterangan', optionalText(t, r.row, cols.keterangan)),
    };
    out.push(line);
  }
  return out;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
