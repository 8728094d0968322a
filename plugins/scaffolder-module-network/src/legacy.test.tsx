import { renderInTestApp } from '@backstage/frontend-test-utils';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import {
  ScaffolderFieldExtensions,
  useCustomFieldExtensions,
  type FieldExtensionOptions,
} from '@backstage/plugin-scaffolder-react';
import { networkApiRef } from '@localplus/plugin-network';
import { screen } from '@testing-library/react';
import type { ComponentType } from 'react';
import { FakeNetworkApi } from './__testUtils__/FakeNetworkApi';
import { catalogEntities } from './__testUtils__/entities';
import { validateNetworkExposure } from './field/validation';
import { NetworkExposureFieldExtension } from './legacy';

/** What a legacy ScaffolderPage does with its children: find the field extensions, render one. */
function LegacyScaffolderPage() {
  const extensions = useCustomFieldExtensions<FieldExtensionOptions>(
    <ScaffolderFieldExtensions>
      <NetworkExposureFieldExtension />
    </ScaffolderFieldExtensions>,
  );
  const field = extensions.find(e => e.name === 'NetworkExposure');
  if (!field) {
    return <p>no NetworkExposure field</p>;
  }
  const Field = field.component as ComponentType<Record<string, unknown>>;
  return (
    <>
      <p>
        {field.validation === validateNetworkExposure
          ? 'validated by validateNetworkExposure'
          : 'not validated'}
      </p>
      <Field
        formData={{ exposure: { mode: 'internal' } }}
        onChange={() => {}}
        formContext={{ formData: { name: 'svc-shop' } }}
        uiSchema={{}}
        schema={{}}
        idSchema={{ $id: 'root' }}
        rawErrors={[]}
      />
    </>
  );
}

describe('NetworkExposureFieldExtension (legacy frontend system)', () => {
  it('is found among the field extensions and renders the field with its validation', async () => {
    renderInTestApp(<LegacyScaffolderPage />, {
      apis: [
        [catalogApiRef, catalogApiMock({ entities: catalogEntities })],
        [networkApiRef, new FakeNetworkApi()],
      ],
    });
    expect(
      await screen.findByText('Free: svc-shop.internal.localplus.io'),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /Internal only/ })).toBeChecked();
    expect(
      screen.getByText('validated by validateNetworkExposure'),
    ).toBeInTheDocument();
  });
});
