/** The browser shell's per-run token: given once in the URL, then kept for the tab's life. */
export const TOKEN_KEY = 'duibiao.token';

export interface TokenEnv {
  location: { href: string };
  history: { state: unknown; replaceState(data: unknown, unused: string, url: string): void };
  sessionStorage: Pick<Storage, 'getItem' | 'setItem'>;
}

/**
 * Reads `?token=` from the address, stores it in sessionStorage and removes it from the address
 * bar (so it is not bookmarked, shared or left in history). Falls back to the stored token on
 * reload. Returns null when there is none.
 */
export function takeToken(env: TokenEnv = window): string | null {
  const url = new URL(env.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    env.sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    env.history.replaceState(env.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return env.sessionStorage.getItem(TOKEN_KEY);
}
