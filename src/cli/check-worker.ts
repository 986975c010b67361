/**
 * A worker thread of `lkjip check` in batch mode: checks the files it is sent, one at a time,
 * and answers with the lines to print. Runs as compiled JavaScript from `dist/`.
 */
import { parentPort, workerData } from 'worker_threads';
import { id } from '../engine/i18n/messages';
import { checkFile } from './check-file';
import type { CheckJob, CheckJobResult, CheckWorkerData } from './check-worker-protocol';

const { json, settingsFile } = workerData as CheckWorkerData;
const port = parentPort!;

port.on('message', (job: CheckJob) => {
  void checkFile(job.file, json, settingsFile, id).then((outcome) => {
    port.postMessage({ index: job.index, outcome } satisfies CheckJobResult);
  });
});
