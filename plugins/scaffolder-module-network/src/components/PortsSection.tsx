import { NumberField } from '@backstage/ui';
import type { NetworkExposureValue } from '../model/value';
import { keepEnter } from './keyboard';
import styles from './NetworkExposureField.module.css';

// Ports are identifiers, not quantities: "50051", never "50,051".
const PORT_FORMAT = { useGrouping: false, maximumFractionDigits: 0 };

function portOrUndefined(port: number): number | undefined {
  return Number.isNaN(port) ? undefined : port;
}

/** HTTP, gRPC and metrics ports; an empty gRPC box means the service has none. */
export function PortsSection(props: {
  value: NetworkExposureValue;
  isDisabled: boolean;
  onChange: (
    ports: NetworkExposureValue['ports'],
    metricsPort: number | undefined,
  ) => void;
}) {
  const { value, isDisabled, onChange } = props;
  const { ports, metricsPort } = value;
  return (
    <div className={styles.row}>
      <NumberField
        label="HTTP port"
        description="The Gateway and callers reach it here"
        value={ports.http}
        formatOptions={PORT_FORMAT}
        isDisabled={isDisabled}
        onKeyDown={keepEnter()}
        onChange={http =>
          onChange(
            { http: portOrUndefined(http) ?? ports.http, grpc: ports.grpc },
            metricsPort,
          )
        }
      />
      <NumberField
        label="gRPC port"
        description="Empty: no gRPC"
        value={ports.grpc ?? NaN}
        formatOptions={PORT_FORMAT}
        isDisabled={isDisabled}
        onKeyDown={keepEnter()}
        onChange={grpc =>
          onChange(
            { http: ports.http, grpc: portOrUndefined(grpc) },
            metricsPort,
          )
        }
      />
      <NumberField
        label="Metrics port"
        description={`Prometheus scrapes it; empty: the HTTP port (${ports.http})`}
        value={metricsPort ?? NaN}
        formatOptions={PORT_FORMAT}
        isDisabled={isDisabled}
        onKeyDown={keepEnter()}
        onChange={metrics => onChange(ports, portOrUndefined(metrics))}
      />
    </div>
  );
}
