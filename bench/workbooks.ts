import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'fs';
import { join } from 'path';
import { CACHE_DIR, FIXTURE_XLSX_DIR } from './paths';
import { syntheticSheets } from './synthetic/synthetic-workbook';
import { writeSheetsXlsx } from './synthetic/write-xlsx';

/** Bump when the generator changes, so that cached files are made again. */
const GENERATOR_VERSION = 1;

/** The synthetic workbook with `subKegiatan` sub kegiatan in Tabel 3.6 and 3.10, generated once and cached. */
export async function syntheticFile(subKegiatan: number): Promise<string> {
  mkdirSync(CACHE_DIR, { recursive: true });
  const file = join(CACHE_DIR, `sintetis-v${GENERATOR_VERSION}-${subKegiatan}.xlsx`);
  if (existsSync(file)) return file;
  const partial = `${file}.${process.pid}.tmp`;
  await writeSheetsXlsx(syntheticSheets(subKegiatan), partial);
  renameSync(partial, file);
  return file;
}

/** Sizes of the perangkat daerah in the batch folder, in sub kegiatan: small kecamatan to large dinas. */
const BATCH_SIZES = [40, 120, 300] as const;

/**
 * A folder of `count` workbooks, as an Inspektorat collects them from every OPD of a province:
 * the five fixture workbooks (rebuilt from real reports) and synthetic ones of three sizes, in turn.
 */
export async function batchFolder(count: number): Promise<string> {
  const dir = join(CACHE_DIR, `batch-v${GENERATOR_VERSION}-${count}`);
  const done = join(dir, '.lengkap');
  if (existsSync(done)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const sources = [
    ...readdirSync(FIXTURE_XLSX_DIR).filter((f) => f.endsWith('.xlsx')).sort().map((f) => join(FIXTURE_XLSX_DIR, f)),
    ...(await Promise.all(BATCH_SIZES.map(syntheticFile))),
  ];
  for (let i = 0; i < count; i++) {
    copyFileSync(sources[i % sources.length]!, join(dir, `opd-${String(i + 1).padStart(3, '0')}.xlsx`));
  }
  writeFileSync(done, '');
  return dir;
}
