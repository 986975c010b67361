import { existsSync } from 'fs';
import { batchMessages } from '../engine/i18n/batch-messages';
import type { Messages } from '../engine/i18n/messages';
import { batchCheck, checkWorkerScript } from './batch-check';
import { checkFile, type FileCheckOutcome } from './check-file';
import { expandInputs } from './expand-inputs';
import type { Output } from './output';

/** More files than this (or any folder) are checked on worker threads, one per core. */
export const BATCH_THRESHOLD = 8;

export interface CheckOptions {
  /** Worker threads in batch mode; default one per core. */
  readonly workers?: number;
}

function print(outcome: FileCheckOutcome, out: Output): void {
  for (const line of outcome.stderr) out.stderr(line);
  for (const line of outcome.stdout) out.stdout(line);
}

/**
 * `lkjip check FILE|FOLDER… [--json]`: exit 0 clean, 1 any error, 2 any unreadable file (others
 * still checked). A folder stands for the workbooks in it. Output is per file in input order,
 * the same whether the files are checked here or on worker threads.
 */
export async function checkCommand(
  inputs: readonly string[],
  json: boolean,
  settingsFile: string | undefined,
  messages: Messages,
  out: Output,
  options: CheckOptions = {},
): Promise<number> {
  const { files, hadFolder, badFolders } = await expandInputs(inputs);
  let exit = 0;
  for (const bad of badFolders) {
    out.stderr(bad.empty ? batchMessages.emptyFolder(bad.folder) : batchMessages.unreadableFolder(bad.folder));
    exit = 2;
  }
  const take = (outcome: FileCheckOutcome): void => {
    print(outcome, out);
    exit = Math.max(exit, outcome.exit);
  };
  // Without the compiled worker (running from sources), the files are checked here, one by one.
  if ((hadFolder || files.length > BATCH_THRESHOLD) && existsSync(checkWorkerScript())) {
    await batchCheck(files, { json, settingsFile, ...(options.workers ? { workers: options.workers } : {}) }, take);
  } else {
    for (const file of files) take(await checkFile(file, json, settingsFile, messages));
  }
  return exit;
}
