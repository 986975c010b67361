import { REALWORLD_DIR } from './paths';

export interface BenchOptions {
  /** End with the one JSON line only after the human table (`--json` prints the table to stderr). */
  readonly json: boolean;
  /** Runs per measurement; medians are reported (at least 3 for the release figures). */
  readonly runs: number;
  /** Synthetic workbook sizes, in sub kegiatan (Tabel 3.6 and 3.10 each). */
  readonly sizes: readonly number[];
  readonly batchFiles: number;
  /** A child running longer than this is stopped and its figure reported as missing. */
  readonly timeoutSeconds: number;
  readonly realworldDir: string;
  readonly office: boolean;
  readonly batch: boolean;
}

const DEFAULTS: BenchOptions = {
  json: false,
  runs: 3,
  sizes: [12_500, 25_000, 50_000],
  batchFiles: 200,
  timeoutSeconds: 60,
  realworldDir: REALWORLD_DIR,
  office: true,
  batch: true,
};

/**
 * `npm run bench -- [--json] [--runs N] [--sizes 1000,2000] [--batch-files N] [--timeout S]
 * [--realworld DIR] [--no-office] [--no-batch]`
 */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const o: { -readonly [K in keyof BenchOptions]: BenchOptions[K] } = { ...DEFAULTS };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--json') o.json = true;
    else if (arg === '--runs') o.runs = Number(next());
    else if (arg === '--sizes') o.sizes = next().split(',').map(Number);
    else if (arg === '--batch-files') o.batchFiles = Number(next());
    else if (arg === '--timeout') o.timeoutSeconds = Number(next());
    else if (arg === '--realworld') o.realworldDir = next();
    else if (arg === '--no-office') o.office = false;
    else if (arg === '--no-batch') o.batch = false;
    else throw new Error(`unknown option ${arg}`);
  }
  if (!(o.runs >= 1) || o.sizes.some((s) => !(s >= 1))) throw new Error('--runs and --sizes must be positive');
  return o;
}

/**
 * A real workbook is read in well under a second, and its figures move by a third from one fresh
 * process to the next (V8's compile threads, the memory sampler): three runs a round make its
 * medians as steady as the large files' for a few seconds more.
 */
export const REALWORLD_RUNS_PER_ROUND = 3;
