import { describe, expect, it, vi } from 'vitest';
import type { CoreEvent } from '../../shared/api.ts';
import { methodNames } from '../../shared/api.ts';
import { checkCall, createBridge } from './preload-bridge.ts';

function fakeIpc() {
  let listener: ((event: CoreEvent) => void) | null = null;
  return {
    invoke: vi.fn(async () => ({ ok: true as const, result: 'sent' })),
    subscribe: vi.fn((l: (event: CoreEvent) => void) => {
      listener = l;
      return () => {
        listener = null;
      };
    }),
    push: (event: CoreEvent) => listener?.(event),
  };
}

describe('checkCall (the preload allow-list)', () => {
  it('accepts every method of the contract', () => {
    for (const method of methodNames) expect(checkCall(method, {}), method).toBeNull();
    expect(checkCall('listDocuments', undefined)).toBeNull();
  });

  it('rejects unknown methods and non-strings', () => {
    for (const method of [
      'deleteEverything',
      'constructor',
      'toString',
      '__proto__',
      '',
      1,
      null,
    ]) {
      expect(checkCall(method, {}), String(method)).toBe(`Unknown method: ${String(method)}`);
    }
  });

  it('rejects arguments that are not a plain object', () => {
    for (const args of [null, 'x', 3, ['a']]) {
      expect(checkCall('search', args)).toMatch(/^Invalid arguments for search/);
    }
  });
});

describe('createBridge', () => {
  it('sends allowed calls over IPC, defaulting arguments to {}', async () => {
    const ipc = fakeIpc();
    const bridge = createBridge(ipc);
    await expect(bridge.call('search', { query: '增长' })).resolves.toEqual({
      ok: true,
      result: 'sent',
    });
    await bridge.call('listDocuments');
    expect(ipc.invoke.mock.calls).toEqual([
      ['search', { query: '增长' }],
      ['listDocuments', {}],
    ]);
  });

  it('answers an unknown method itself, without sending anything', async () => {
    const ipc = fakeIpc();
    const bridge = createBridge(ipc);
    await expect(bridge.call('runShell', { cmd: 'rm -rf /' })).resolves.toEqual({
      ok: false,
      error: 'Unknown method: runShell',
    });
    expect(ipc.invoke).not.toHaveBeenCalled();
  });

  it('delivers core events to a listener until it unsubscribes', () => {
    const ipc = fakeIpc();
    const bridge = createBridge(ipc);
    const listener = vi.fn();
    const unsubscribe = bridge.onEvent(listener);
    ipc.push({ type: 'index-changed' });
    unsubscribe();
    ipc.push({ type: 'index-changed' });
    expect(listener).toHaveBeenCalledExactlyOnceWith({ type: 'index-changed' });
    expect(() => bridge.onEvent('nope' as unknown as () => void)).toThrow(TypeError);
  });

  it('exposes only call and onEvent', () => {
    expect(Object.keys(createBridge(fakeIpc())).sort()).toEqual(['call', 'onEvent']);
  });
});
