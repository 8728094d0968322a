import { CellText, type ColumnConfig } from '@backstage/ui';
import type { ServiceView } from '@localplus/plugin-network-common';
import { objectName } from '../../lib/objectRefText';
import { PagedTable } from '../common/PagedTable';
import { Section } from '../common/Section';

type ServiceRow = ServiceView & { id: string };

const columns: ColumnConfig<ServiceRow>[] = [
  {
    id: 'name',
    label: 'Cluster name',
    isRowHeader: true,
    cell: row => (
      <CellText title={row.clusterName} description={objectName(row.object)} />
    ),
  },
  {
    id: 'ports',
    label: 'Ports',
    cell: row => (
      <CellText
        title={row.ports
          .map(
            p =>
              `${p.protocol} ${p.port}${
                p.targetPort === undefined ? '' : ` → ${p.targetPort}`
              }${p.name ? ` (${p.name})` : ''}`,
          )
          .join(', ')}
      />
    ),
  },
  {
    id: 'selector',
    label: 'Selects pods',
    cell: row => (
      <CellText
        title={Object.entries(row.selector)
          .map(([k, v]) => `${k}=${v}`)
          .join(', ')}
      />
    ),
  },
];

/** The names the service has inside the cluster, and the ports behind them. */
export function ServicesSection(props: { services: ServiceView[] }) {
  const rows = props.services.map(s => ({ ...s, id: objectName(s.object) }));
  return (
    <Section title="Services">
      <PagedTable
        columns={columns}
        data={rows}
        emptyState="No Service selects this entity's pods."
      />
    </Section>
  );
}
