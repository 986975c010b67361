import { execFileSync } from 'child_process';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../../..');

/**
 * Runs a CommonJS snippet in a plain Node process at the repository root and returns its
 * stdout. office-addin-manifest and office-addin-mock load ESM-only dependencies (uuid 14,
 * strip-bom 5) that Node 20 can `require` but Jest's CommonJS runtime cannot.
 */
export function nodeEval(script: string): string {
  return execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
}
