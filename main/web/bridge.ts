import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ContractError } from '../../shared/api.ts';
import type { Core } from '../service/core-types.ts';
import { dispatch } from '../service/dispatch.ts';
import {
  cookieValue,
  hostAllowed,
  newToken,
  SECURITY_HEADERS,
  TOKEN_COOKIE,
  TOKEN_HEADER,
  tokenMatches,
} from './security.ts';
import { readStatic } from './static-files.ts';

export interface BridgeOptions {
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
  maxBodyBytes?: number;
}

export interface Bridge {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';

/**
 * Serves the renderer build and the contract as JSON over HTTP, on loopback only, to requests
 * that name our loopback Host and carry this run's token; core events stream as Server-Sent Events.
 */
export async function startBridge(core: Core, options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? newToken();
  const maxBody = options.maxBodyBytes ?? 100 * 1024 * 1024;
  let port = 0;
  const streams = new Set<ServerResponse>();
  const unsubscribe = core.onEvent((event) => {
    const data = `data: ${JSON.stringify(event)}\n\n`;
    for (const res of streams) res.write(data);
  });

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent)
        send(res, 500, { error: error instanceof Error ? error.message : String(error) });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    if (!hostAllowed(req.headers.host, port)) return send(res, 403, { error: 'Forbidden host' });
    const url = new URL(req.url ?? '/', `http://${HOST}:${port}`);
    const headerToken = req.headers[TOKEN_HEADER];
    const given =
      (typeof headerToken === 'string' ? headerToken : null) ??
      url.searchParams.get('token') ??
      cookieValue(req.headers.cookie, TOKEN_COOKIE);
    if (!tokenMatches(token, given)) {
      return send(res, 401, {
        error: 'Missing or wrong token: open the address Duibiao printed when it started.',
      });
    }

    if (url.pathname.startsWith('/api/call/')) {
      if (req.method !== 'POST') return send(res, 405, { error: 'Use POST' });
      // The API takes the header only: a cookie alone (sent by any page) never authorises a call.
      if (!tokenMatches(token, typeof headerToken === 'string' ? headerToken : null)) {
        return send(res, 401, { error: `Missing ${TOKEN_HEADER} header` });
      }
      const method = decodeURIComponent(url.pathname.slice('/api/call/'.length));
      let args: unknown;
      try {
        const body = await readBody(req, maxBody);
        args = body.length ? JSON.parse(body) : {};
      } catch (error) {
        return send(res, 400, {
          error: error instanceof Error ? error.message : 'Unreadable request body',
        });
      }
      try {
        return send(res, 200, { result: await dispatch(core, method, args) });
      } catch (error) {
        const status = error instanceof ContractError ? 400 : 500;
        return send(res, status, { error: error instanceof Error ? error.message : String(error) });
      }
    }

    if (url.pathname === '/api/events') {
      res.writeHead(200, {
        'Content-Type': 'text/event-stream',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { error: 'Use GET' });
    const file = await readStatic(options.rendererDir, url.pathname);
    if (!file) return send(res, 404, { error: 'Not found' });
    res.setHeader('Set-Cookie', `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`);
    res.writeHead(200, { 'Content-Type': file.type, 'Cache-Control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${HOST}:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        for (const res of streams) res.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage, max: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        reject(new Error(`Request body over ${max} bytes`));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
