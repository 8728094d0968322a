import { Select, Text } from '@backstage/ui';
import type { Key } from 'react';
import type {
  ServiceOption,
  ServiceOptionsState,
} from '../hooks/useServiceOptions';
import styles from './NetworkExposureField.module.css';

function keysToRefs(keys: Iterable<Key> | Key | null): string[] {
  if (keys === null || typeof keys !== 'object') {
    return keys === null ? [] : [String(keys)];
  }
  return [...keys].map(String);
}

/**
 * Options for one picker: the catalog's services minus the new service itself, plus any chosen
 * ref the catalog no longer lists (so a value is never silently dropped).
 */
function optionsFor(
  options: ServiceOption[],
  chosen: string[],
  self: string | undefined,
): ServiceOption[] {
  const listed = options.filter(option => option.id !== self);
  const known = new Set(listed.map(option => option.id));
  const missing = chosen
    .filter(ref => !known.has(ref))
    .map(ref => ({ id: ref, label: ref, description: 'not in the catalog' }));
  return [...listed, ...missing];
}

function PeerPicker(props: {
  label: string;
  description: string;
  options: ServiceOption[];
  value: string[];
  isDisabled: boolean;
  isLoading: boolean;
  onChange: (refs: string[]) => void;
}) {
  const { label, description, options, value, isDisabled, isLoading } = props;
  return (
    <Select
      label={label}
      description={description}
      selectionMode="multiple"
      placeholder="None"
      options={options}
      value={value}
      isDisabled={isDisabled}
      loading={isLoading ? { state: 'loading' } : undefined}
      search={{ placeholder: 'Filter services' }}
      onChange={keys => props.onChange(keysToRefs(keys))}
    />
  );
}

/** Who may call the service and whom it calls: the allow rules of its policy. */
export function PeersSection(props: {
  services: ServiceOptionsState;
  callers: string[];
  callees: string[];
  selfRef: string | undefined;
  servicePorts: string;
  isDisabled: boolean;
  onChange: (peers: { callers: string[]; callees: string[] }) => void;
}) {
  const { services, callers, callees, selfRef, servicePorts, isDisabled } =
    props;
  const loaded = services.status === 'loaded' ? services.options : [];
  return (
    <>
      <div className={styles.row}>
        <PeerPicker
          label="Callers"
          description={`Services that may call this one (on ${servicePorts})`}
          options={optionsFor(loaded, callers, selfRef)}
          value={callers}
          isDisabled={isDisabled}
          isLoading={services.status === 'loading'}
          onChange={refs => props.onChange({ callers: refs, callees })}
        />
        <PeerPicker
          label="Callees"
          description="Services this one calls (on 8080 and 50051)"
          options={optionsFor(loaded, callees, selfRef)}
          value={callees}
          isDisabled={isDisabled}
          isLoading={services.status === 'loading'}
          onChange={refs => props.onChange({ callers, callees: refs })}
        />
      </div>
      {services.status === 'failed' && (
        <Text as="p" variant="body-small" color="danger">
          Could not list the services from the catalog: {services.message}
        </Text>
      )}
    </>
  );
}
