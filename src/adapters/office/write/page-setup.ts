import type { ExcelContext } from '../excel-surface';
import type { WriteBatch } from './write-batch';

/** The marker queued between the write and the print setup. */
export const WRITE_DONE = 'lkjip:write-done';

/**
 * Print settings are cosmetic and the part of the API most likely to be refused by one host or
 * another. They are queued last in the write's final sync, after a `trace` marker: when that sync
 * fails and its error lists the marker, everything before it was done and only the print setup
 * was refused, which is reported, not failed. Marker and setups go in one `add`, so in one sync.
 */
export async function queuePageSetups(context: ExcelContext, batch: WriteBatch, setups: readonly { readonly sheet: string; readonly apply: () => void }[]): Promise<void> {
  if (setups.length === 0) return;
  await batch.add(64 * setups.length, () => {
    context.trace(WRITE_DONE);
    for (const s of setups) s.apply();
  });
}

/** Whether a failed sync got past the marker: the write is complete, the print setup was refused. */
export function failedAfterWrite(error: unknown): boolean {
  const traces = (error as { traceMessages?: unknown } | null)?.traceMessages;
  return Array.isArray(traces) && traces.includes(WRITE_DONE);
}
