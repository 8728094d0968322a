import { Radio, RadioGroup, Text, TextField } from '@backstage/ui';
import type { ExposureMode, NetworkExposureValue } from '../model/value';
import { keepEnter } from './keyboard';

// Kept as typed (spaces included) so the validators can say what is wrong with it.
function optional(text: string): string | undefined {
  return text.length > 0 ? text : undefined;
}

/** The exposure mode and, for the public modes, the path prefix or hostname. */
export function ExposureModeSection(props: {
  value: NetworkExposureValue;
  serviceName: string | undefined;
  sharedHostname: string;
  privateName: string;
  isDisabled: boolean;
  onChange: (exposure: NetworkExposureValue['exposure']) => void;
  checkNow: () => void;
}) {
  const {
    value,
    serviceName,
    sharedHostname,
    privateName,
    isDisabled,
    onChange,
    checkNow,
  } = props;
  const { exposure } = value;
  const name = serviceName ?? '<name>';
  const onKeyDown = keepEnter(checkNow);
  return (
    <>
      <RadioGroup
        label="How is the service reached?"
        value={exposure.mode}
        isDisabled={isDisabled}
        onChange={mode => onChange({ mode: mode as ExposureMode })}
      >
        <Radio value="internal">
          Internal only{' '}
          <Text as="span" variant="body-small" color="secondary">
            by its private name {privateName}
          </Text>
        </Radio>
        <Radio value="shared">
          Public under {sharedHostname}{' '}
          <Text as="span" variant="body-small" color="secondary">
            with a path prefix, through the shared Gateway
          </Text>
        </Radio>
        <Radio value="own">
          Public on its own hostname{' '}
          <Text as="span" variant="body-small" color="secondary">
            with its own tunnel rule and public DNS name
          </Text>
        </Radio>
      </RadioGroup>
      {exposure.mode === 'shared' && (
        <TextField
          label="Path prefix"
          description={`Under https://${sharedHostname}; empty means /v1/${name}`}
          placeholder={`/v1/${name}`}
          value={exposure.path ?? ''}
          isDisabled={isDisabled}
          onChange={path => onChange({ mode: 'shared', path: optional(path) })}
          onKeyDown={onKeyDown}
        />
      )}
      {exposure.mode === 'own' && (
        <>
          <TextField
            label="Public hostname"
            description="Inside a public zone of the platform"
            placeholder={`${name}.${sharedHostname.replace(/^api\./, '')}`}
            value={exposure.hostname ?? ''}
            isDisabled={isDisabled}
            onChange={hostname =>
              onChange({
                mode: 'own',
                hostname: optional(hostname),
                path: exposure.path,
              })
            }
            onKeyDown={onKeyDown}
          />
          <TextField
            label="Path prefix"
            description="Empty means /"
            placeholder="/"
            value={exposure.path ?? ''}
            isDisabled={isDisabled}
            onChange={path =>
              onChange({
                mode: 'own',
                hostname: exposure.hostname,
                path: optional(path),
              })
            }
            onKeyDown={onKeyDown}
          />
        </>
      )}
    </>
  );
}
