import { patchXlsx } from '../adapters/xlsx/patch-xlsx';
import { readXlsx } from '../adapters/xlsx/read-xlsx';
import type { Warning } from '../engine/check/codes';
import { E81_SHEET, planE81 } from '../engine/e81/build-e81';
import { readTextRows } from '../engine/e81/text-rows';
import { e81Cli } from '../engine/i18n/e81-messages';
import type { Messages } from '../engine/i18n/messages';
import { analyzeWorkbook } from '../engine/pipeline';
import { applyPlanToModel } from '../engine/plan/apply-to-model';
import type { Output } from './output';
import { readInputForWrite } from './read-input';
import { resolveSettings } from './resolve-settings';
import { writeAtomically } from './write-output';

function counts(warnings: readonly Warning[]): { errors: number; warnings: number } {
  return {
    errors: warnings.filter((w) => w.severity === 'error').length,
    warnings: warnings.filter((w) => w.severity === 'warning').length,
  };
}

/**
 * `lkjip e81 FILE -o OUT [--settings F]`: OUT is FILE with the `E.81` sheet added or regenerated
 * (the user's four text rows kept), never FILE itself. Prints the check of the E.81 that was there,
 * what could not be filled, and what the new sheet still shows wrong in its inputs.
 * Exit 0 written and clean, 1 written but the inputs disagree, 2 nothing written.
 */
export async function e81Command(
  file: string | undefined,
  output: string | undefined,
  messages: Messages,
  out: Output,
  settingsFile?: string,
): Promise<number> {
  if (!file || !output) {
    out.stderr(e81Cli.usage);
    return 2;
  }
  const bytes = readInputForWrite(file, output, messages, out);
  if (!bytes) return 2;
  try {
    const workbook = readXlsx(bytes);
    const settings = await resolveSettings(workbook, settingsFile);
    if (!settings.ok) {
      out.stderr(messages.cli.cannotRead(file, [messages.cli.settingsErrors, ...settings.errors].join(' ')));
      return 2;
    }
    const analysis = analyzeWorkbook(workbook, settings.settings);
    const existing = workbook.sheets.find((s) => s.name === E81_SHEET);
    if (existing) {
      const before = counts(analysis.warnings.filter((w) => w.sheet === E81_SHEET));
      out.stdout(e81Cli.existingChecked(before.errors, before.warnings));
    }
    const { plan, missing } = planE81(workbook, analysis, settings.settings);
    if (plan.sheets.length === 0) {
      for (const sentence of missing) out.stderr(sentence);
      out.stderr(e81Cli.notWritten);
      return 2;
    }
    try {
      writeAtomically(output, patchXlsx(bytes, plan));
    } catch (err) {
      out.stderr(e81Cli.cannotWrite(output, err instanceof Error ? err.message : String(err)));
      return 2;
    }
    const after = analyzeWorkbook(applyPlanToModel(workbook, plan), settings.settings);
    const rows = after.tables.filter((t) => t.sheet === E81_SHEET).reduce((n, t) => n + t.rows.filter((r) => r.kind.role === 'data').length, 0);
    const kept = Object.keys(readTextRows(existing)).length;
    out.stdout(e81Cli.done(output, E81_SHEET, rows, kept));
    if (missing.length > 0) {
      out.stdout(e81Cli.missingHeader);
      for (const sentence of missing) out.stdout(e81Cli.missingLine(sentence));
    }
    const remaining = after.warnings.filter((w) => w.sheet === E81_SHEET && w.severity !== 'info');
    for (const w of remaining) out.stdout(messages.cli.warningLine(w.severity, w.code, `${w.sheet}!${w.cell}`, w.message));
    return counts(remaining).errors > 0 ? 1 : 0;
  } catch (err) {
    out.stderr(messages.cli.cannotRead(file, err instanceof Error ? err.message : String(err)));
    return 2;
  }
}
