import { basename } from 'path';
import type { Messages } from '../engine/i18n/messages';
import { analyzeWorkbook } from '../engine/pipeline';
import { buildCheckReport, type CheckReport } from '../engine/report/check-report';
import { loadWorkbook } from './load-workbook';
import { resolveSettings } from './resolve-settings';

/** What checking one file prints, and its exit code: 0 clean, 1 any `error`, 2 unreadable. */
export interface FileCheckOutcome {
  readonly stdout: readonly string[];
  readonly stderr: readonly string[];
  readonly exit: 0 | 1 | 2;
}

function readableLines(report: CheckReport, messages: Messages): string[] {
  const lines = [messages.cli.fileHeader(basename(report.file), report.year ?? undefined, report.tables.length)];
  if (report.tables.length === 0) lines.push(messages.cli.noTables);
  for (const t of report.tables) {
    lines.push(messages.cli.tableLine(`${t.sheet}!${t.range}`, messages.kindLabel[t.kind], t.title ?? '', t.rows));
  }
  lines.push(messages.cli.severityCounts(report.summary.errors, report.summary.warnings, report.summary.infos));
  for (const w of report.warnings) {
    if (w.severity !== 'info') lines.push(messages.cli.warningLine(w.severity, w.code, `${w.sheet}!${w.cell}`, w.message));
  }
  return lines;
}

/** `lkjip check` of one file, as lines to print: the same in one process and in a worker thread. */
export async function checkFile(file: string, json: boolean, settingsFile: string | undefined, messages: Messages): Promise<FileCheckOutcome> {
  const loaded = loadWorkbook(file, messages.cli.fileNotFound);
  if (!loaded.ok) {
    return { stdout: json ? [JSON.stringify({ file, error: loaded.reason })] : [], stderr: [messages.cli.cannotRead(file, loaded.reason)], exit: 2 };
  }
  const settings = await resolveSettings(loaded.workbook, settingsFile);
  if (!settings.ok) {
    return { stdout: [], stderr: [messages.cli.cannotRead(file, [messages.cli.settingsErrors, ...settings.errors].join(' '))], exit: 2 };
  }
  const report = buildCheckReport(file, analyzeWorkbook(loaded.workbook, settings.settings));
  return { stdout: json ? [JSON.stringify(report)] : readableLines(report, messages), stderr: [], exit: report.summary.errors > 0 ? 1 : 0 };
}
