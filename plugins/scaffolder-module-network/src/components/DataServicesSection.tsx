import { Checkbox, CheckboxGroup } from '@backstage/ui';
import type { DataService } from '../model/value';

const LABELS: Record<DataService, string> = {
  postgresql: 'PostgreSQL (Aiven, 5432)',
  kafka: 'Kafka (Aiven, 9092)',
  valkey: 'Valkey (Aiven, 6379)',
};

/** The managed data services the service reaches through the VPC peering. */
export function DataServicesSection(props: {
  value: DataService[];
  cidr: string;
  isDisabled: boolean;
  onChange: (services: DataService[]) => void;
}) {
  const { value, cidr, isDisabled, onChange } = props;
  return (
    <CheckboxGroup
      label="Data services"
      description={`Reached through the VPC peering ${cidr}`}
      orientation="horizontal"
      value={value}
      isDisabled={isDisabled}
      onChange={services =>
        onChange(
          (Object.keys(LABELS) as DataService[]).filter(s =>
            services.includes(s),
          ),
        )
      }
    >
      {(Object.keys(LABELS) as DataService[]).map(service => (
        <Checkbox key={service} value={service}>
          {LABELS[service]}
        </Checkbox>
      ))}
    </CheckboxGroup>
  );
}
