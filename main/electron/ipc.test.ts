import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { CoreEvent, DuibiaoApi } from '../../shared/api.ts';
import { ContractError } from '../../shared/api.ts';
import type { Core } from '../service/core-types.ts';
import { openCore } from '../service/open-core.ts';
import { CALL_CHANNEL, EVENT_CHANNEL, type CallReply } from './channels.ts';
import {
  REFUSED_SENDER,
  createCallHandler,
  forwardEvents,
  isTrustedSender,
  registerIpc,
  senderInfo,
  type InvokeEvent,
} from './ipc.ts';

const appUrl = 'app://duibiao/index.html';
const trusted = { contentsId: 7 };

/** A stand-in for our own small Core interface (not for Electron): records calls, emits events. */
function fakeCore(overrides: Partial<DuibiaoApi> = {}) {
  const listeners = new Set<(event: CoreEvent) => void>();
  const calls: [string, unknown][] = [];
  const api = new Proxy({} as DuibiaoApi, {
    get: (_target, name: string) =>
      overrides[name as keyof DuibiaoApi] ??
      (async (args: unknown) => {
        calls.push([name, args]);
        return [];
      }),
  });
  const core: Core = {
    api,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {},
  };
  return { core, calls, emit: (event: CoreEvent) => listeners.forEach((l) => l(event)) };
}

function event(contentsId: number, url: string | null, isMain = true): InvokeEvent {
  return {
    sender: { id: contentsId },
    senderFrame: url === null ? null : { url, parent: isMain ? null : {} },
  };
}

describe('isTrustedSender', () => {
  it("accepts the window's main frame showing the app page", () => {
    expect(isTrustedSender(senderInfo(event(7, appUrl)), trusted)).toBe(true);
    expect(isTrustedSender(senderInfo(event(7, `${appUrl}#/x`)), trusted)).toBe(true);
  });

  it('rejects foreign frames: other pages, sub-frames, other web contents, gone frames', () => {
    expect(isTrustedSender(senderInfo(event(7, 'https://example.com/')), trusted)).toBe(false);
    expect(isTrustedSender(senderInfo(event(7, 'file:///tmp/evil.html')), trusted)).toBe(false);
    expect(
      isTrustedSender(senderInfo(event(7, 'file:///repo/dist/renderer/index.html')), trusted),
    ).toBe(false);
    expect(isTrustedSender(senderInfo(event(7, 'app://duibiao/other.html')), trusted)).toBe(false);
    expect(isTrustedSender(senderInfo(event(7, appUrl, false)), trusted)).toBe(false);
    expect(isTrustedSender(senderInfo(event(8, appUrl)), trusted)).toBe(false);
    expect(isTrustedSender(senderInfo(event(7, null)), trusted)).toBe(false);
  });

  it('trusts nobody before the window exists', () => {
    expect(isTrustedSender(senderInfo(event(7, appUrl)), { contentsId: null })).toBe(false);
  });

  it('treats a destroyed frame (Electron throws on access) as unknown', () => {
    const destroyed = {
      sender: { id: 7 },
      get senderFrame(): InvokeEvent['senderFrame'] {
        throw new Error('Render frame was disposed');
      },
    };
    expect(senderInfo(destroyed)).toEqual({ contentsId: 7, frameUrl: null, isMainFrame: false });
  });
});

