import { existsSync, readFileSync } from 'fs';
import { join } from 'path';

/** `../shared/realworld/` beside the repository: read in place when present, never copied in. */
export const REALWORLD_DIR = join(__dirname, '..', '..', '..', 'shared', 'realworld');

export const SIPD_FILE = 'sipd-rekap-belanja-lampungselatan-2026-07.xlsx';
export const E81_FILE = 'e81-bappedalitbang-deliserdang-2025.xlsx';

export function realworldAvailable(): boolean {
  return existsSync(join(REALWORLD_DIR, SIPD_FILE)) && existsSync(join(REALWORLD_DIR, E81_FILE));
}

export function realworldBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(join(REALWORLD_DIR, file)));
}

/** Registers `body` when the folder exists, and otherwise one test that says why it was skipped. */
export function describeRealworld(name: string, body: () => void): void {
  if (realworldAvailable()) describe(name, body);
  else test(`${name}: skipped, ${REALWORLD_DIR} is not there`, () => expect(realworldAvailable()).toBe(false));
}
