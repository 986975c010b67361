import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { Worker } from 'worker_threads';
import { join } from 'path';
import { batchCheck, checkWorkerScript } from '../../src/cli/batch-check';
import { BATCH_THRESHOLD } from '../../src/cli/check-command';
import { checkFile } from '../../src/cli/check-file';
import { id } from '../../src/engine/i18n/messages';
import { runCli, type CliRun } from './run-cli';

/**
 * `lkjip check` over a folder or many files runs on worker threads (issue 7): the output must be
 * exactly what checking the files one by one prints, in input order. The workers run the build in
 * `dist/` (`npm test` builds it first).
 */
// The real worker threads, counted, to see that batch mode uses them.
jest.mock('worker_threads', () => {
  const actual = jest.requireActual<typeof import('worker_threads')>('worker_threads');
  return { ...actual, Worker: jest.fn((script: string, options: object) => new actual.Worker(script, options)) };
});

const fixtures = join(__dirname, '..', 'fixtures', 'xlsx');
const FIXTURES = ['bangsal-2024', 'mojoagung-2024', 'mojosari-iku-2024', 'sooko-2023', 'standar'];

/** A folder as an Inspektorat gets it: workbooks, one broken file, Excel's lock file, a note. */
function provinceFolder(): { dir: string; workbooks: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'lkjip-batch-'));
  const workbooks: string[] = [];
  for (let i = 0; i < 8; i++) {
    const name = `opd-${i + 1}.xlsx`;
    copyFileSync(join(fixtures, `${FIXTURES[i % FIXTURES.length]}.xlsx`), join(dir, name));
    workbooks.push(join(dir, name));
  }
  writeFileSync(join(dir, 'opd-10.xlsx'), 'No;Indikator\n1;IKM\n');
  workbooks.push(join(dir, 'opd-10.xlsx'));
  writeFileSync(join(dir, '~$opd-1.xlsx'), 'lock');
  writeFileSync(join(dir, 'catatan.txt'), 'bukan buku kerja');
  // Natural order: opd-2 before opd-10.
  workbooks.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return { dir, workbooks };
}

/** What checking each file in this process prints, concatenated in order. */
async function oneByOne(files: readonly string[], json: boolean): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  let code = 0;
  for (const f of files) {
    const o = await checkFile(f, json, undefined, id);
    stdout.push(...o.stdout);
    stderr.push(...o.stderr);
    code = Math.max(code, o.exit);
  }
  return { code, stdout, stderr };
}

beforeAll(() => {
  if (!existsSync(checkWorkerScript())) throw new Error(`${checkWorkerScript()} is missing: run \`npm run build:cli\` first`);
});

test('a folder: every workbook in natural order, on worker threads, the same output as one by one, lock files and other files left out', async () => {
  const { dir, workbooks } = provinceFolder();
  jest.mocked(Worker).mockClear();
  const batch = await runCli('check', dir);
  expect(jest.mocked(Worker).mock.calls.length).toBeGreaterThanOrEqual(1);
  const expected = await oneByOne(workbooks, false);
  expect(batch).toEqual(expected);
  expect(batch.code).toBe(2);
  expect(batch.stderr).toHaveLength(1);
  expect(batch.stderr[0]).toContain('opd-10.xlsx: tidak dapat dibaca');
  expect(batch.stdout.filter((l) => /tabel dikenali$/.test(l))).toHaveLength(8);
});

test('--json over a folder: one object per file, in order', async () => {
  const { dir, workbooks } = provinceFolder();
  const batch = await runCli('check', dir, '--json');
  expect(batch).toEqual(await oneByOne(workbooks, true));
  expect(batch.stdout.map((l) => (JSON.parse(l) as { file: string }).file)).toEqual(workbooks);
});

test(`more than ${BATCH_THRESHOLD} files: the same output, input order kept even when the first file is the slowest`, async () => {
  const { workbooks } = provinceFolder();
  // The largest fixture first, then small ones that finish before it on the other worker.
  const files = [join(fixtures, 'sooko-2023.xlsx'), ...workbooks.slice(0, 9).reverse(), join(fixtures, 'tidak-ada.xlsx')];
  expect(files.length).toBeGreaterThan(BATCH_THRESHOLD);
  const batch = await runCli('check', ...files, '--json');
  expect(batch).toEqual(await oneByOne(files, true));
  expect(batch.stderr).toHaveLength(2);
  expect(batch.stderr[0]).toMatch(/opd-10\.xlsx: tidak dapat dibaca\. Berkas ini bukan \.xlsx/);
  expect(batch.stderr[1]).toMatch(/tidak-ada\.xlsx: tidak dapat dibaca\. Berkas tidak ditemukan/);
});

test('batchCheck emits in input order on one worker and on three', async () => {
  const files = FIXTURES.map((f) => join(fixtures, `${f}.xlsx`));
  for (const workers of [1, 3]) {
    const order: number[] = [];
    await batchCheck(files, { json: true, settingsFile: undefined, workers }, (outcome, index) => {
      order.push(index);
      expect((JSON.parse(outcome.stdout[0]!) as { file: string }).file).toBe(files[index]);
    });
    expect(order).toEqual([0, 1, 2, 3, 4]);
  }
});

test('an empty folder or one without workbooks is an error, exit 2', async () => {
  const empty = mkdtempSync(join(tmpdir(), 'lkjip-kosong-'));
  mkdirSync(join(empty, 'sub'));
  writeFileSync(join(empty, 'catatan.txt'), 'x');
  const run = await runCli('check', empty);
  expect(run.code).toBe(2);
  expect(run.stderr).toEqual([`${empty}: folder ini tidak berisi berkas .xlsx.`]);
});

test('a folder next to single files: all checked, in the order given', async () => {
  const { dir, workbooks } = provinceFolder();
  const single = join(fixtures, 'standar.xlsx');
  const run = await runCli('check', single, dir, '--json');
  expect(run.stdout.map((l) => (JSON.parse(l) as { file: string }).file)).toEqual([single, ...workbooks]);
});
