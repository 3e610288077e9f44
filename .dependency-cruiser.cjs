/** Import direction: renderer → shared ← main. shared/ is pure and runs anywhere. */
module.exports = {
  forbidden: [
    {
      name: 'shared-is-pure',
      comment:
        'shared/ runs in Node, Electron and the browser: no Node built-ins, no main/ or renderer/.',
      severity: 'error',
      // Tests beside shared code may read fixtures from disk; the code they test may not.
      from: { path: '^shared/', pathNot: '[.]test[.]ts$' },
      to: { pathNot: '^shared/|^node_modules/zod/' },
    },
    {
      name: 'renderer-not-main',
      comment:
        'The renderer reaches the core only through the API client, never by importing main/.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^main/' },
    },
    {
      name: 'renderer-no-node',
      comment: 'The renderer runs in a sandboxed page: no Node built-ins.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'main-not-renderer',
      comment: 'main/ serves the renderer build; it never imports renderer code.',
      severity: 'error',
      from: { path: '^main/' },
      to: { path: '^renderer/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
