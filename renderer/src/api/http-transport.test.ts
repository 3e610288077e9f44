import { describe, expect, it, vi } from 'vitest';
import { createHttpTransport, TOKEN_HEADER } from './http-transport.ts';

/**
 * A stub of the bridge's protocol, behind `fetch`: POST /api/call/<method>, the token header,
 * 200 { result } or 4xx/5xx { error } (renderer tests stay free of Node modules).
 */
const base = 'http://127.0.0.1:5173';
const seen: { method: string; token: string | undefined; body: string }[] = [];

const bridgeFetch: typeof fetch = async (input, init) => {
  const url = new URL(String(input));
  const method = decodeURIComponent(url.pathname.replace('/api/call/', ''));
  const headers = new Headers(init?.headers);
  const token = headers.get(TOKEN_HEADER) ?? undefined;
  seen.push({ method, token, body: String(init?.body) });
  const reply = (status: number, payload: string) =>
    new Response(payload, { status, headers: { 'Content-Type': 'application/json' } });
  if (init?.method !== 'POST') return reply(405, JSON.stringify({ error: 'Use POST' }));
  if (token !== 'secret') return reply(401, JSON.stringify({ error: 'Missing or wrong token' }));
  if (method === 'listDocuments') return reply(200, JSON.stringify({ result: [{ id: 1 }] }));
  if (method === 'compare') return reply(400, JSON.stringify({ error: 'Invalid arguments' }));
  if (method === 'crash') return reply(500, '<html>oops</html>');
  if (method === 'nothing') return reply(200, JSON.stringify({}));
  return reply(200, JSON.stringify({ result: null }));
};

describe('HTTP transport', () => {
  it('posts the args as JSON with the token header and returns `result`', async () => {
    const t = createHttpTransport({ token: 'secret', baseUrl: base, fetch: bridgeFetch });
    await expect(t.call('listDocuments', {})).resolves.toEqual([{ id: 1 }]);
    expect(seen.at(-1)).toEqual({ method: 'listDocuments', token: 'secret', body: '{}' });
  });

  it('returns a null result as null (not as a missing result)', async () => {
    const t = createHttpTransport({ token: 'secret', baseUrl: base, fetch: bridgeFetch });
    await expect(t.call('other', { a: 1 })).resolves.toBeNull();
    expect(seen.at(-1)?.body).toBe('{"a":1}');
  });

  it("turns the bridge's { error } into a thrown Error with that message", async () => {
    const t = createHttpTransport({ token: 'secret', baseUrl: base, fetch: bridgeFetch });
    await expect(t.call('compare', {})).rejects.toThrow(/^Invalid arguments$/);
  });

  it('reports the status when the error body is not JSON', async () => {
    const t = createHttpTransport({ token: 'secret', baseUrl: base, fetch: bridgeFetch });
    await expect(t.call('crash', {})).rejects.toThrow('crash: HTTP 500');
  });

  it('rejects a 200 without a result', async () => {
    const t = createHttpTransport({ token: 'secret', baseUrl: base, fetch: bridgeFetch });
    await expect(t.call('nothing', {})).rejects.toThrow('nothing: 无效的响应');
  });

  it('sends no token header without a token, and surfaces the 401 message', async () => {
    const t = createHttpTransport({ token: null, baseUrl: base, fetch: bridgeFetch });
    await expect(t.call('listDocuments', {})).rejects.toThrow(
      '未授权：请用对标启动时打印的地址重新打开本页。（Missing or wrong token）',
    );
    expect(seen.at(-1)?.token).toBeUndefined();
  });

  it('explains a network failure', async () => {
    const t = createHttpTransport({
      token: 'secret',
      fetch: () => Promise.reject(new TypeError('fetch failed')),
    });
    await expect(t.call('listDocuments', {})).rejects.toThrow('listDocuments: 无法连接到对标服务');
  });

  it('encodes the method into the path', async () => {
    const fetchStub = vi.fn(async () => Response.json({ result: 1 }));
    const t = createHttpTransport({ token: 't', fetch: fetchStub, baseUrl: 'http://x/' });
    await t.call('a/b', {});
    expect(fetchStub).toHaveBeenCalledWith('http://x/api/call/a%2Fb', expect.anything());
  });
});

describe('HTTP transport events', () => {
  function fakeSource() {
    const made: { url: string; closed: boolean; source: { onmessage: unknown; close(): void } }[] =
      [];
    const create = (url: string) => {
      const entry = {
        url,
        closed: false,
        source: {
          onmessage: null as ((m: { data: string }) => void) | null,
          close: () => {
            entry.closed = true;
          },
        },
      };
      made.push(entry);
      return entry.source as unknown as Pick<EventSource, 'onmessage' | 'close'>;
    };
    return { made, create };
  }

  it('opens one EventSource with the token, parses messages, closes after the last listener', () => {
    const { made, create } = fakeSource();
    const t = createHttpTransport({ token: 'a b', createEventSource: create });
    const a = vi.fn();
    const b = vi.fn();
    const offA = t.onEvent(a);
    const offB = t.onEvent(b);
    expect(made).toHaveLength(1);
    expect(made[0]!.url).toBe('/api/events?token=a%20b');
    const emit = made[0]!.source.onmessage as (m: { data: string }) => void;
    emit({ data: '{"type":"index-changed"}' });
    emit({ data: 'not json' });
    expect(a).toHaveBeenCalledExactlyOnceWith({ type: 'index-changed' });
    expect(b).toHaveBeenCalledOnce();
    offA();
    expect(made[0]!.closed).toBe(false);
    offB();
    expect(made[0]!.closed).toBe(true);
  });
});
