import type { ExcelContext } from './excel-surface';
import { officeText } from '../../engine/i18n/office-messages';
import { OfficeAdapterError } from './office-adapter-error';
import { isPayloadLimitError } from './payload';

/**
 * One thing to load: what it queues before a `sync`, what it reads after, and how to cut it when
 * Excel says the response is too large.
 */
export interface LoadJob {
  /** Estimated response bytes, to pack jobs into syncs under the budget. */
  readonly bytes: number;
  /** Queues the loads; returns what to run once the `sync` has answered. */
  queue(context: ExcelContext): () => void;
  /** Two smaller jobs doing the same, or undefined when this one cannot be cut. */
  split(): readonly LoadJob[] | undefined;
}

/** Jobs in order, grouped so each group's estimate stays under the budget. */
function pack(jobs: readonly LoadJob[], budgetBytes: number): LoadJob[][] {
  const groups: LoadJob[][] = [];
  let current: LoadJob[] = [];
  let bytes = 0;
  for (const job of jobs) {
    if (current.length > 0 && bytes + job.bytes > budgetBytes) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(job);
    bytes += job.bytes;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** A job over the budget on its own, cut until its pieces fit (or cannot be cut further). */
function fitted(job: LoadJob, budgetBytes: number): LoadJob[] {
  if (job.bytes <= budgetBytes) return [job];
  const parts = job.split();
  return parts ? parts.flatMap((p) => fitted(p, budgetBytes)) : [job];
}

/**
 * Runs every job with as few `sync` calls as the budget allows: all jobs of a group are queued
 * before one `sync` (the split-loop pattern), so the count grows with the bytes read, never with
 * the number of sheets or blocks. When Excel still refuses a response as too large, the group is
 * halved (or its single job cut) and tried again.
 */
export async function runLoadJobs(context: ExcelContext, jobs: readonly LoadJob[], budgetBytes: number): Promise<void> {
  const pending = pack(jobs.flatMap((j) => fitted(j, budgetBytes)), budgetBytes);
  while (pending.length > 0) {
    const group = pending.shift()!;
    const finishers = group.map((job) => job.queue(context));
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadLimitError(error)) throw error;
      pending.unshift(...smaller(group));
      continue;
    }
    for (const finish of finishers) finish();
  }
}

function smaller(group: LoadJob[]): LoadJob[][] {
  if (group.length > 1) {
    const mid = Math.ceil(group.length / 2);
    return [group.slice(0, mid), group.slice(mid)];
  }
  const parts = group[0]!.split();
  if (!parts) throw new OfficeAdapterError('tooLargeForExcel', officeText.errors.tooLargeForExcel);
  return parts.map((p) => [p]);
}
