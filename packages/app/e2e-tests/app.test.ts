import { test, expect } from '@playwright/test';
import { collectBrowserErrors } from '@localplus/e2e-test-utils';

test('a guest signs in and finds svc-ledger in the catalog', async ({
  page,
}, testInfo) => {
  const errors = collectBrowserErrors(page);
  await page.goto('/');

  await page.getByRole('button', { name: 'Enter' }).click();

  const nav = page.getByRole('navigation', { name: 'sidebar nav' });
  await expect(
    nav.getByRole('link', { name: 'Catalog', exact: true }),
  ).toBeVisible();

  const ledger = page.getByRole('link', { name: 'svc-ledger', exact: true });
  await expect(ledger).toBeVisible();
  await expect(page.getByText('Double-entry ledger')).toBeVisible();

  await ledger.click();
  await expect(page).toHaveURL(/\/catalog\/default\/component\/svc-ledger/);
  await expect(page.getByRole('heading', { name: 'svc-ledger' })).toBeVisible();

  await page.screenshot({
    path: testInfo.outputPath('svc-ledger.png'),
    fullPage: true,
  });
  expect(errors).toEqual([]);
});
