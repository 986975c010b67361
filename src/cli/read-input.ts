import { readFileSync } from 'fs';
import type { Messages } from '../engine/i18n/messages';
import type { Output } from './output';
import { isSameFile } from './write-output';

/**
 * The bytes of the input of a command that writes OUT: refused when OUT is the input itself
 * (SPEC §9: never in place) or when the file cannot be read; the reason goes to stderr.
 * Read synchronously: a process's first asynchronous file operation starts libuv's thread pool,
 * which cost ~1 MB of RSS to read a 62 KB workbook (0.13 MB this way), for nothing a one-file
 * command could do meanwhile.
 */
export function readInputForWrite(file: string, output: string, messages: Messages, out: Output): Uint8Array | undefined {
  if (isSameFile(file, output)) {
    out.stderr(messages.cli.sameOutput(output));
    return undefined;
  }
  try {
    return new Uint8Array(readFileSync(file));
  } catch {
    out.stderr(messages.cli.cannotRead(file, messages.cli.fileNotFound(file)));
    return undefined;
  }
}
