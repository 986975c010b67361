import { renameSync, unlinkSync, writeFileSync } from 'fs';
import { basename, dirname, join, resolve } from 'path';

/** The output path is the input itself (SPEC §9: never write the input in place). */
export function isSameFile(input: string, output: string): boolean {
  return resolve(input) === resolve(output);
}

/** Writes next to the target and renames, so a failure never leaves a half-written file (synchronous, as the input is read). */
export function writeAtomically(output: string, bytes: Uint8Array): void {
  const temp = join(dirname(output), `.${basename(output)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, output);
  } catch (err) {
    try {
      unlinkSync(temp);
    } catch {
      // No temporary file was made: nothing to remove.
    }
    throw err;
  }
}
