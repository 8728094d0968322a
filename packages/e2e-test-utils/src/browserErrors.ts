import type { Page } from '@playwright/test';

/**
 * Console errors and uncaught page errors, the way a user would notice them. React's
 * development-mode warnings (`Warning: …`, printed by upstream Material UI components) are left
 * out: a production build never prints them. Same rule as `packages/app/e2e-tests`.
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
