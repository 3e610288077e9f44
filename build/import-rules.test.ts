import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cruise, type IForbiddenRuleType } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../main/testing/temp-dir.ts';

const require = createRequire(import.meta.url);
const config = require('../.dependency-cruiser.cjs') as { forbidden: IForbiddenRuleType[] };
const tempDir = useTempDir();

/** Cruises a throw-away tree laid out like the project and returns the rules it breaks. */
async function violations(files: Record<string, string>): Promise<string[]> {
  const root = tempDir();
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), body);
  }
  const result = await cruise(
    ['main', 'renderer', 'shared'].filter((d) => Object.keys(files).some((f) => f.startsWith(d))),
    {
      baseDir: root,
      ruleSet: { forbidden: config.forbidden },
      validate: true,
    },
  );
  const output = result.output as { summary: { violations: { rule: { name: string } }[] } };
  return output.summary.violations.map((v) => v.rule.name).sort();
}

describe('import direction rules', () => {
  it('accept renderer → shared ← main', async () => {
    expect(
      await violations({
        'shared/api.ts': 'export const x = 1;\n',
        'main/service.ts': "import { x } from '../shared/api.ts';\nexport const y = x;\n",
        'renderer/app.ts': "import { x } from '../shared/api.ts';\nexport const z = x;\n",
      }),
    ).toEqual([]);
  });

  it('reject a Node built-in in shared/', async () => {
    expect(
      await violations({
        'shared/bad.ts':
          "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
      }),
    ).toEqual(['shared-is-pure']);
  });

  it('reject shared/ reaching into main/', async () => {
    expect(
      await violations({
        'main/db.ts': 'export const db = 1;\n',
        'shared/bad.ts': "import { db } from '../main/db.ts';\nexport const d = db;\n",
      }),
    ).toEqual(['shared-is-pure']);
  });

  it('reject the renderer importing main/ or Node', async () => {
    expect(
      await violations({
        'main/db.ts': 'export const db = 1;\n',
        'renderer/bad.ts':
          "import { db } from '../main/db.ts';\nimport { join } from 'node:path';\nexport const d = [db, join];\n",
      }),
    ).toEqual(['renderer-no-node', 'renderer-not-main']);
  });
});
