import { readFileSync } from 'fs';

/** What every child prints: one JSON line on stdout, read by `runChild`. */
export function printResult(result: unknown): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  gc();
}

export const MB = 1024 * 1024;

/**
 * CPU time of the calling thread in milliseconds, in 10 ms ticks (Linux's `/proc/thread-self/stat`,
 * USER_HZ 100); null where there is no such file. The process's CPU time also counts V8's own
 * threads: the optimizing compiler and the garbage collector's helpers.
 */
function threadCpuMs(): number | null {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** Wall and CPU time of `fn`, in milliseconds: the whole process's CPU, and the calling thread's alone. */
export function timed<T>(fn: () => T): { value: T; wallMs: number; cpuMs: number; threadCpuMs: number | null } {
  const cpu = process.cpuUsage();
  const thread = threadCpuMs();
  const start = process.hrtime.bigint();
  const value = fn();
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  const threadEnd = threadCpuMs();
  return { value, wallMs, cpuMs: (used.user + used.system) / 1000, threadCpuMs: thread === null || threadEnd === null ? null : threadEnd - thread };
}

export async function timedAsync<T>(fn: () => Promise<T>): Promise<{ value: T; wallMs: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const value = await fn();
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { value, wallMs, cpuMs: (used.user + used.system) / 1000 };
}
