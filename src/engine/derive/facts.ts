/** What a fact is about, and which of its values (CROSS_TABLE_MISMATCH). */
export type FactSubject = 'indikator' | 'program';
export type FactField = 'target' | 'realisasi' | 'pagu' | 'realisasi_anggaran';

/** A value the same indicator or program must have wherever it appears. */
export interface Fact {
  readonly subject: FactSubject;
  readonly key: string;
  readonly name: string;
  readonly field: FactField;
  readonly value: number;
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

const FIELDS: readonly FactField[] = ['target', 'realisasi', 'pagu', 'realisasi_anggaran'];

/**
 * The facts of a workbook, a column per property: a large capaian table records two per row,
 * and an object each was a sixth of the analysis' long-lived objects. Numbers sit unboxed in
 * their arrays; the key and name of a row are the same strings for both of its facts.
 */
export class FactTable {
  private readonly keys: string[] = [];
  private readonly names: string[] = [];
  private readonly sheets: string[] = [];
  /** `subject × 4 + field`: the group whose first fact is the reference of the others. */
  private readonly groups: number[] = [];
  private readonly values: number[] = [];
  private readonly rows: number[] = [];
  private readonly cols: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  add(fact: Fact): void {
    this.keys.push(fact.key);
    this.names.push(fact.name);
    this.sheets.push(fact.sheet);
    this.groups.push((fact.subject === 'program' ? FIELDS.length : 0) + FIELDS.indexOf(fact.field));
    this.values.push(fact.value);
    this.rows.push(fact.row);
    this.cols.push(fact.col);
  }

  /** Facts `i` and `j` must agree when this is the same for both (same subject, field and key). */
  group(i: number): number {
    return this.groups[i]!;
  }

  key(i: number): string {
    return this.keys[i]!;
  }

  value(i: number): number {
    return this.values[i]!;
  }

  sheet(i: number): string {
    return this.sheets[i]!;
  }

  row(i: number): number {
    return this.rows[i]!;
  }

  col(i: number): number {
    return this.cols[i]!;
  }

  fact(i: number): Fact {
    const group = this.groups[i]!;
    return {
      subject: group >= FIELDS.length ? 'program' : 'indikator',
      key: this.keys[i]!,
      name: this.names[i]!,
      field: FIELDS[group % FIELDS.length]!,
      value: this.values[i]!,
      sheet: this.sheets[i]!,
      row: this.rows[i]!,
      col: this.cols[i]!,
    };
  }
}
