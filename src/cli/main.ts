import { id } from '../engine/i18n/messages';
import { parseArgs } from './args';
import { checkCommand } from './check-command';
import { e81Command } from './e81-command';
import { recalcCommand } from './recalc-command';
import { templateCommand } from './template-command';
import { processOutput, type Output } from './output';

/** The `lkjip` command; resolves to the exit code. */
export async function main(argv: readonly string[], out: Output = processOutput): Promise<number> {
  const messages = id;
  const parsed = parseArgs(argv, messages.cli);
  if (!parsed.ok) {
    out.stderr(parsed.error);
    out.stderr(messages.cli.usage);
    return 2;
  }
  const { command, files, json, output, settings } = parsed.args;
  switch (command) {
    case 'check':
      if (files.length === 0) {
        out.stderr(messages.cli.noFiles);
        return 2;
      }
      return checkCommand(files, json, settings, messages, out);
    case 'recalc':
      return recalcCommand(files[0], output, settings, messages, out, parsed.args.mode);
    case 'e81':
      return e81Command(files[0], output, messages, out, settings);
    case 'template':
      return templateCommand(output, messages, out);
    case undefined:
    case 'help':
    case '--help':
      out.stdout(messages.cli.usage);
      return command === undefined ? 2 : 0;
    default:
      out.stderr(messages.cli.unknownCommand(command));
      out.stderr(messages.cli.usage);
      return 2;
  }
}
