import { Page } from '@playwright/test';

/**
 * Collects console errors and uncaught page errors, the way a user would notice them.
 * React's development-mode warnings (`Warning: findDOMNode is deprecated…`, printed through
 * console.error by upstream Material UI components) are left out: a production build never prints
 * them, and they are not ours to fix.
 */
export function collectBrowserErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', e => errors.push(`pageerror: ${e.message}`));
  page.on('console', m => {
    if (m.type() === 'error' && !m.text().startsWith('Warning: ')) {
      errors.push(`console: ${m.text()}`);
    }
  });
  return errors;
}
