import { CellText, Flex, Text, type ColumnConfig } from '@backstage/ui';
import type { PolicyView } from '@localplus/plugin-network-common';
import { objectName } from '../../lib/objectRefText';
import { ObjectRefLabel } from '../common/ObjectRefLabel';
import { PagedTable } from '../common/PagedTable';
import { Section } from '../common/Section';

interface RuleRow {
  id: string;
  policy: string;
  rule: string;
  summary: string;
}

const columns: ColumnConfig<RuleRow>[] = [
  {
    id: 'rule',
    label: 'Rule',
    isRowHeader: true,
    cell: row => <CellText title={row.rule} />,
  },
  {
    id: 'summary',
    label: 'Effect',
    cell: row => <CellText title={row.summary} />,
  },
  {
    id: 'policy',
    label: 'Policy',
    cell: row => <CellText title={row.policy} />,
  },
];

function defaultDenyText(policy: PolicyView): string {
  const { ingress, egress } = policy.defaultDeny;
  if (ingress && egress) return 'default deny in both directions';
  if (ingress) return 'default deny for ingress';
  if (egress) return 'default deny for egress';
  return 'no default deny';
}

/** The policies that select the service's pods, and every rule of them, paged. */
export function PoliciesSection(props: { policies: PolicyView[] }) {
  const { policies } = props;
  const rows = policies.flatMap(policy =>
    policy.rules.map(rule => ({
      id: `${objectName(policy.object)}:${rule.section}[${rule.index}]`,
      policy: objectName(policy.object),
      rule: `${rule.section}[${rule.index}]`,
      summary: rule.summary,
    })),
  );
  return (
    <Section
      title="Policies"
      aside={
        <Text variant="body-small" color="secondary">
          {rows.length} {rows.length === 1 ? 'rule' : 'rules'}
        </Text>
      }
    >
      <Flex direction="column" gap="1">
        {policies.map(policy => (
          <Text key={objectName(policy.object)} variant="body-small">
            <ObjectRefLabel object={policy.object} />: {defaultDenyText(policy)}
          </Text>
        ))}
      </Flex>
      <PagedTable
        columns={columns}
        data={rows}
        emptyState="No policy selects this service's pods: nothing restricts its traffic."
      />
    </Section>
  );
}
