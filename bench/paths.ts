import { existsSync } from 'fs';
import { dirname, join } from 'path';

/** The repository root: the first folder above this file that holds package.json (works from bench/ and dist/bench/). */
function findRepoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = up;
  }
  return dir;
}

export const REPO_ROOT = findRepoRoot();
/** Generated workbooks, kept between runs (gitignored). */
export const CACHE_DIR = join(REPO_ROOT, 'bench', '.cache');
/** The compiled bench scripts that run in child processes. */
export const DIST_BENCH = join(REPO_ROOT, 'dist', 'bench');
export const LKJIP_BIN = join(REPO_ROOT, 'bin', 'lkjip.js');
/** Real workbooks next to the repository (SPEC: `../shared/realworld/`), when that folder exists. */
export const REALWORLD_DIR = join(REPO_ROOT, '..', 'shared', 'realworld');
export const FIXTURE_XLSX_DIR = join(REPO_ROOT, 'tests', 'fixtures', 'xlsx');
