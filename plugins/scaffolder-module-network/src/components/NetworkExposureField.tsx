import { defaultPrivateName } from '@localplus/plugin-network-common';
import { Text } from '@backstage/ui';
import { useEffect, useMemo, type ReactNode } from 'react';
import type { NetworkExposureFieldProps } from '../field/schema';
import { useAvailability } from '../hooks/useAvailability';
import { useServiceOptions } from '../hooks/useServiceOptions';
import { availabilityRequest } from '../model/availability';
import {
  jsonEqual,
  schemaWantsPlan,
  writeNetworkExposure,
} from '../model/formData';
import { resolveSettings } from '../model/options';
import { describeNetworkPlan, planLines } from '../model/plan';
import { exposureProblems } from '../model/problems';
import { serviceName } from '../model/serviceName';
import { readNetworkExposure, type NetworkExposureValue } from '../model/value';
import { AvailabilityStatus } from './AvailabilityStatus';
import { DataServicesSection } from './DataServicesSection';
import { keepEnterOnChoices } from './keyboard';
import { ExposureModeSection } from './ExposureModeSection';
import { NetworkPlanPreview } from './NetworkPlanPreview';
import { PeersSection } from './PeersSection';
import { PortsSection } from './PortsSection';
import styles from './NetworkExposureField.module.css';

/** Errors the scaffolder's validation attached below the field (e.g. on `exposure`). */
function nestedErrors(errorSchema: unknown): string[] {
  if (typeof errorSchema !== 'object' || errorSchema === null) {
    return [];
  }
  return Object.entries(errorSchema).flatMap(([key, child]) => {
    if (key === '__errors') {
      return [];
    }
    const own =
      typeof child === 'object' && child !== null && '__errors' in child
        ? (child as { __errors?: string[] }).__errors ?? []
        : [];
    return [...own, ...nestedErrors(child)];
  });
}

function Section(props: { title: string; children: ReactNode }) {
  return (
    <section className={styles.section} aria-label={props.title}>
      <Text as="h3" variant="title-x-small">
        {props.title}
      </Text>
      {props.children}
    </section>
  );
}

/**
 * The NetworkExposure field: how a new service is reached, who may call it, what it calls, and
 * what `network:expose` will write for that, checked live against the network index.
 *
 * @public
 */
export function NetworkExposureField(props: NetworkExposureFieldProps) {
  const { formData, onChange, uiSchema, formContext, schema, errorSchema } =
    props;
  const isDisabled = !!(props.disabled || props.readonly);
  const settings = useMemo(
    () => resolveSettings(uiSchema?.['ui:options']),
    [uiSchema],
  );
  const value = readNetworkExposure(formData);
  // the Name field lives elsewhere in the form; the scaffolder shares all data via formContext
  const name = serviceName(formContext?.formData ?? formData);
  const wantsPlan = schemaWantsPlan(schema);
  const plan = describeNetworkPlan(value, name, settings);
  const desired = writeNetworkExposure(
    formData,
    value,
    wantsPlan ? planLines(plan) : undefined,
  );
  const desiredKey = JSON.stringify(desired);

  // Defaults and the plan are written into the form data once per change of what they derive
  // from, so the review step and the action see exactly what the field shows.
  useEffect(() => {
    if (!jsonEqual(desired, formData)) {
      onChange(desired as typeof formData);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [desiredKey]);

  const write = (next: NetworkExposureValue) => {
    const nextPlan = describeNetworkPlan(next, name, settings);
    onChange(
      writeNetworkExposure(
        formData,
        next,
        wantsPlan ? planLines(nextPlan) : undefined,
      ) as typeof formData,
    );
  };

  const problems = exposureProblems(value, name, settings);
  const entryProblems = problems
    .filter(p => p.subject === 'entry')
    .map(p => p.message);
  const portProblems = problems
    .filter(p => p.subject === 'ports')
    .map(p => p.message);
  const request =
    entryProblems.length === 0
      ? availabilityRequest(value, name, settings)
      : undefined;
  const { state, checkNow } = useAvailability(
    request,
    name
      ? 'Nothing to check yet.'
      : 'Give the service a name first (the Name field); its names and paths derive from it.',
  );
  const services = useServiceOptions();
  const sharedHostname = `api.${settings.publicZones[0]}`;
  const privateName =
    defaultPrivateName(name ?? '<name>', settings.privateZones) ?? '';
  const servicePorts = [value.ports.http, value.ports.grpc]
    .filter(p => p !== undefined)
    .join(' and ');
  const errors = [...new Set(nestedErrors(errorSchema))];

  return (
    <div className={styles.field} onKeyDownCapture={keepEnterOnChoices}>
      <Section title="Exposure">
        <ExposureModeSection
          value={value}
          serviceName={name}
          sharedHostname={sharedHostname}
          privateName={privateName}
          isDisabled={isDisabled}
          onChange={exposure => write({ ...value, exposure })}
          checkNow={checkNow}
        />
        <AvailabilityStatus
          problems={entryProblems}
          state={state}
          onRetry={checkNow}
        />
      </Section>
      <Section title="Ports">
        <PortsSection
          value={value}
          isDisabled={isDisabled}
          onChange={(ports, metricsPort) =>
            write({ ...value, ports, metricsPort })
          }
        />
        {portProblems.map(message => (
          <Text key={message} as="p" variant="body-small" color="danger">
            {message}
          </Text>
        ))}
      </Section>
      <Section title="Callers and callees">
        <PeersSection
          services={services}
          callers={value.callers}
          callees={value.callees}
          selfRef={name && `component:${settings.entityNamespace}/${name}`}
          servicePorts={servicePorts}
          isDisabled={isDisabled}
          onChange={peers => write({ ...value, ...peers })}
        />
      </Section>
      <Section title="Data">
        <DataServicesSection
          value={value.dataServices}
          cidr={settings.dataServicesCidr}
          isDisabled={isDisabled}
          onChange={dataServices => write({ ...value, dataServices })}
        />
      </Section>
      <div className={styles.section}>
        <NetworkPlanPreview plan={plan} />
      </div>
      {errors.length > 0 && (
        <div role="alert" aria-label="Refused">
          {errors.map(message => (
            <Text key={message} as="p" variant="body-small" color="danger">
              {message}
            </Text>
          ))}
        </div>
      )}
    </div>
  );
}
