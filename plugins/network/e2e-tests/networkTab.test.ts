import { test, expect, type Page, type TestInfo } from '@playwright/test';
import { collectBrowserErrors } from '@localplus/e2e-test-utils';

/**
 * The Network tab in the running app, on the example estate: the healthy chain of svc-ledger, and
 * the estate's deliberate faults surfacing as findings on the entities they break.
 * Runs through the root playwright.config.ts (`yarn test:e2e`), in Debian's Chromium.
 */

const HOP_KINDS = [
  'DNS',
  'Edge / Access',
  'Tunnel rule',
  'Gateway listener',
  'Route rule',
  'Service',
  'Policy',
];

/** Guest sign-in, then the entity page through the catalog, as a developer gets there. */
async function openEntity(page: Page, name: string) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Enter' }).click();
  const link = page.getByRole('link', { name, exact: true });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(
    new RegExp(`/catalog/default/component/${name}$`),
  );
  await expect(page.getByRole('heading', { name })).toBeVisible();
}

/**
 * Clicks the Network tab and measures, in the browser, the time from the click to the first
 * exposure chain (or, for an entity without chains, the tab content) being in the page and visible.
 */
async function openNetworkTab(
  page: Page,
  testInfo: TestInfo,
  entity: string,
  /** Names the measurement when one entity is measured under several loads. */
  label: string = entity,
) {
  await page.evaluate(() => {
    const w = window as unknown as { networkTabRendered?: Promise<number> };
    w.networkTabRendered = new Promise<number>(resolve => {
      let start: number | undefined;
      document.addEventListener(
        'click',
        () => {
          start = performance.now();
          performance.mark('network-tab-click');
        },
        { capture: true, once: true },
      );
      const rendered = () => {
        const target =
          document.querySelector('article[aria-label^="Chain "]') ??
          document.querySelector(
            '[data-testid="network-content"]:not([data-state="loading"])',
          );
        return target instanceof HTMLElement && target.checkVisibility();
      };
      let done = false;
      const finish = (): boolean => {
        if (done || start === undefined || !rendered()) return false;
        done = true;
        performance.mark('network-tab-rendered');
        resolve(
          performance.measure(
            'network-tab',
            'network-tab-click',
            'network-tab-rendered',
          ).duration,
        );
        return true;
      };
      // The observer catches the commit that inserts the chain; the frame loop catches content
      // that becomes visible without a further mutation.
      const observer = new MutationObserver((_records, self) => {
        if (finish()) self.disconnect();
      });
      observer.observe(document.body, {
        childList: true,
        subtree: true,
        attributes: true,
      });
      const onFrame = () => {
        if (finish()) observer.disconnect();
        if (!done) requestAnimationFrame(onFrame);
      };
      requestAnimationFrame(onFrame);
    });
  });

  // The entity page's tabs are links in the new frontend system's page layout.
  await page.getByRole('link', { name: 'Network', exact: true }).click();
  await expect(page).toHaveURL(
    new RegExp(`/catalog/default/component/${entity}/network$`),
  );
  const ms = await page.evaluate(
    () =>
      (window as unknown as { networkTabRendered: Promise<number> })
        .networkTabRendered,
  );
  const rounded = Math.round(ms);
  testInfo.annotations.push({
    type: 'time-to-first-render',
    description: `${label}: ${rounded} ms`,
  });
  await testInfo.attach(`time-to-first-render-${label}`, {
    body: JSON.stringify({ entity: label, milliseconds: rounded }),
    contentType: 'application/json',
  });
  return rounded;
}

async function screenshot(page: Page, testInfo: TestInfo, entity: string) {
  await page.screenshot({
    path: testInfo.outputPath(`${entity}-network.png`),
    fullPage: true,
  });
}

function findings(page: Page) {
  return page.getByRole('region', { name: 'Findings' });
}

test('svc-ledger: the public chain, callers, names and DNS records', async ({
  page,
}, testInfo) => {
  const errors = collectBrowserErrors(page);
  await openEntity(page, 'svc-ledger');

  // The overview card: a clickable public URL and the way to the tab.
  await expect(
    page.getByRole('link', { name: /^https:\/\/api\.localplus\.io/ }),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Open the Network tab' }),
  ).toBeVisible();

  await openNetworkTab(page, testInfo, 'svc-ledger');

  const chain = page.getByRole('article', {
    name: /^Chain api\.localplus\.io/,
  });
  await expect(chain).toBeVisible();
  const hops = chain
    .getByRole('list', { name: /^Hops of api\.localplus\.io/ })
    .getByRole('button');
  await expect(hops).toHaveCount(HOP_KINDS.length);
  for (const [index, kind] of HOP_KINDS.entries()) {
    await expect(hops.nth(index)).toHaveAccessibleName(
      new RegExp(`^${kind}: .*\\((ok|unknown)\\)$`),
    );
  }
  await expect(
    page.getByRole('article', {
      name: 'Chain svc-ledger.internal.localplus.io',
    }),
  ).toBeVisible();

  // Opening a hop tells why it is ok and which object decides it.
  await hops.nth(6).click();
  await expect(
    chain.getByRole('region', { name: 'Policy details' }),
  ).toContainText('CiliumNetworkPolicy svc-ledger/svc-ledger');

  const callers = page.getByRole('region', { name: 'Who may call me' });
  await expect(
    callers.getByRole('link', { name: /svc-payment/ }),
  ).toBeVisible();
  await expect(callers.getByRole('link', { name: /prometheus/ })).toBeVisible();
  await expect(callers).toContainText('ingress');

  const callees = page.getByRole('region', { name: 'Whom may I call' });
  await expect(callees.getByRole('link', { name: /svc-wallet/ })).toBeVisible();

  const dns = page.getByRole('region', { name: 'DNS' });
  await expect(dns).toContainText('api.localplus.io');
  await expect(dns).toContainText(
    '6ff42ae2-765d-4adf-8112-31c55c1551ef.cfargotunnel.com',
  );
  await expect(dns).toContainText('svc-ledger.internal.localplus.io');
  await expect(dns).toContainText('svc-ledger.svc-ledger.svc.cluster.local');

  await expect(page.getByRole('region', { name: 'Tunnel' })).toContainText(
    'api.localplus.io',
  );
  await expect(page.getByRole('region', { name: 'Routes' })).toContainText(
    '/v1/ledger',
  );
  await expect(findings(page)).not.toContainText('gateway-blocked-by-policy');

  await screenshot(page, testInfo, 'svc-ledger');
  expect(errors).toEqual([]);
});

