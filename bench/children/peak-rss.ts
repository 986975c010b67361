import { startStageSampler } from '../memory-sampler';
import { MB } from './child-io';

/**
 * Runs `work` under the same RSS sampler as the stages child (so that its small CPU cost weighs
 * on every measurement alike) and returns the peak RSS the work added over the RSS just before.
 */
export async function withPeakRss<T>(work: () => Promise<T>): Promise<{ value: T; peakRssDeltaMb: number }> {
  const sampler = startStageSampler(2);
  await sampler.ready;
  const before = process.memoryUsage.rss();
  sampler.enter(1);
  const value = await work();
  const peaks = await sampler.stop();
  return { value, peakRssDeltaMb: Math.max(0, peaks[1]! - before) / MB };
}
