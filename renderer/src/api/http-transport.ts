import type { CoreEvent } from '../../../shared/api.ts';
import type { EventListener, Transport } from './transport.ts';

export const TOKEN_HEADER = 'X-Duibiao-Token';

export interface HttpTransportOptions {
  token: string | null;
  /** Origin (and path prefix) of the bridge; the page's own origin by default. */
  baseUrl?: string;
  fetch?: typeof fetch;
  createEventSource?: (url: string) => Pick<EventSource, 'onmessage' | 'close'>;
}

/** The message for a failed call: the bridge's `{ error }` when it sent one, else the HTTP status. */
export async function errorMessage(method: string, response: Response): Promise<string> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const error = (body as { error?: unknown } | undefined)?.error;
  const detail = typeof error === 'string' && error ? error : '';
  if (response.status === 401) {
    // The page lost its token (e.g. opened without the printed address): say what to do.
    return `未授权：请用对标启动时打印的地址重新打开本页。${detail ? `（${detail}）` : ''}`;
  }
  if (detail) return detail;
  return `${method}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
}

/** The browser shell: JSON over HTTP for calls, Server-Sent Events for the core's events. */
export function createHttpTransport(options: HttpTransportOptions): Transport {
  const base = (options.baseUrl ?? '').replace(/\/$/, '');
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const openEvents =
    options.createEventSource ?? ((url: string) => new EventSource(url) as EventSource);
  const listeners = new Set<EventListener>();
  let source: Pick<EventSource, 'onmessage' | 'close'> | null = null;

  function connect(): void {
    const query = options.token ? `?token=${encodeURIComponent(options.token)}` : '';
    source = openEvents(`${base}/api/events${query}`);
    source.onmessage = (message: MessageEvent) => {
      let event: CoreEvent;
      try {
        event = JSON.parse(String(message.data)) as CoreEvent;
      } catch {
        return;
      }
      for (const listener of [...listeners]) listener(event);
    };
  }

  return {
    shell: 'web',
    async call(method, args) {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (options.token) headers[TOKEN_HEADER] = options.token;
      let response: Response;
      try {
        response = await doFetch(`${base}/api/call/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers,
          body: JSON.stringify(args ?? {}),
        });
      } catch (cause) {
        throw new Error(`${method}: 无法连接到对标服务`, { cause });
      }
      if (!response.ok) throw new Error(await errorMessage(method, response));
      const body = (await response.json()) as { result?: unknown };
      if (!body || typeof body !== 'object' || !('result' in body)) {
        throw new Error(`${method}: 无效的响应`);
      }
      return body.result;
    },
    onEvent(listener) {
      listeners.add(listener);
      if (!source) connect();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && source) {
          source.close();
          source = null;
        }
      };
    },
  };
}
