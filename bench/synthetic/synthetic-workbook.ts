import type { FixtureSheet } from '../../tests/fixtures/spec';
import { standar } from '../../tests/fixtures/seeds/standar';
import { syntheticPrograms } from './hierarchy';
import { tabel36 } from './tabel-3-6';
import { tabel310 } from './tabel-3-10';

/**
 * The standard workbook of SPEC §2 (all 13 tables and the Renstra matrix, from the `standar`
 * fixture) with Tabel 3.6 and Tabel 3.10 grown to `subKegiatan` sub kegiatan each, the shape of a
 * large perangkat daerah's (or a whole kabupaten's) report.
 */
export function syntheticSheets(subKegiatan: number): FixtureSheet[] {
  const programs = syntheticPrograms(subKegiatan);
  return standar.sheets.map((sheet) => {
    if (sheet.name === 'Tabel 3.6') return tabel36(programs);
    if (sheet.name === 'Tabel 3.10') return tabel310(programs);
    return sheet;
  });
}
