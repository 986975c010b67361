import { existsSync } from 'fs';
import { cpus } from 'os';
import { join } from 'path';
import { Worker } from 'worker_threads';
import { batchMessages } from '../engine/i18n/batch-messages';
import type { FileCheckOutcome } from './check-file';
import type { CheckJob, CheckJobResult, CheckWorkerData } from './check-worker-protocol';

/**
 * The compiled worker. From `dist/src/cli/` it sits next to this file; when this module runs as
 * TypeScript (tests), the build in `dist/` is used, as `npm test` makes it first.
 */
export function checkWorkerScript(): string {
  return __filename.endsWith('.ts') ? join(__dirname, '..', '..', 'dist', 'src', 'cli', 'check-worker.js') : join(__dirname, 'check-worker.js');
}

export interface BatchOptions extends CheckWorkerData {
  /** Worker threads; default one per core. */
  readonly workers?: number;
}

function failed(reason: string, file: string): FileCheckOutcome {
  return { stdout: [], stderr: [`${file}: ${batchMessages.workerFailed(reason)}`], exit: 2 };
}

/**
 * Checks `files` on a pool of worker threads and hands each outcome to `emit` in input order
 * (a later file that finishes first waits). A worker that dies (out of memory, say) fails only the
 * file it was checking; a fresh worker takes over the rest.
 */
export function batchCheck(files: readonly string[], options: BatchOptions, emit: (outcome: FileCheckOutcome, index: number) => void): Promise<void> {
  const script = checkWorkerScript();
  if (!existsSync(script)) return Promise.reject(new Error(batchMessages.workerMissing(script)));
  const poolSize = Math.max(1, Math.min(options.workers ?? cpus().length, files.length));
  const data: CheckWorkerData = { json: options.json, settingsFile: options.settingsFile };
  const done = new Map<number, FileCheckOutcome>();
  let nextToEmit = 0;
  let nextToSend = 0;

  return new Promise((resolve) => {
    const flush = (): void => {
      while (done.has(nextToEmit)) {
        emit(done.get(nextToEmit)!, nextToEmit);
        done.delete(nextToEmit);
        nextToEmit++;
      }
      if (nextToEmit === files.length) resolve();
    };
    const record = (index: number, outcome: FileCheckOutcome): void => {
      done.set(index, outcome);
      flush();
    };

    const startWorker = (): void => {
      const worker = new Worker(script, { workerData: data });
      let current: number | undefined;
      const sendNext = (): void => {
        if (nextToSend >= files.length) {
          current = undefined;
          void worker.terminate();
          return;
        }
        current = nextToSend++;
        worker.postMessage({ index: current, file: files[current]! } satisfies CheckJob);
      };
      worker.on('message', (result: CheckJobResult) => {
        record(result.index, result.outcome);
        sendNext();
      });
      const lose = (reason: string): void => {
        if (current === undefined) return;
        const lost = current;
        current = undefined;
        record(lost, failed(reason, files[lost]!));
        if (nextToSend < files.length) startWorker();
      };
      worker.on('error', (err) => lose(err.message));
      worker.on('exit', (code) => lose(`exit ${code}`));
      sendNext();
    };

    if (files.length === 0) {
      resolve();
      return;
    }
    for (let i = 0; i < poolSize; i++) startWorker();
  });
}
