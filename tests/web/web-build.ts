import { execFileSync } from 'child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'fs';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');
/** What the page is built from: a build older than any of these is stale. */
const SOURCES = ['src', 'webpack.config.js', 'package-lock.json', 'examples', 'manifest.xml'];
const TEST_OUT = join('tmp', 'web-build');
const STAMP = '.built-for-tests';

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

function freshIn(dir: string, sources: number): boolean {
  const index = join(dir, 'index.html');
  return existsSync(index) && existsSync(join(dir, 'taskpane-preview.html')) && statSync(index).mtimeMs > sources;
}

async function withLock<T>(work: () => T): Promise<T> {
  const lock = join(ROOT, 'tmp', 'web-build.lock');
  mkdirSync(join(ROOT, 'tmp'), { recursive: true });
  for (let waited = 0; ; waited += 250) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another test file is building: wait for it (up to three minutes, then take over a stale lock).
      if (waited > 180_000) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * The built page: `dist-web/` when `npm run build` made it after the last source change,
 * else a production build (left unminified, which halves the time) into `tmp/web-build/`.
 */
export async function webBuild(): Promise<string> {
  const sources = Math.max(...SOURCES.map((s) => newest(join(ROOT, s))));
  const prebuilt = join(ROOT, 'dist-web');
  if (freshIn(prebuilt, sources)) return prebuilt;
  const out = join(ROOT, TEST_OUT);
  return withLock(() => {
    if (freshIn(out, sources) && existsSync(join(out, STAMP))) return out;
    execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--env', 'nominify', '--env', `out=${TEST_OUT}`], {
      cwd: ROOT,
      stdio: 'pipe',
    });
    writeFileSync(join(out, STAMP), new Date().toISOString());
    return out;
  });
}
