import { e81Missing } from '../i18n/e81-messages';
import type { SourceLine } from './source-lines';

export type MissingField = keyof typeof e81Missing.what;

const EXAMPLES = 3;

/** Counts, per E.81 column, the rows no source could fill, with a few names to show the user. */
export class MissingTally {
  private readonly counts = new Map<MissingField, { count: number; applicable: number; examples: string[] }>();

  note(field: MissingField, value: unknown, line: SourceLine): void {
    const entry = this.counts.get(field) ?? { count: 0, applicable: 0, examples: [] };
    entry.applicable += 1;
    if (value === undefined) {
      entry.count += 1;
      const name = line.indikator || line.uraian;
      if (entry.examples.length < EXAMPLES && name && !entry.examples.includes(name)) entry.examples.push(name);
    }
    this.counts.set(field, entry);
  }

  /** Rows without the field, out of the rows that could have it. */
  missing(field: MissingField): { readonly count: number; readonly applicable: number } {
    const entry = this.counts.get(field);
    return { count: entry?.count ?? 0, applicable: entry?.applicable ?? 0 };
  }

  /** One Indonesian sentence per column with empty cells, leaving out the columns in `coveredBy` (said already). */
  sentences(coveredBy: ReadonlySet<MissingField>): string[] {
    const out: string[] = [];
    for (const [field, entry] of this.counts) {
      if (entry.count === 0 || coveredBy.has(field)) continue;
      out.push(e81Missing.rowsWithout(e81Missing.what[field], entry.count, entry.examples));
    }
    return out;
  }
}
