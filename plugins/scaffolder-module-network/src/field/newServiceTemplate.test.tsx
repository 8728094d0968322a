import { renderInTestApp } from '@backstage/frontend-test-utils';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import {
  Stepper,
  type StepperProps,
} from '@backstage/plugin-scaffolder-react/alpha';
import { networkApiRef } from '@localplus/plugin-network';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
// The template is no package, and this test is about the real one (its Network page).
// eslint-disable-next-line @backstage/no-relative-monorepo-imports
import template from '../../../../templates/new-service/template.yaml';
import { NetworkExposureField } from '../components/NetworkExposureField';
import {
  FakeNetworkApi,
  LEDGER_ROUTE_TAKEN,
} from '../__testUtils__/FakeNetworkApi';
import { catalogEntities } from '../__testUtils__/entities';
import { validateNetworkExposure } from './validation';

type Step = { title: string; description?: string } & Record<string, unknown>;

/** The "Network" page of the real template, as the scaffolder backend hands it to the Stepper. */
function networkStep() {
  // the YAML transform of the test runner hands the parsed document
  const steps = (template as unknown as { spec: { parameters: Step[] } }).spec
    .parameters;
  const step = steps.find(s => s.title === 'Network');
  if (!step) {
    throw new Error('templates/new-service has no "Network" step');
  }
  const { title, description, ...schema } = step;
  return { title, description, schema } as StepperProps['manifest']['steps'][0];
}

function renderWizard(api: FakeNetworkApi) {
  const onCreate = jest.fn(async (_values: Record<string, unknown>) => {});
  renderInTestApp(
    <Stepper
      manifest={{ title: 'New service', steps: [networkStep()] }}
      extensions={[
        {
          name: 'NetworkExposure',
          component: NetworkExposureField as never,
          validation: validateNetworkExposure as never,
        },
      ]}
      // what the first page ("Service") collected
      initialState={{ name: 'svc-shop', owner: 'group:default/team-platform' }}
      onCreate={onCreate}
    />,
    {
      apis: [
        [catalogApiRef, catalogApiMock({ entities: catalogEntities })],
        [networkApiRef, api],
      ],
    },
  );
  return onCreate;
}

describe('templates/new-service with the NetworkExposure field', () => {
  // the Stepper scrolls to the top on each page; jsdom has no layout to scroll
  beforeAll(() => {
    jest.spyOn(window, 'scrollTo').mockImplementation(() => {});
  });

  it('refuses a taken path on Next, reviews the plan in words and creates with the action’s inputs', async () => {
    const api = new FakeNetworkApi().answer(
      'api.localplus.io/v1/ledger',
      LEDGER_ROUTE_TAKEN,
    );
    const onCreate = renderWizard(api);
    const path = await screen.findByRole('textbox', { name: 'Path prefix' });
    await userEvent.type(path, '/v1/ledger');
    await screen.findByText('Taken by');

    await userEvent.click(screen.getByRole('button', { name: 'Review' }));
    expect(
      await screen.findAllByText(/owned by component:default\/svc-ledger/),
    ).not.toHaveLength(0);
    expect(
      screen.queryByRole('button', { name: 'Create' }),
    ).not.toBeInTheDocument();

    await userEvent.clear(path);
    await userEvent.type(path, '/v1/shop');
    await screen.findByText(/^Free: api\.localplus\.io\/v1\/shop/);
    await userEvent.click(screen.getByRole('button', { name: 'Review' }));

    // the review shows the plan in words, not the raw values
    expect(await screen.findByText('Network plan')).toBeInTheDocument();
    expect(
      screen.getByText(
        /^Route: https:\/\/api\.localplus\.io\/v1\/shop → Service svc-shop port 8080/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Policy: default deny;/)).toBeInTheDocument();
    expect(screen.queryByText('Ports')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(onCreate).toHaveBeenCalled());
    expect(onCreate.mock.calls[0][0]).toMatchObject({
      name: 'svc-shop',
      exposure: { mode: 'shared', path: '/v1/shop' },
      ports: { http: 8080, grpc: 50051 },
      callers: [],
      callees: [],
      dataServices: [],
      networkPlan: expect.arrayContaining([
        'DNS: svc-shop.internal.localplus.io (private, Route53)',
      ]),
    });
    // the whole wizard with Material UI steps is slow in jsdom, not the field
  }, 30_000);
});
