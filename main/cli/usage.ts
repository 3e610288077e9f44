/** A wrong invocation: printed with the command's help, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface CommandContext {
  out: (line: string) => void;
  err: (line: string) => void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
}

export interface Command {
  name: string;
  summary: string;
  help: string;
  /** Resolves to the exit code: 0 all good, 1 some input failed. */
  run(argv: string[], ctx: CommandContext): Promise<number>;
}

export function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
}
