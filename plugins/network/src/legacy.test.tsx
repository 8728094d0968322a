import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { screen } from '@testing-library/react';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { networkApiRef, type NetworkApi } from './api';
import {
  EntityNetworkContent,
  EntityNetworkOverviewCard,
  networkPlugin,
  networkRouteRef,
} from './legacy';
import { FakeNetworkApi } from './testing/fakeNetworkApi';
import { svcLedgerEntity, svcLedgerView } from './testing/fixtures';

describe('legacy frontend system exports', () => {
  const routes = {
    '/catalog/:namespace/:kind/:name': entityRouteRef,
    '/catalog/:namespace/:kind/:name/network': networkRouteRef,
  };

  it('renders EntityNetworkContent where the app mounts it', async () => {
    renderInTestApp(
      <EntityProvider entity={svcLedgerEntity}>
        <EntityNetworkContent />
      </EntityProvider>,
      {
        apis: [[networkApiRef, new FakeNetworkApi([svcLedgerView])]],
        mountedRoutes: routes,
        mountPath: '/catalog/:namespace/:kind/:name/network',
        initialRouteEntries: ['/catalog/default/component/svc-ledger/network'],
      },
    );
    expect(
      await screen.findByRole('article', {
        name: 'Chain api.localplus.io/v1/ledger',
      }),
    ).toBeInTheDocument();
  });

  it('renders EntityNetworkOverviewCard', async () => {
    renderInTestApp(
      <EntityProvider entity={svcLedgerEntity}>
        <EntityNetworkOverviewCard />
      </EntityProvider>,
      {
        apis: [[networkApiRef, new FakeNetworkApi([svcLedgerView])]],
        mountedRoutes: routes,
      },
    );
    expect(
      await screen.findByRole('link', {
        name: 'https://api.localplus.io/v1/ledger',
      }),
    ).toBeInTheDocument();
  });

  describe('the API factory of networkPlugin', () => {
    let server: Server;
    let baseUrl: string;

    beforeAll(async () => {
      server = createServer((req, res) => {
        res.writeHead(req.url?.endsWith('/svc-ledger/view') ? 200 : 404, {
          'Content-Type': 'application/json',
        });
        res.end(JSON.stringify(svcLedgerView));
      });
      await new Promise<void>(resolve =>
        server.listen(0, '127.0.0.1', resolve),
      );
      baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });

    afterAll(() => new Promise<void>(resolve => server.close(() => resolve())));

    it('builds a client that reads the backend through discovery and fetch', async () => {
      const factory = [...networkPlugin.getApis()].find(
        f => f.api.id === networkApiRef.id,
      );
      expect(factory).toBeDefined();
      const client = factory!.factory({
        discoveryApi: mockApis.discovery({ baseUrl }),
        fetchApi: mockApis.fetch(),
      }) as NetworkApi;
      const view = await client.getView('component:default/svc-ledger');
      expect(view.entityRef).toBe('component:default/svc-ledger');
    });
  });
});
