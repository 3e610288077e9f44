import { runCli } from '../cli/run-cli.ts';

export interface CliRun {
  code: number;
  out: string[];
  err: string[];
}

/** Runs the CLI in-process, capturing what it prints. */
export async function cli(...argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    out: (l) => out.push(...l.split('\n')),
    err: (l) => err.push(...l.split('\n')),
    isTTY: false,
    env: {},
  });
  return { code, out, err };
}
