import { describe, expect, it, vi } from 'vitest';
import { createClient } from './client.ts';
import { createIpcTransport, findBridge, type DuibiaoBridge } from './ipc-transport.ts';
import type { Transport } from './transport.ts';

describe('createClient', () => {
  it('maps each contract method to one transport call', async () => {
    const call = vi.fn(async (method: string) => `${method}!`);
    const transport: Transport = { shell: 'web', call, onEvent: () => () => {} };
    const { api, shell } = createClient(transport);
    await expect(api.listDocuments({})).resolves.toBe('listDocuments!');
    await api.compare({ period: '2023', kind: 'target' });
    expect(call).toHaveBeenLastCalledWith('compare', { period: '2023', kind: 'target' });
    expect(api.compare).toBe(api.compare);
    expect(shell).toBe('web');
  });

  it('is not a thenable (awaiting the api object does not call the core)', async () => {
    const call = vi.fn();
    const { api } = createClient({ shell: 'web', call, onEvent: () => () => {} });
    expect(await Promise.resolve(api)).toBe(api);
    expect(call).not.toHaveBeenCalled();
  });
});

describe('IPC transport', () => {
  function bridge(reply: Awaited<ReturnType<DuibiaoBridge['call']>>): DuibiaoBridge {
    return { call: vi.fn(async () => reply), onEvent: vi.fn(() => () => {}) };
  }

  it('unwraps { ok: true, result }', async () => {
    const t = createIpcTransport(bridge({ ok: true, result: [1, 2] }));
    await expect(t.call('listDocuments', {})).resolves.toEqual([1, 2]);
    expect(t.shell).toBe('electron');
  });

  it('throws { ok: false, error } as an Error with that message', async () => {
    const t = createIpcTransport(bridge({ ok: false, error: 'Invalid arguments for compare' }));
    await expect(t.call('compare', {})).rejects.toThrow('Invalid arguments for compare');
  });

  it('finds the preload bridge only when it has both functions', () => {
    const b = bridge({ ok: true, result: null });
    expect(findBridge({ duibiao: b })).toBe(b);
    expect(findBridge({ duibiao: { call: () => {} } })).toBeUndefined();
    expect(findBridge({})).toBeUndefined();
  });
});
