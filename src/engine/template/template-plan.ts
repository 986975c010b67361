import { templateId, type TemplateMessages } from '../i18n/template-messages';
import type { GeneratedSheet, WritePlan } from '../plan/types';
import { DEFAULT_SETTINGS } from '../settings/types';
import { exampleValues } from './example-values';
import { petunjukSheet } from './petunjuk-sheet';
import { tableSheet } from './table-sheet';
import type { TableContext } from './tables/context';
import { renstra } from './tables/renstra';
import { tabel31 } from './tables/tabel-3-1';
import { tabel310 } from './tables/tabel-3-10';
import { tabel311 } from './tables/tabel-3-11';
import { tabel312 } from './tables/tabel-3-12';
import { tabel313 } from './tables/tabel-3-13';
import { tabel32 } from './tables/tabel-3-2';
import { tabel33 } from './tables/tabel-3-3';
import { tabel34 } from './tables/tabel-3-4';
import { tabel35 } from './tables/tabel-3-5';
import { tabel36 } from './tables/tabel-3-6';
import { tabel37 } from './tables/tabel-3-7';
import { tabel38 } from './tables/tabel-3-8';
import { tabel39 } from './tables/tabel-3-9';
import type { TemplateTable } from './template-table';

export interface TemplateOptions {
  /** The report year the titles and year columns name; by default the year before `today`. */
  readonly tahun?: number;
  readonly today?: Date;
  readonly messages?: TemplateMessages;
}

/** In sheet order after `Petunjuk`. */
const TABLES: readonly ((ctx: TableContext) => TemplateTable)[] = [
  tabel31, tabel32, tabel33, tabel34, tabel35, tabel36, tabel37, tabel38, tabel39, tabel310, tabel311, tabel312, tabel313, renstra,
];

/** An LKjIP is written early in the year after the one it reports on. */
export function defaultReportYear(today: Date): number {
  return today.getFullYear() - 1;
}

/** The standard tables as data, before they become sheets. */
export function templateTables(tahun: number, messages: TemplateMessages = templateId): TemplateTable[] {
  const ctx: TableContext = { tahun, text: messages, example: exampleValues(DEFAULT_SETTINGS) };
  return TABLES.map((table) => table(ctx));
}

/**
 * The standard LKjIP workbook of SPEC §2 as a write plan (`lkjip template`, Sisipkan template):
 * `Petunjuk`, `Tabel 3.1` … `Tabel 3.13` and `Renstra`, each with its header, formats, widths,
 * frozen header, landscape print setup and one worked example whose derived cells the engine's own
 * formulas computed (predikat on the default scale). Generated sheets replace sheets of the same
 * name, so a caller inserting into a workbook that has them must ask first.
 */
export function templatePlan(options: TemplateOptions = {}): WritePlan {
  const messages = options.messages ?? templateId;
  const tahun = options.tahun ?? defaultReportYear(options.today ?? new Date());
  const sheets: GeneratedSheet[] = [petunjukSheet(messages), ...templateTables(tahun, messages).map(tableSheet)];
  return { cells: [], sheets };
}