describe('createCallHandler', () => {
  const quiet = () => {};
  const allow = () => true;

  it('runs a valid call through dispatch and returns its result', async () => {
    const { core, calls } = fakeCore();
    const handle = createCallHandler(core, allow, quiet);
    await expect(handle(event(7, appUrl), 'search', { query: '地区生产总值' })).resolves.toEqual({
      ok: true,
      result: [],
    });
    expect(calls).toEqual([['search', { query: '地区生产总值' }]]);
  });

  it('returns a clear error for malformed arguments, without calling the core', async () => {
    const { core, calls } = fakeCore();
    const handle = createCallHandler(core, allow, quiet);
    const reply = await handle(event(7, appUrl), 'getDocument', { id: 'one' });
    expect(reply.ok).toBe(false);
    expect(reply).toMatchObject({
      error: expect.stringMatching(/^Invalid arguments for getDocument: id: /),
    });
    const extra = await handle(event(7, appUrl), 'listDocuments', { sql: 'DROP TABLE facts' });
    expect(extra).toMatchObject({ ok: false, error: expect.stringContaining('listDocuments') });
    expect(calls).toEqual([]);
  });

  it('refuses unknown methods, including prototype names', async () => {
    const { core } = fakeCore();
    const handle = createCallHandler(core, allow, quiet);
    for (const method of ['dropEverything', 'constructor', '__proto__', 42]) {
      await expect(handle(event(7, appUrl), method, {})).resolves.toEqual({
        ok: false,
        error: `Unknown method: ${String(method)}`,
      });
    }
  });

  it('refuses an untrusted sender before looking at the call', async () => {
    const { core, calls } = fakeCore();
    const handle = createCallHandler(core, () => false, quiet);
    await expect(handle(event(9, 'https://example.com/'), 'listDocuments', {})).resolves.toEqual({
      ok: false,
      error: REFUSED_SENDER,
    });
    expect(calls).toEqual([]);
  });

  it("returns the core's error message, never its stack, and logs unexpected failures", async () => {
    const { core } = fakeCore({
      listDocuments: async () => {
        throw new Error('database is locked');
      },
      getDocument: async () => {
        throw new ContractError('No document with id 5');
      },
    });
    const log = vi.fn();
    const handle = createCallHandler(core, allow, log);
    const reply = await handle(event(7, appUrl), 'listDocuments', {});
    expect(reply).toEqual({ ok: false, error: 'database is locked' });
    expect(JSON.stringify(reply)).not.toContain('    at ');
    expect(log).toHaveBeenCalledOnce();
    await expect(handle(event(7, appUrl), 'getDocument', { id: 5 })).resolves.toEqual({
      ok: false,
      error: 'No document with id 5',
    });
    expect(log).toHaveBeenCalledOnce();
  });

  it('waits for a core that is still opening, and reports one that failed to open', async () => {
    const { core } = fakeCore();
    let resolve: (c: Core) => void = () => {};
    const opening = new Promise<Core>((r) => (resolve = r));
    const handle = createCallHandler(opening, allow, quiet);
    const pending = handle(event(7, appUrl), 'listEntities', {});
    resolve(core);
    await expect(pending).resolves.toEqual({ ok: true, result: [] });

    const broken = Promise.reject(new Error('cannot open /x/duibiao.sqlite'));
    broken.catch(() => {});
    const failing = createCallHandler(broken, allow, quiet);
    await expect(failing(event(7, appUrl), 'listEntities', {})).resolves.toEqual({
      ok: false,
      error: 'cannot open /x/duibiao.sqlite',
    });
  });
});

describe('registerIpc', () => {
  it('registers one generic handler on the call channel that checks the sender', async () => {
    const { core } = fakeCore();
    const handlers = new Map<
      string,
      (e: InvokeEvent, m: unknown, a: unknown) => Promise<CallReply>
    >();
    const ipcMain = {
      handle: vi.fn((channel: string, listener) => void handlers.set(channel, listener)),
      removeHandler: vi.fn((channel: string) => void handlers.delete(channel)),
    };
    const unregister = registerIpc(
      ipcMain,
      core,
      () => trusted,
      () => {},
    );
    expect([...handlers.keys()]).toEqual([CALL_CHANNEL]);
    const handle = handlers.get(CALL_CHANNEL);
    await expect(handle?.(event(7, appUrl), 'listDocuments', {})).resolves.toEqual({
      ok: true,
      result: [],
    });
    const foreign = await handle?.(event(7, 'https://example.com/'), 'listDocuments', {});
    expect(foreign).toEqual({ ok: false, error: REFUSED_SENDER });
    unregister();
    expect(handlers.size).toBe(0);
  });
});

describe('forwardEvents', () => {
  it('sends core events to the live window and stops when unsubscribed', () => {
    const { core, emit } = fakeCore();
    const sent: [string, CoreEvent][] = [];
    let destroyed = false;
    const contents = {
      isDestroyed: () => destroyed,
      send: (channel: string, e: CoreEvent) => void sent.push([channel, e]),
    };
    const stop = forwardEvents(core, () => contents);
    emit({ type: 'index-changed' });
    destroyed = true;
    emit({ type: 'index-changed' });
    destroyed = false;
    stop();
    emit({ type: 'index-changed' });
    expect(sent).toEqual([[EVENT_CHANNEL, { type: 'index-changed' }]]);
  });

  it('drops events while there is no window', () => {
    const { core, emit } = fakeCore();
    forwardEvents(core, () => null);
    expect(() => emit({ type: 'index-changed' })).not.toThrow();
  });
});

describe('createCallHandler with the real core (fresh database)', () => {
  it('answers valid calls and rejects malformed ones with a clear error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duibiao-ipc-core-'));
    const core = await openCore({ dbPath: join(dir, 'duibiao.sqlite'), seedDir: null });
    try {
      const handle = createCallHandler(
        core,
        () => true,
        () => {},
      );
      const from = event(7, appUrl);
      await expect(handle(from, 'listDocuments', {})).resolves.toEqual({ ok: true, result: [] });
      const negative = await handle(from, 'getDocument', { id: -3 });
      expect(negative).toMatchObject({
        ok: false,
        error: expect.stringMatching(/^Invalid arguments for getDocument: id: /),
      });
      const empty = await handle(from, 'search', { query: '   ' });
      expect(empty).toMatchObject({
        ok: false,
        error: expect.stringMatching(/^Invalid arguments for search: query: /),
      });
      await expect(handle(from, 'getDocument', { id: 999 })).resolves.toEqual({
        ok: false,
        error: 'No document with id 999',
      });
    } finally {
      core.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
