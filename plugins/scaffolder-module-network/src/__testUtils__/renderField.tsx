import { renderInTestApp } from '@backstage/frontend-test-utils';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { networkApiRef } from '@localplus/plugin-network';
import { useState } from 'react';
import { NetworkExposureField } from '../components/NetworkExposureField';
import type { NetworkExposureFieldProps } from '../field/schema';
import { catalogEntities } from './entities';
import type { FakeNetworkApi } from './FakeNetworkApi';

/** The step schema of the template: the field's keys plus the plan for the review. */
export const stepSchema = {
  type: 'object',
  properties: {
    exposure: { type: 'object' },
    ports: { type: 'object' },
    metricsPort: { type: 'integer' },
    callers: { type: 'array' },
    callees: { type: 'array' },
    dataServices: { type: 'array' },
    networkPlan: { type: 'array' },
  },
};

export interface FieldProbe {
  /** Every value the field wrote, last one last. */
  written: Record<string, unknown>[];
  /** How often the surrounding form was submitted. */
  submits: number;
}

function Harness(props: {
  name?: string;
  initial: Record<string, unknown>;
  probe: FieldProbe;
  errorSchema?: unknown;
  uiOptions?: Record<string, unknown>;
}) {
  const { name, initial, probe, errorSchema, uiOptions } = props;
  const [formData, setFormData] = useState<Record<string, unknown>>(initial);
  const fieldProps = {
    formData,
    onChange: (next: Record<string, unknown>) => {
      probe.written.push(next);
      setFormData(next);
    },
    // the scaffolder hands every field the whole form's data here
    formContext: { formData: { ...formData, name } },
    uiSchema: uiOptions ? { 'ui:options': uiOptions } : {},
    schema: stepSchema,
    errorSchema,
    idSchema: { $id: 'root' },
    name: 'root',
    rawErrors: [],
    disabled: false,
    readonly: false,
    onBlur: () => {},
    onFocus: () => {},
  } as unknown as NetworkExposureFieldProps;
  return (
    <form
      onSubmit={event => {
        event.preventDefault();
        probe.submits += 1;
      }}
    >
      <NetworkExposureField {...fieldProps} />
      <button type="submit">Next</button>
    </form>
  );
}

/**
 * Renders the field the way the wizard does: inside a form with a submit button, with the
 * network API, a catalog and the catalog's entity route (so "taken by" links resolve).
 */
export function renderField(options: {
  api?: FakeNetworkApi;
  name?: string;
  initial?: Record<string, unknown>;
  errorSchema?: unknown;
  uiOptions?: Record<string, unknown>;
}): FieldProbe {
  const probe: FieldProbe = { written: [], submits: 0 };
  const catalog = catalogApiMock({ entities: catalogEntities });
  const element = (
    <Harness
      name={options.name}
      initial={options.initial ?? { exposure: { mode: 'shared' } }}
      probe={probe}
      errorSchema={options.errorSchema}
      uiOptions={options.uiOptions}
    />
  );
  const mountedRoutes = { '/catalog/:namespace/:kind/:name': entityRouteRef };
  if (options.api) {
    renderInTestApp(element, {
      apis: [
        [catalogApiRef, catalog],
        [networkApiRef, options.api],
      ],
      mountedRoutes,
    });
  } else {
    renderInTestApp(element, {
      apis: [[catalogApiRef, catalog]],
      mountedRoutes,
    });
  }
  return probe;
}
