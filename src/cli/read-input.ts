import { readFile } from 'fs/promises';
import type { Messages } from '../engine/i18n/messages';
import type { Output } from './output';
import { isSameFile } from './write-output';

/**
 * The bytes of the input of a command that writes OUT: refused when OUT is the input itself
 * (SPEC §9: never in place) or when the file cannot be read; the reason goes to stderr.
 */
export async function readInputForWrite(file: string, output: string, messages: Messages, out: Output): Promise<Uint8Array | undefined> {
  if (isSameFile(file, output)) {
    out.stderr(messages.cli.sameOutput(output));
    return undefined;
  }
  try {
    return new Uint8Array(await readFile(file));
  } catch {
    out.stderr(messages.cli.cannotRead(file, messages.cli.fileNotFound(file)));
    return undefined;
  }
}
