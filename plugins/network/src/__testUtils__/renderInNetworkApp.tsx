import { renderInTestApp } from '@backstage/frontend-test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import type { Entity } from '@backstage/catalog-model';
import type { ReactElement } from 'react';
import { networkApiRef, type NetworkApi } from '../api';
import { svcLedgerEntity } from '../testing/fixtures';

/**
 * Renders an element of the plugin in a test app the way the entity page would: with the entity
 * in context, the catalog's entity route mounted (so entity links resolve) and the given API.
 */
export function renderInNetworkApp(
  element: ReactElement,
  options: { api?: NetworkApi; entity?: Entity } = {},
) {
  const { api, entity = svcLedgerEntity } = options;
  const wrapped = <EntityProvider entity={entity}>{element}</EntityProvider>;
  const mountedRoutes = {
    '/catalog/:namespace/:kind/:name': entityRouteRef,
  };
  if (!api) {
    return renderInTestApp(wrapped, { mountedRoutes });
  }
  return renderInTestApp(wrapped, {
    apis: [[networkApiRef, api]],
    mountedRoutes,
  });
}