test('svc-merchant: the Gateway is blocked by its policy', async ({
  page,
}, testInfo) => {
  const errors = collectBrowserErrors(page);
  await openEntity(page, 'svc-merchant');
  await openNetworkTab(page, testInfo, 'svc-merchant');

  await expect(findings(page)).toContainText('gateway-blocked-by-policy');
  await expect(findings(page)).toContainText(
    'CiliumNetworkPolicy svc-merchant/svc-merchant',
  );
  const chain = page.getByRole('article', {
    name: /^Chain api\.localplus\.io/,
  });
  await expect(
    chain.getByRole('button', { name: /^Policy: .*\(broken\)$/ }),
  ).toBeVisible();

  await screenshot(page, testInfo, 'svc-merchant');
  expect(errors).toEqual([]);
});

test('svc-payment: pay.localplus.io has no tunnel rule', async ({
  page,
}, testInfo) => {
  const errors = collectBrowserErrors(page);
  await openEntity(page, 'svc-payment');
  await openNetworkTab(page, testInfo, 'svc-payment');

  await expect(findings(page)).toContainText('dns-without-tunnel-rule');
  await expect(findings(page)).toContainText('pay.localplus.io');
  const chain = page.getByRole('article', {
    name: /^Chain pay\.localplus\.io/,
  });
  await expect(
    chain.getByRole('button', { name: /\(broken\)$/ }).first(),
  ).toBeVisible();

  await screenshot(page, testInfo, 'svc-payment');
  expect(errors).toEqual([]);
});

test('svc-notification: default-deny egress without DNS', async ({
  page,
}, testInfo) => {
  const errors = collectBrowserErrors(page);
  await openEntity(page, 'svc-notification');
  await openNetworkTab(page, testInfo, 'svc-notification');

  await expect(findings(page)).toContainText('egress-without-dns');
  await expect(findings(page)).toContainText(
    'CiliumNetworkPolicy svc-notification/svc-notification',
  );

  await screenshot(page, testInfo, 'svc-notification');
  expect(errors).toEqual([]);
});

/**
 * A generated entity with 500 policy rules and 500 callers: the real svc-ledger answer, widened in
 * flight. Everything else (app, catalog, backend) is the running app.
 */
test('a view with 500 policy rules stays usable, paged', async ({
  page,
}, testInfo) => {
  const errors = collectBrowserErrors(page);
  const count = 500;
  await page.route(
    '**/api/network/entities/component/default/svc-ledger/view',
    async route => {
      const response = await route.fetch();
      const view = await response.json();
      const rules = Array.from({ length: count }, (_, index) => ({
        section: 'ingress',
        index,
        summary: `allow from team-${index}/client-${index} to TCP ${
          8000 + index
        }`,
      }));
      view.policies = [{ ...view.policies[0], rules }];
      view.callers = rules.map(rule => ({
        peer: `team-${rule.index}/client-${rule.index}[Deployment]`,
        peerKind: 'workload',
        ports: `TCP ${8000 + rule.index}`,
        verdict: 'allowed',
        allowedBy: [
          `CiliumNetworkPolicy svc-ledger/svc-ledger ingress[${rule.index}]`,
        ],
        unknown: [],
      }));
      await route.fulfill({ response, json: view });
    },
  );

  await openEntity(page, 'svc-ledger');
  await openNetworkTab(page, testInfo, 'svc-ledger', 'svc-ledger-500-rules');

  const policies = page.getByRole('region', { name: 'Policies' });
  await expect(policies).toContainText(`${count} rules`);
  // 25 body rows plus the header row.
  await expect(policies.getByRole('row')).toHaveCount(26);
  await policies.getByRole('button', { name: /next/i }).click();
  await expect(policies).toContainText('ingress[25]');
  await expect(
    page.getByRole('region', { name: 'Who may call me' }).getByRole('row'),
  ).toHaveCount(26);

  await screenshot(page, testInfo, 'svc-ledger-500-rules');
  expect(errors).toEqual([]);
});
