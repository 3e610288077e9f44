import { defaultDbPath } from '../paths.ts';
import { openCore } from '../service/open-core.ts';
import type { Core } from '../service/core-types.ts';

/** The CLI's core: --db, else $DUIBIAO_DB, else the app's own database. Never seeds. */
export function openCliCore(db: string | undefined, env: NodeJS.ProcessEnv): Promise<Core> {
  return openCore({ dbPath: db ?? defaultDbPath(env), seedDir: null });
}

export async function withCore<T>(
  db: string | undefined,
  env: NodeJS.ProcessEnv,
  fn: (core: Core) => Promise<T>,
): Promise<T> {
  const core = await openCliCore(db, env);
  try {
    return await fn(core);
  } finally {
    core.close();
  }
}
