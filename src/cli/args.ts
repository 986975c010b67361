/** Parsed command line: a command, its files and its options. */
export interface CliArgs {
  readonly command: string | undefined;
  readonly files: readonly string[];
  readonly json: boolean;
  readonly output?: string;
  readonly settings?: string;
  /** `--mode nilai|rumus`: the write mode of `recalc`, over the settings' own. */
  readonly mode?: string;
}

export type ArgsResult = { readonly ok: true; readonly args: CliArgs } | { readonly ok: false; readonly error: string };

const WITH_VALUE: Readonly<Record<string, 'output' | 'settings' | 'mode'>> = {
  '-o': 'output',
  '--output': 'output',
  '--settings': 'settings',
  '--mode': 'mode',
};

export function parseArgs(
  argv: readonly string[],
  messages: { missingOption: (o: string) => string; unknownOption: (o: string) => string },
): ArgsResult {
  const [command, ...rest] = argv;
  const files: string[] = [];
  let json = false;
  const values: { output?: string; settings?: string; mode?: string } = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const key = WITH_VALUE[arg];
    if (key) {
      const value = rest[++i];
      if (value === undefined) return { ok: false, error: messages.missingOption(arg) };
      values[key] = value;
    } else if (arg === '--json') json = true;
    else if (arg.startsWith('-') && arg !== '-') return { ok: false, error: messages.unknownOption(arg) };
    else files.push(arg);
  }
  return { ok: true, args: { command, files, json, ...values } };
}
