import { describe, expect, it } from 'vitest';
import { takeToken, TOKEN_KEY, type TokenEnv } from './token.ts';

function env(href: string, stored: string | null = null) {
  const storage = new Map<string, string>(stored ? [[TOKEN_KEY, stored]] : []);
  const replaced: string[] = [];
  const e: TokenEnv = {
    location: { href },
    history: { state: { s: 1 }, replaceState: (_d, _u, url) => replaced.push(url) },
    sessionStorage: {
      getItem: (k) => storage.get(k) ?? null,
      setItem: (k, v) => void storage.set(k, v),
    },
  };
  return { e, storage, replaced };
}

describe('takeToken', () => {
  it('takes the token from the URL, stores it, and removes it from the address bar', () => {
    const { e, storage, replaced } = env('http://127.0.0.1:5000/?token=abc_D-1&x=2#grid');
    expect(takeToken(e)).toBe('abc_D-1');
    expect(storage.get(TOKEN_KEY)).toBe('abc_D-1');
    expect(replaced).toEqual(['/?x=2#grid']);
  });

  it('falls back to the stored token after a reload, leaving the address alone', () => {
    const { e, replaced } = env('http://127.0.0.1:5000/', 'kept');
    expect(takeToken(e)).toBe('kept');
    expect(replaced).toEqual([]);
  });

  it('returns null when there is no token anywhere', () => {
    expect(takeToken(env('http://127.0.0.1:5000/').e)).toBeNull();
  });
});
