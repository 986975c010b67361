import { patchXlsx } from '../adapters/xlsx/patch-xlsx';
import { readXlsx } from '../adapters/xlsx/read-xlsx';
import type { Messages } from '../engine/i18n/messages';
import { analyzeWorkbook } from '../engine/pipeline';
import { planRecalc } from '../engine/plan/plan-recalc';
import type { Warning } from '../engine/check/codes';
import type { WritePlan } from '../engine/plan/types';
import type { Settings } from '../engine/settings/types';
import { settingsSheet } from '../engine/settings/workbook-settings';
import type { Output } from './output';
import { readInputForWrite } from './read-input';
import { resolveSettings } from './resolve-settings';
import { writeAtomically } from './write-output';

/**
 * `lkjip recalc FILE -o OUT [--settings F]`: every derived cell written, highlights and the
 * `Peringatan LKjIP` sheet; with `--settings` the settings are saved into OUT too.
 * Exit 0 written and clean, 1 written but errors remain in the inputs, 2 nothing written.
 */
export async function recalcCommand(
  file: string | undefined,
  output: string | undefined,
  settingsFile: string | undefined,
  messages: Messages,
  out: Output,
  mode?: string,
): Promise<number> {
  if (!file || !output || (mode !== undefined && mode !== 'nilai' && mode !== 'rumus')) {
    out.stderr(messages.cli.recalcUsage);
    return 2;
  }
  const bytes = readInputForWrite(file, output, messages, out);
  if (!bytes) return 2;
  try {
    const planned = await planFromFile(bytes, settingsFile, mode);
    if (!planned.ok) {
      for (const e of planned.errors) out.stderr(e);
      return 2;
    }
    const { plan, warnings: remaining, corrected } = planned;
    writeAtomically(output, patchXlsx(bytes, plan));
    const written = plan.cells.filter((c) => c.content).length;
    const errors = remaining.filter((w) => w.severity === 'error').length;
    const warnings = remaining.filter((w) => w.severity === 'warning').length;
    out.stdout(messages.cli.recalcDone(output, written, corrected, errors, warnings));
    for (const w of remaining) {
      if (w.severity !== 'info') out.stdout(messages.cli.warningLine(w.severity, w.code, `${w.sheet}!${w.cell}`, w.message));
    }
    return errors > 0 ? 1 : 0;
  } catch (err) {
    out.stderr(messages.cli.cannotRead(file, err instanceof Error ? err.message : String(err)));
    return 2;
  }
}

type Planned = { ok: true; plan: WritePlan; warnings: readonly Warning[]; corrected: number } | { ok: false; errors: readonly string[] };

/**
 * The plan for a file, and what stays to fix. Only these leave: the workbook model and its
 * analysis are garbage before the patch of a large file begins, which takes memory of its own.
 */
async function planFromFile(bytes: Uint8Array, settingsFile: string | undefined, mode: string | undefined): Promise<Planned> {
  const workbook = readXlsx(bytes);
  const settings = await resolveSettings(workbook, settingsFile);
  if (!settings.ok) return { ok: false, errors: settings.errors };
  const effective: Settings = mode === 'nilai' || mode === 'rumus' ? { ...settings.settings, modeTulis: mode } : settings.settings;
  const { plan, after, corrected } = planRecalc(workbook, analyzeWorkbook(workbook, effective), effective);
  const withSettings = settings.from === 'file' ? { ...plan, sheets: [...plan.sheets, settingsSheet(settings.settings)] } : plan;
  return { ok: true, plan: withSettings, warnings: after.warnings, corrected };
}
