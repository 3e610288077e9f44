import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../service/open-core.ts';
import { useTempDir } from '../testing/temp-dir.ts';
import { startBridge, type Bridge } from './bridge.ts';

const tempDir = useTempDir();
const open: { close(): unknown }[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

async function bridge(): Promise<Bridge> {
  const dir = tempDir();
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Duibiao</title>');
  const core = await openCore({ dbPath: join(dir, 'db.sqlite'), seedDir: null });
  open.push(core);
  const b = await startBridge(core, { rendererDir });
  open.push(b);
  return b;
}

interface Reply {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/** A raw HTTP request, so tests control the Host header (fetch forbids setting it). */
function send(
  port: number,
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string; host?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: opts.host ?? '127.0.0.1',
        port,
        path,
        method: opts.method ?? 'GET',
        headers: { host: `127.0.0.1:${port}`, ...opts.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const call = (b: Bridge, method: string, args: unknown, token = b.token) =>
  send(b.port, `/api/call/${method}`, {
    method: 'POST',
    headers: { 'x-duibiao-token': token, 'content-type': 'application/json' },
    body: JSON.stringify(args),
  });

describe('HTTP bridge', () => {
  it('answers a contract call that carries the token', async () => {
    const b = await bridge();
    const res = await call(b, 'listDocuments', {});
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ result: [] });
  });

  it('refuses a request without the token, or with a wrong one', async () => {
    const b = await bridge();
    expect(
      (await send(b.port, '/api/call/listDocuments', { method: 'POST', body: '{}' })).status,
    ).toBe(401);
    expect((await call(b, 'listDocuments', {}, 'x'.repeat(b.token.length))).status).toBe(401);
    expect((await send(b.port, '/')).status).toBe(401);
  });

  it('does not accept the page cookie alone as authorisation for a call', async () => {
    const b = await bridge();
    const res = await send(b.port, '/api/call/listDocuments', {
      method: 'POST',
      headers: { cookie: `duibiao_token=${b.token}` },
      body: '{}',
    });
    expect(res.status).toBe(401);
  });

  it('refuses a request whose Host is not our loopback address, even with the token', async () => {
    const b = await bridge();
    for (const host of ['evil.example:80', `attacker.test:${b.port}`, `127.0.0.1:${b.port + 1}`]) {
      const res = await send(b.port, '/api/call/listDocuments', {
        method: 'POST',
        headers: { host, 'x-duibiao-token': b.token },
        body: '{}',
      });
      expect(res.status, host).toBe(403);
    }
  });

  it('listens on loopback only', async () => {
    const b = await bridge();
    expect(b.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{43}$/);
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (!external) return expect(b.url).toContain('127.0.0.1'); // no other interface on this machine
    await expect(send(b.port, '/', { host: external.address })).rejects.toThrow(/ECONNREFUSED/);
  });

  it('serves the renderer with the token and sets a strict CSP', async () => {
    const b = await bridge();
    const res = await send(b.port, `/?token=${b.token}`);
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>Duibiao</title>');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['set-cookie']?.[0]).toMatch(/HttpOnly; SameSite=Strict/);
  });

  it('rejects malformed arguments with a clear error naming the field', async () => {
    const b = await bridge();
    const res = await call(b, 'getDocument', { id: 'seven' });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error).toMatch(/Invalid arguments for getDocument: id: .*number/);
    const extra = await call(b, 'listDocuments', { sql: 'DROP TABLE facts' });
    expect(extra.status).toBe(400);
    expect(JSON.parse(extra.body).error).toMatch(/Invalid arguments for listDocuments/);
  });

  it('rejects an unknown method and a body that is not JSON', async () => {
    const b = await bridge();
    const unknown = await call(b, 'constructor', {});
    expect(unknown.status).toBe(400);
    expect(JSON.parse(unknown.body).error).toBe('Unknown method: constructor');
    const bad = await send(b.port, '/api/call/listDocuments', {
      method: 'POST',
      headers: { 'x-duibiao-token': b.token },
      body: '{not json',
    });
    expect(bad.status).toBe(400);
  });

  it('does not serve files outside the renderer build', async () => {
    const b = await bridge();
    const res = await send(b.port, `/..%2Fdb.sqlite?token=${b.token}`);
    expect(res.status).toBe(404);
  });
});
