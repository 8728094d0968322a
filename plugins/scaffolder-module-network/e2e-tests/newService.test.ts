import { test, expect, type Page, type TestInfo } from '@playwright/test';
import { collectBrowserErrors } from '@localplus/e2e-test-utils';

/**
 * The golden path in the running app: a developer creates a public service from the browser,
 * is told live that an example-estate path is taken, picks a free one, and lands on a Network
 * tab that shows what was created. Runs through the root playwright.config.ts in Debian's
 * Chromium (`node scripts/e2e.mjs`).
 *
 * The run writes the new service into the configured GitOps folder (the example estate in the
 * embedded default), so the name is unique per run.
 */

const service = `svc-e2e-${Date.now().toString(36)}`;
const freePath = `/v1/${service.replace(/^svc-/, '')}`;

async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: testInfo.outputPath(name), fullPage: true });
}

/**
 * Guest sign-in lives in the page, so every load of the app asks again; the app then renders the
 * URL it was loaded at.
 */
async function signIn(page: Page) {
  const enter = page.getByRole('button', { name: 'Enter' });
  await enter.click();
  await expect(enter).toBeHidden();
}

/** A catalog picker of the first page (an autocomplete of display names): type, then choose. */
async function pick(page: Page, label: string, option: string) {
  const input = page.getByRole('textbox', { name: label });
  await input.click();
  await input.fill(option);
  await page.getByRole('option', { name: option }).first().click();
}

test('a developer creates a public service and lands on its healthy Network tab', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  const errors = collectBrowserErrors(page);

  // A freshly started backend lists the template once the catalog has read it.
  const choose = page.getByRole('button', { name: 'Choose' });
  await page.goto('/create');
  await expect(async () => {
    await page.reload();
    await signIn(page);
    // narrowed to the one template, so "Choose" is unambiguous however many there are
    await page.getByPlaceholder('Search').fill('New service');
    await expect(choose).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 120_000 });
  await choose.click();

  // Page 1: the service
  await page.getByRole('textbox', { name: 'Name' }).fill(service);
  await pick(page, 'Owner', 'Platform Team');
  await pick(page, 'System', 'payments');
  await page.getByRole('button', { name: 'Next' }).click();

  // Page 2: the NetworkExposure field
  const field = page.getByRole('region', { name: 'Exposure' });
  await expect(
    field.getByRole('radio', { name: /Public under api\.localplus\.io/ }),
  ).toBeChecked();
  const status = page.getByRole('status', { name: 'Availability' });
  const path = page.getByRole('textbox', { name: 'Path prefix' });
  await path.fill('/v1/ledger');
  await expect(status).toContainText('Taken by svc-ledger');
  await expect(
    status.getByRole('link', { name: 'svc-ledger' }),
  ).toHaveAttribute('href', /\/catalog\/default\/component\/svc-ledger$/);
  await screenshot(page, testInfo, 'new-service-path-taken.png');

  await path.fill(freePath);
  await expect(status).toContainText(`Free: api.localplus.io${freePath}`);
  await page.getByRole('button', { name: /Callers/ }).click();
  await page.getByRole('option', { name: /web-portal/ }).click();
  await page.keyboard.press('Escape');
  // the visible box is drawn over the native input: click its label, as a user does
  await page.getByText('PostgreSQL (Aiven, 5432)').click();
  await expect(
    page.getByRole('checkbox', { name: /PostgreSQL/ }),
  ).toBeChecked();
  const preview = page.getByRole('region', { name: 'What will be created' });
  await expect(preview).toContainText(
    `https://api.localplus.io${freePath} → Service ${service} port 8080`,
  );
  await expect(preview).toContainText('allow web-portal on 8080, 50051');
  await screenshot(page, testInfo, 'new-service-form.png');
  await page.getByRole('button', { name: 'Review' }).click();

  // Review: the plan in words
  await expect(page.getByText('Network plan')).toBeVisible();
  await expect(
    page.getByText(`Route: https://api.localplus.io${freePath} →`, {
      exact: false,
    }),
  ).toBeVisible();
  await screenshot(page, testInfo, 'new-service-review.png');
  await page.getByRole('button', { name: 'Create' }).click();

  // The task runs to its end and offers the Network tab
  const networkTab = page.getByRole('link', { name: 'Network tab' });
  await expect(networkTab).toBeVisible({ timeout: 120_000 });
  await screenshot(page, testInfo, 'new-service-task.png');
  const errorsBeforeWait = errors.length;
  await networkTab.click();
  await expect(page).toHaveURL(
    new RegExp(`/catalog/default/component/${service}/network$`),
  );

  // The template's catalog step should make the entity appear within seconds; until it does, the
  // page says the entity is missing.
  const chain = page.getByRole('article', {
    name: `Chain api.localplus.io${freePath}`,
  });
  const created = Date.now();
  await expect(async () => {
    await page.reload();
    // A reload keeps the guest session; sign in only when the app asks.
    const enter = page.getByRole('button', { name: 'Enter' });
    await expect(
      enter.or(page.getByRole('heading', { name: service })).first(),
    ).toBeVisible();
    if (await enter.isVisible()) await signIn(page);
    await expect(
      chain,
      `the catalog has no component ${service} yet`,
    ).toBeVisible({ timeout: 5_000 });
  }).toPass({ intervals: [2_000], timeout: 60_000 });
  // While the catalog has not processed the new entity yet, the page's lookups answer 404 (and
  // the browser logs them); nothing else may go wrong meanwhile.
  const duringWait = errors.splice(errorsBeforeWait);
  expect(duringWait.filter(e => !/status of 404/.test(e))).toEqual([]);
  testInfo.annotations.push({
    type: 'entity-visible-after',
    description: `${Math.round((Date.now() - created) / 1000)} s`,
  });

  // healthy: no hop broken, and the route and policy just written are the ones that decide
  const hops = chain
    .getByRole('list', { name: /^Hops of / })
    .getByRole('button');
  await expect(hops.first()).toBeVisible();
  const verdicts = await hops.evaluateAll(buttons =>
    buttons.map(b => b.getAttribute('aria-label') ?? ''),
  );
  for (const hop of verdicts) {
    expect(hop).toMatch(/\((ok|unknown)\)$/);
  }
  expect(verdicts).toContainEqual(
    expect.stringMatching(
      new RegExp(`^Route rule: HTTPRoute ${service}/${service} .*\\(ok\\)$`),
    ),
  );
  expect(verdicts).toContainEqual(
    expect.stringMatching(/^Policy: entity:ingress → .*TCP 8080 \(ok\)$/),
  );
  await expect(
    page.getByRole('article', {
      name: `Chain ${service}.internal.localplus.io`,
    }),
  ).toBeVisible();
  await screenshot(page, testInfo, 'new-service-network-tab.png');
  expect(errors).toEqual([]);
});
