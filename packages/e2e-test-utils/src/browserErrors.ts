import type { Page } from '@playwright/test';

/*
 * The guest provider signs in as `user:development/guest`, which is not in the catalog (the
 * example catalog's guest is `user:default/guest`, so that the catalog page lists everything
 * rather than the guest's own components). Pages that look up the signed-in user's entity then
 * get a 404 the browser logs; that lookup is expected to miss.
 */
const EXPECTED_MISSES = [
  /\/api\/catalog\/entities\/by-name\/user\/development\/guest$/,
];

/**
 * Console errors and uncaught page errors, the way a user would notice them. React's
 * development-mode warnings (`Warning: …`, printed by upstream Material UI components) are left
 * out: a production build never prints them. A failed resource names its URL.
 */
export function collectBrowserErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', e => errors.push(`pageerror: ${e.message}`));
  page.on('console', m => {
    if (m.type() !== 'error' || m.text().startsWith('Warning: ')) {
      return;
    }
    const url = m.location().url;
    if (
      m.text().includes('status of 404') &&
      EXPECTED_MISSES.some(miss => miss.test(url))
    ) {
      return;
    }
    errors.push(`console: ${m.text()}${url ? ` (${url})` : ''}`);
  });
  return errors;
}
