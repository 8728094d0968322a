import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { screen } from '@testing-library/react';
import { mockApis, renderTestApp } from '@backstage/frontend-test-utils';
import { createTestEntityPage } from '@backstage/plugin-catalog-react/testUtils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import type { Entity } from '@backstage/catalog-model';
import { networkFrontendPlugin } from './plugin';
import {
  plainEntity,
  svcLedgerEntity,
  svcLedgerView,
} from './testing/fixtures';

/** The network backend on loopback, answering the one path the tab reads. */
function startBackend(): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.url === '/api/network/entities/component/default/svc-ledger/view') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(svcLedgerView));
      return;
    }
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end(
      JSON.stringify({
        error: { name: 'NotFoundError', message: `nothing at ${req.url}` },
        response: { statusCode: 404 },
      }),
    );
  });
  return new Promise(resolve =>
    server.listen(0, '127.0.0.1', () => resolve(server)),
  );
}

describe('networkFrontendPlugin', () => {
  let server: Server;
  let baseUrl: string;

  beforeAll(async () => {
    server = await startBackend();
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>(resolve => server.close(() => resolve())));

  function renderEntityPage(entity: Entity, path: string) {
    return renderTestApp({
      features: [networkFrontendPlugin],
      extensions: [createTestEntityPage({ entity })],
      // The plugin's own API extension builds the client; only the core APIs are test doubles.
      apis: [mockApis.discovery({ baseUrl }), mockApis.fetch()],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      initialRouteEntries: [path],
    });
  }

  it('installs the tab, which reads the backend through discovery and fetch', async () => {
    renderEntityPage(svcLedgerEntity, '/network');
    expect(
      await screen.findByRole('article', {
        name: 'Chain api.localplus.io/v1/ledger',
      }),
    ).toBeInTheDocument();
  });

  it('installs the overview card', async () => {
    renderEntityPage(svcLedgerEntity, '/');
    expect(
      await screen.findByRole('link', { name: 'Open the Network tab' }),
    ).toHaveAttribute('href', '/catalog/default/component/svc-ledger/network');
    expect(
      await screen.findByRole('link', {
        name: 'https://api.localplus.io/v1/ledger',
      }),
    ).toBeInTheDocument();
  });

  it('shows nothing for kinds other than component and resource', async () => {
    renderEntityPage({ ...svcLedgerEntity, kind: 'API' }, '/');
    expect(await screen.findByTestId('empty-entity-page')).toBeInTheDocument();
  });

  it('shows neither tab nor card for an entity without a Kubernetes id', async () => {
    renderEntityPage(plainEntity, '/');
    // The test entity page says so when every extension's filter rejected the entity.
    expect(await screen.findByTestId('empty-entity-page')).toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: 'Open the Network tab' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByLabelText('Loading network data'),
    ).not.toBeInTheDocument();
  });
});
