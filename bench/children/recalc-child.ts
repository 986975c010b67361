/**
 * `lkjip recalc FILE -o OUT` end to end (read the file, analyze, plan, patch, write OUT) through the
 * CLI's own `main`, in a fresh process:
 *   node --expose-gc dist/bench/children/recalc-child.js FILE OUT
 */
import { main } from '../../src/cli/main';
import type { ReadRun } from '../stage-types';
import { collectGarbage, printResult, timedAsync } from './child-io';
import { withPeakRss } from './peak-rss';

async function run(file: string, out: string): Promise<void> {
  collectGarbage();
  const errors: string[] = [];
  const { value: timed, peakRssDeltaMb } = await withPeakRss(() =>
    timedAsync(() => main(['recalc', file, '-o', out], { stdout: () => undefined, stderr: (l) => errors.push(l) })),
  );
  const { value: code, wallMs, cpuMs } = timed;
  if (code === 2) throw new Error(`lkjip recalc failed on ${file}: ${errors.join(' ')}`);
  const result: ReadRun = { wallMs, cpuMs, peakRssDeltaMb };
  printResult(result);
}

void run(process.argv[2]!, process.argv[3]!);
