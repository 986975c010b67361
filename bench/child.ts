import { execFile } from 'child_process';
import { join } from 'path';
import { DIST_BENCH } from './paths';

/** A child that failed or ran past its time limit. */
export class ChildFailed extends Error {
  constructor(
    message: string,
    readonly timedOut: boolean,
  ) {
    super(message);
  }
}

/**
 * Runs `dist/bench/children/<script>.js args…` in a fresh Node with `--expose-gc` and parses the
 * JSON line it prints. One process per measurement: no JIT warm-up, no heap left over from the
 * previous file, the same cold start a user of the CLI gets.
 */
export function runChild<T>(script: string, args: readonly string[], timeoutSeconds: number): Promise<T> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--expose-gc', join(DIST_BENCH, 'children', `${script}.js`), ...args],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: timeoutSeconds * 1000, killSignal: 'SIGKILL' },
      (err, stdout, stderr) => {
        if (err) {
          const why = err.killed ? `stopped after ${timeoutSeconds} s` : stderr || err.message;
          reject(new ChildFailed(`${script} ${args.join(' ')}: ${why}`, err.killed === true));
          return;
        }
        const last = stdout.trim().split('\n').pop() ?? '';
        try {
          resolve(JSON.parse(last) as T);
        } catch {
          reject(new ChildFailed(`${script} printed no JSON: ${stdout.slice(0, 500)}`, false));
        }
      },
    );
  });
}
