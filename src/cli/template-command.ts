import { writeFile } from 'fs/promises';
import { blankXlsx } from '../adapters/xlsx/blank-package';
import { patchXlsx } from '../adapters/xlsx/patch-xlsx';
import type { Messages } from '../engine/i18n/messages';
import { templateId } from '../engine/i18n/template-messages';
import { templatePlan } from '../engine/template/template-plan';
import type { Output } from './output';

/** The new template file's bytes: the plan patched into a blank workbook whose one sheet the first generated sheet replaces. */
export function templateBytes(today: Date = new Date()): { bytes: Uint8Array; sheets: string[] } {
  const plan = templatePlan({ today });
  const first = plan.sheets[0];
  if (!first) throw new Error('template plan has no sheets');
  return { bytes: patchXlsx(blankXlsx(first.name), plan), sheets: plan.sheets.map((s) => s.name) };
}

function errorCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
}

/**
 * `lkjip template -o OUT`: writes the standard workbook (SPEC §2) to a new .xlsx. Never replaces
 * an existing file, which could be someone's filled-in report. Exit 0 written, 2 otherwise.
 */
export async function templateCommand(output: string | undefined, messages: Messages, out: Output): Promise<number> {
  const text = templateId.cli;
  if (output === undefined || output === '') {
    out.stderr(text.missingOutput);
    out.stderr(messages.cli.usage);
    return 2;
  }
  if (!/\.xlsx$/i.test(output)) {
    out.stderr(text.notXlsx(output));
    return 2;
  }
  const { bytes, sheets } = templateBytes();
  try {
    // `wx`: fail when the file exists, atomically (no check-then-write race).
    await writeFile(output, bytes, { flag: 'wx' });
  } catch (err) {
    if (errorCode(err) === 'EEXIST') out.stderr(text.exists(output));
    else out.stderr(text.cannotWrite(output, err instanceof Error ? err.message : String(err)));
    return 2;
  }
  out.stdout(text.done(output, sheets));
  return 0;
}
