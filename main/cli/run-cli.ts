import { compareCommand } from './commands/compare.ts';
import { documentsCommand } from './commands/documents.ts';
import { factsCommand } from './commands/facts.ts';
import { indexCommand } from './commands/index-files.ts';
import { searchCommand } from './commands/search.ts';
import { exportCommand } from './commands/export.ts';
import { reindexCommand } from './commands/reindex.ts';
import { findingsCommand } from './commands/findings.ts';
import { numbersCommand } from './commands/numbers.ts';
import { UsageError, type Command, type CommandContext } from './usage.ts';

export const COMMANDS: readonly Command[] = [
  factsCommand,
  indexCommand,
  compareCommand,
  searchCommand,
  documentsCommand,
  reindexCommand,
  exportCommand,
  findingsCommand,
  numbersCommand,
];

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: duibiao COMMAND [options]   (duibiao COMMAND --help for details)',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "The database is --db FILE, else $DUIBIAO_DB, else the app's own (per-user data folder).",
  ].join('\n');
}

/** Runs one CLI invocation; resolves to the exit code (0 ok, 1 some input failed, 2 usage). */
export async function runCli(argv: string[], ctx: CommandContext): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    ctx.out(mainHelp());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    ctx.err(`duibiao: unknown command "${name}"\n\n${mainHelp()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    ctx.out(command.help);
    return 0;
  }
  try {
    return await command.run(rest, ctx);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      ctx.err(`duibiao ${command.name}: ${(error as Error).message}\n\n${command.help}`);
      return 2;
    }
    ctx.err(`duibiao ${command.name}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
