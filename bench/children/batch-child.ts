/**
 * `lkjip check FOLDER` (batch mode, worker threads) through the CLI's own check command:
 *   node --expose-gc dist/bench/children/batch-child.js FOLDER WORKERS
 */
import { checkCommand } from '../../src/cli/check-command';
import { id } from '../../src/engine/i18n/messages';
import type { BatchRun } from '../stage-types';
import { printResult, timedAsync } from './child-io';

async function main(folder: string, workers: number): Promise<void> {
  let files = 0;
  let unreadable = 0;
  const { value: exit, wallMs, cpuMs } = await timedAsync(() =>
    checkCommand([folder], true, undefined, id, { stdout: () => files++, stderr: () => unreadable++ }, { workers }),
  );
  if (exit === 2 || unreadable > 0) throw new Error(`check of ${folder} could not read ${unreadable} files`);
  printResult({ files, workers, wallMs, cpuMs, filesPerSecond: files / (wallMs / 1000) } satisfies BatchRun);
}

void main(process.argv[2]!, Number(process.argv[3]));
