import { Worker } from 'worker_threads';

/** Often enough for stages of tens of milliseconds; rarely enough to cost the process under 2 % CPU (measured: 3 % at 5 ms). */
const SAMPLE_INTERVAL_MS = 10;

/**
 * The resident set is one figure for the whole process, so a worker thread can watch it while the
 * main thread is busy in synchronous code that no timer of its own could interrupt. The main
 * thread publishes the current stage in shared memory; the worker keeps the highest RSS per stage.
 */
const SAMPLER_SOURCE = `
const INTERVAL_MS = ${SAMPLE_INTERVAL_MS};
const { workerData, parentPort } = require('worker_threads');
const stage = new Int32Array(workerData.stage);
const peaks = new Float64Array(workerData.peaks);
function tick() {
  const s = Atomics.load(stage, 0);
  if (s < 0) return;
  const rss = process.memoryUsage.rss();
  if (rss > peaks[s]) peaks[s] = rss;
  setTimeout(tick, INTERVAL_MS);
}
tick();
parentPort.postMessage('ready');
`;

export interface StageSampler {
  /**
   * Resolves once the worker runs. Starting a worker is a whole Node environment (~40 ms of CPU
   * on another thread): a measurement begun before that counts it as its own.
   */
  readonly ready: Promise<void>;
  /** From now on, RSS samples count for stage `index`. */
  enter(index: number): void;
  /** Stops sampling; the peak RSS of every stage, in bytes. */
  stop(): Promise<number[]>;
}

export function startStageSampler(stages: number): StageSampler {
  const stage = new Int32Array(new SharedArrayBuffer(4));
  const peaks = new Float64Array(new SharedArrayBuffer(8 * stages));
  const worker = new Worker(SAMPLER_SOURCE, { eval: true, workerData: { stage: stage.buffer, peaks: peaks.buffer } });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  const ready = new Promise<void>((resolve) => worker.once('message', () => resolve()));
  // The boundaries are sampled here too: a stage shorter than one tick still gets a figure.
  const sampleHere = (): void => {
    const s = Atomics.load(stage, 0);
    if (s >= 0) peaks[s] = Math.max(peaks[s]!, process.memoryUsage.rss());
  };
  return {
    ready,
    enter(index) {
      sampleHere();
      Atomics.store(stage, 0, index);
      sampleHere();
    },
    async stop() {
      sampleHere();
      Atomics.store(stage, 0, -1);
      await exited;
      return Array.from(peaks);
    },
  };
}
