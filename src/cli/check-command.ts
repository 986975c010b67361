import { basename } from 'path';
import type { Messages } from '../engine/i18n/messages';
import { analyzeWorkbook } from '../engine/pipeline';
import { buildCheckReport, type CheckReport } from '../engine/report/check-report';
import { loadWorkbook } from './load-workbook';
import { resolveSettings } from './resolve-settings';
import type { Output } from './output';

function printReadable(report: CheckReport, messages: Messages, out: Output): void {
  out.stdout(messages.cli.fileHeader(basename(report.file), report.year ?? undefined, report.tables.length));
  if (report.tables.length === 0) out.stdout(messages.cli.noTables);
  for (const t of report.tables) {
    out.stdout(messages.cli.tableLine(`${t.sheet}!${t.range}`, messages.kindLabel[t.kind], t.title ?? '', t.rows));
  }
  out.stdout(messages.cli.severityCounts(report.summary.errors, report.summary.warnings, report.summary.infos));
  for (const w of report.warnings) {
    if (w.severity !== 'info') out.stdout(messages.cli.warningLine(w.severity, w.code, `${w.sheet}!${w.cell}`, w.message));
  }
}

/** `lkjip check FILE… [--json]`: exit 0 clean, 1 any error, 2 any unreadable file (others still checked). */
export async function checkCommand(
  files: readonly string[],
  json: boolean,
  settingsFile: string | undefined,
  messages: Messages,
  out: Output,
): Promise<number> {
  let exit = 0;
  for (const file of files) {
    const loaded = await loadWorkbook(file, messages.cli.fileNotFound);
    if (!loaded.ok) {
      out.stderr(messages.cli.cannotRead(file, loaded.reason));
      if (json) out.stdout(JSON.stringify({ file, error: loaded.reason }));
      exit = 2;
      continue;
    }
    const settings = await resolveSettings(loaded.workbook, settingsFile);
    if (!settings.ok) {
      out.stderr(messages.cli.cannotRead(file, [messages.cli.settingsErrors, ...settings.errors].join(' ')));
      exit = 2;
      continue;
    }
    const report = buildCheckReport(file, analyzeWorkbook(loaded.workbook, settings.settings));
    if (json) out.stdout(JSON.stringify(report));
    else printReadable(report, messages, out);
    if (report.summary.errors > 0 && exit === 0) exit = 1;
  }
  return exit;
}
