import { Cell, CellText, Flex, type ColumnConfig } from '@backstage/ui';
import type { Finding } from '@localplus/plugin-network-common';
import { sortBySeverity } from '../../lib/findingCounts';
import { ObjectRefLabel } from '../common/ObjectRefLabel';
import { PagedTable } from '../common/PagedTable';
import { Section } from '../common/Section';
import { SeverityText } from '../common/StatusText';

type FindingRow = Finding;

const columns: ColumnConfig<FindingRow>[] = [
  {
    id: 'severity',
    label: 'Severity',
    cell: row => (
      <Cell>
        <SeverityText severity={row.severity} />
      </Cell>
    ),
  },
  {
    id: 'message',
    label: 'Finding',
    isRowHeader: true,
    cell: row => <CellText title={row.message} description={row.check} />,
  },
  {
    id: 'objects',
    label: 'Objects',
    cell: row => (
      <Cell>
        <Flex direction="column" gap="1">
          {row.objects.map(object => (
            <ObjectRefLabel
              key={`${object.source}:${object.kind}:${object.namespace}/${object.name}`}
              object={object}
            />
          ))}
        </Flex>
      </Cell>
    ),
  },
  {
    id: 'fix',
    label: 'How to fix',
    cell: row => <CellText title={row.fixHint} />,
  },
];

/** What the cross-system checks found wrong, worst first, each with the objects and a fix. */
export function FindingsSection(props: { findings: Finding[] }) {
  return (
    <Section title="Findings">
      <PagedTable
        columns={columns}
        data={sortBySeverity(props.findings)}
        emptyState="No findings: every check passed."
      />
    </Section>
  );
}
