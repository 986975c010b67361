import { rename, unlink, writeFile } from 'fs/promises';
import { basename, dirname, join, resolve } from 'path';

/** The output path is the input itself (SPEC §9: never write the input in place). */
export function isSameFile(input: string, output: string): boolean {
  return resolve(input) === resolve(output);
}

/** Writes next to the target and renames, so a failure never leaves a half-written file. */
export async function writeAtomically(output: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(output), `.${basename(output)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, output);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
}
