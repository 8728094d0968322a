import { Cell, CellText, type ColumnConfig } from '@backstage/ui';
import type { TunnelRuleView } from '@localplus/plugin-network-common';
import { ObjectRefLabel } from '../common/ObjectRefLabel';
import { PagedTable } from '../common/PagedTable';
import { Section } from '../common/Section';
import { StatusText } from '../common/StatusText';

type TunnelRow = TunnelRuleView & { id: string };

const columns: ColumnConfig<TunnelRow>[] = [
  {
    id: 'position',
    label: 'Position',
    isRowHeader: true,
    cell: row => (
      <CellText
        title={`#${row.position}`}
        description={`tunnel ${row.tunnelId.slice(0, 8)}…`}
      />
    ),
  },
  {
    id: 'match',
    label: 'Matches',
    cell: row => (
      <CellText
        title={row.hostname ?? '* (catch-all)'}
        description={row.path ? `path ~ ${row.path}` : 'every path'}
      />
    ),
  },
  {
    id: 'service',
    label: 'Sends to',
    cell: row => <CellText title={row.service} />,
  },
  {
    id: 'wins',
    label: 'First match',
    cell: row => (
      <Cell>
        {row.wins ? (
          <StatusText tone="ok" label="Wins" />
        ) : (
          <StatusText
            tone="broken"
            label={
              row.shadowedBy === undefined
                ? 'Shadowed'
                : `Shadowed by #${row.shadowedBy}`
            }
          />
        )}
      </Cell>
    ),
  },
  {
    id: 'object',
    label: 'Defined in',
    cell: row => (
      <Cell>
        <ObjectRefLabel object={row.object} />
      </Cell>
    ),
  },
];

/** The cloudflared rules that send traffic here; the first matching rule wins. */
export function TunnelSection(props: { rules: TunnelRuleView[] }) {
  const rows = props.rules.map(rule => ({
    ...rule,
    id: `${rule.tunnelId}#${rule.position}`,
  }));
  return (
    <Section
      title="Tunnel"
      description="cloudflared tries its rules in order; the first match wins."
    >
      <PagedTable
        columns={columns}
        data={rows}
        emptyState="No tunnel rule sends traffic to this service."
      />
    </Section>
  );
}
