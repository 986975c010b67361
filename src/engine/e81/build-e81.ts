import { e81Missing } from '../i18n/e81-messages';
import type { Analysis } from '../pipeline';
import type { WritePlan } from '../plan/types';
import type { Settings } from '../settings/types';
import type { Workbook } from '../workbook/types';
import { chooseSources, E81_SHEET, type ChosenSources } from './choose-sources';
import { buildE81Lines } from './e81-lines';
import { e81GeneratedSheet } from './e81-sheet';
import { MissingTally, type MissingField } from './missing';
import { readTextRows } from './text-rows';

export { E81_SHEET };

export interface E81Plan {
  /** The `E.81` sheet, added or replacing the sheet of that name in place. */
  readonly plan: WritePlan;
  /** Indonesian sentences naming what could not be filled (those cells stay empty). */
  readonly missing: string[];
}

const RENSTRA_FIELDS: readonly MissingField[] = ['targetAkhirK', 'targetAkhirRp', 'laluK', 'laluRp'];
const TRIWULAN_FIELDS: readonly MissingField[] = ['triwulanK', 'triwulanRp'];

function everyRowMissing(tally: MissingTally, fields: readonly MissingField[]): boolean {
  return fields.every((f) => {
    const m = tally.missing(f);
    return m.count === m.applicable;
  });
}

function missingSentences(chosen: ChosenSources, tally: MissingTally, year: number | undefined): string[] {
  const out: string[] = [];
  const covered = new Set<MissingField>();
  if (year === undefined) out.push(e81Missing.noYear);
  if (chosen.renstra.length === 0 && everyRowMissing(tally, RENSTRA_FIELDS)) {
    out.push(e81Missing.noRenstra);
    RENSTRA_FIELDS.forEach((f) => covered.add(f));
  }
  if (!chosen.triwulan) {
    out.push(e81Missing.noTriwulan);
    TRIWULAN_FIELDS.forEach((f) => covered.add(f));
  }
  return [...out, ...tally.sentences(covered)];
}

/**
 * Buat E.81 (SPEC §6): the Renja evaluation sheet built from the workbook's hierarchical budget
 * table, its Renstra and triwulan tables, with columns 13–15, the capaian Renja, the rata-rata
 * and predikat footers computed, and the four text rows of an existing `E.81` sheet kept. What
 * no source has stays empty and is named in `missing`; nothing is invented. Pure: the caller
 * writes the plan.
 */
export function planE81(workbook: Workbook, analysis: Analysis, settings: Settings): E81Plan {
  const year = settings.tahun ?? analysis.year;
  const chosen = chooseSources(workbook, analysis.tables, year);
  if (!chosen) return { plan: { cells: [], sheets: [] }, missing: [e81Missing.noSource] };
  const tally = new MissingTally();
  const lines = buildE81Lines(chosen.sources, settings, tally);
  const sheet = e81GeneratedSheet({
    name: E81_SHEET,
    lines,
    year,
    targetAkhirYear: chosen.targetAkhirYear,
    instansi: settings.instansi,
    textRows: readTextRows(workbook.sheets.find((s) => s.name === E81_SHEET)),
  });
  return { plan: { cells: [], sheets: [sheet] }, missing: missingSentences(chosen, tally, year) };
}
