import { unzipSync, zipSync } from 'fflate';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runCli } from '../cli/run-cli';
import { compoundFile } from './helpers/cfb';
import { zerosDeflateStream } from './helpers/zip-bomb';
import { storedEntry, writeRawZip, type RawZipEntry } from './helpers/zip-writer';

/**
 * Files that are not a workbook we may open (SPEC §10, issue 7): each gets a clear Indonesian
 * message and exit 2, and `recalc` writes nothing at all (no output, no temporary file).
 */
const standar = new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'xlsx', 'standar.xlsx')));
const SHEET1 = 'xl/worksheets/sheet1.xml';

/** The standard workbook's parts, stored, with `replace` swapped in (by part name) and `extra` added. */
function repackaged(replace: Readonly<Record<string, RawZipEntry>>, extra: readonly RawZipEntry[] = []): Uint8Array {
  const parts = unzipSync(standar);
  const entries = Object.entries(parts).map(([name, data]) => replace[name] ?? storedEntry(name, data));
  return writeRawZip([...entries, ...extra]);
}

function macroEnabled(): Uint8Array {
  const parts = unzipSync(standar);
  const types = new TextDecoder().decode(parts['[Content_Types].xml']).replace(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
    'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  );
  return zipSync({ ...parts, '[Content_Types].xml': new TextEncoder().encode(types), 'xl/vbaProject.bin': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]) });
}

/** A zip whose sheet part is a real deflate stream of 1 GiB of zeros (about 1 MB), declared as such. */
function zipBomb(): Uint8Array {
  const bomb = zerosDeflateStream(64);
  return repackaged({ [SHEET1]: { name: SHEET1, method: 8, data: bomb.data, uncompressedSize: bomb.size, crc: bomb.crc } });
}

/** The same 1 GiB stream with the directory lying that it inflates to 40 KB. */
function lyingZipBomb(): Uint8Array {
  const bomb = zerosDeflateStream(64);
  return repackaged({ [SHEET1]: { name: SHEET1, method: 8, data: bomb.data, uncompressedSize: 40_000, crc: 0 } });
}

function corruptDirectory(): Uint8Array {
  const bytes = standar.slice();
  // The central directory sits at the end: overwrite most of it with junk.
  for (let i = bytes.length - 1200; i < bytes.length - 30; i++) bytes[i] = (i * 31) & 0xff;
  return bytes;
}

function corruptPart(): Uint8Array {
  const parts = unzipSync(standar);
  const xml = new TextDecoder().decode(parts[SHEET1]);
  return zipSync({ ...parts, [SHEET1]: new TextEncoder().encode(xml.slice(0, Math.floor(xml.length / 2))) });
}

/** A file one byte over the 50 MB limit, sparse on disk, starting like a zip. */
function writeOversized(file: string): void {
  const fd = openSync(file, 'w');
  writeSync(fd, standar.subarray(0, 4));
  writeSync(fd, Buffer.from([0]), 0, 1, 50 * 1024 * 1024);
  closeSync(fd);
}

interface BadFile {
  readonly name: string;
  readonly file: string;
  readonly bytes?: () => Uint8Array;
  readonly write?: (path: string) => void;
  /** What the message must say. */
  readonly says: RegExp;
}

const BAD_FILES: readonly BadFile[] = [
  { name: 'a zip with a damaged directory', file: 'rusak.xlsx', bytes: corruptDirectory, says: /rusak atau tidak lengkap/ },
  { name: 'a truncated zip', file: 'terpotong.xlsx', bytes: () => standar.subarray(0, Math.floor(standar.length * 0.6)), says: /rusak atau tidak lengkap/ },
  { name: 'a sheet whose XML is cut in half', file: 'xml-rusak.xlsx', bytes: corruptPart, says: /rusak atau tidak lengkap.*XML/ },
  { name: 'a password-protected workbook (CFB with EncryptedPackage)', file: 'bersandi.xlsx', bytes: () => compoundFile(['EncryptionInfo', 'EncryptedPackage']), says: /dilindungi kata sandi/ },
  { name: 'an old .xls (CFB with a Workbook stream)', file: 'lama.xls', bytes: () => compoundFile(['Workbook', 'SummaryInformation']), says: /Excel lama \(\.xls\)/ },
  { name: 'an .xls renamed .xlsx', file: 'lama-diganti-nama.xlsx', bytes: () => compoundFile(['Workbook']), says: /Excel lama \(\.xls\)/ },
  { name: 'a CSV renamed .xlsx', file: 'data.xlsx', bytes: () => new TextEncoder().encode('No;Indikator;Target;Realisasi\n1;IKM;88;89,25\n'), says: /bukan \.xlsx.*\.csv/ },
  { name: 'an empty file', file: 'kosong.xlsx', bytes: () => new Uint8Array(0), says: /bukan \.xlsx/ },
  { name: 'a macro-enabled workbook (.xlsm)', file: 'makro.xlsm', bytes: macroEnabled, says: /bermakro \(\.xlsm\)/ },
  { name: 'a file over the size limit', file: 'besar.xlsx', write: writeOversized, says: /terlalu besar \(50\.0 MB\); batasnya 50\.0 MB/ },
  { name: 'a zip bomb: 1 GiB of zeros in 1 MB, declared honestly', file: 'bom.xlsx', bytes: zipBomb, says: /jauh lebih besar daripada ukuran berkasnya/ },
  { name: 'a zip bomb that lies about its size', file: 'bom-bohong.xlsx', bytes: lyingZipBomb, says: /rusak atau tidak lengkap: struktur zip tidak valid \(entri xl\/worksheets\/sheet1.xml tidak bisa dibuka\)/ },
];

function place(bad: BadFile): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'lkjip-rusak-'));
  const path = join(dir, bad.file);
  if (bad.write) bad.write(path);
  else writeFileSync(path, bad.bytes!());
  return { dir, path };
}

describe.each(BAD_FILES.map((b) => [b.name, b] as const))('%s', (_name, bad) => {
  test('check: exit 2 and a clear Indonesian message', async () => {
    const { path } = place(bad);
    const run = await runCli('check', path);
    expect(run.code).toBe(2);
    expect(run.stdout).toEqual([]);
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: tidak dapat dibaca\\. `));
    expect(run.stderr[0]).toMatch(bad.says);
  });

  test('recalc: exit 2, the same message, nothing written', async () => {
    const { dir, path } = place(bad);
    const output = join(dir, 'hasil.xlsx');
    const run = await runCli('recalc', path, '-o', output);
    expect(run.code).toBe(2);
    expect(run.stderr.join('\n')).toMatch(bad.says);
    expect(existsSync(output)).toBe(false);
    expect(readdirSync(dir)).toEqual([bad.file]);
  });
});

test('an unreadable file among good ones: the good ones are still checked', async () => {
  const { path } = place(BAD_FILES.find((b) => b.file === 'bom.xlsx')!);
  const good = join(__dirname, '..', 'fixtures', 'xlsx', 'standar.xlsx');
  const run = await runCli('check', path, good, '--json');
  expect(run.code).toBe(2);
  expect(run.stdout.map((l) => Object.keys(JSON.parse(l) as object).includes('error'))).toEqual([true, false]);
});
