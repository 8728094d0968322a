import { Cell, CellText, Flex, Text, type ColumnConfig } from '@backstage/ui';
import type { PeerView } from '@localplus/plugin-network-common';
import { PagedTable } from '../common/PagedTable';
import { Section } from '../common/Section';
import { PeerVerdictText } from '../common/StatusText';
import { EntityOrRaw } from './EntityOrRaw';

type PeerRow = PeerView & { id: number };

const columns: ColumnConfig<PeerRow>[] = [
  {
    id: 'peer',
    label: 'Peer',
    isRowHeader: true,
    cell: row => (
      <Cell>
        <EntityOrRaw entityRef={row.entityRef} raw={row.peer} />
      </Cell>
    ),
  },
  { id: 'ports', label: 'Ports', cell: row => <CellText title={row.ports} /> },
  {
    id: 'verdict',
    label: 'Verdict',
    cell: row => (
      <Cell>
        <Flex direction="column" gap="1">
          <PeerVerdictText verdict={row.verdict} />
          {row.unknown.map(reason => (
            <Text key={reason} variant="body-small" color="secondary">
              {reason}
            </Text>
          ))}
        </Flex>
      </Cell>
    ),
  },
  {
    id: 'allowedBy',
    label: 'Allowed by',
    cell: row => (
      <Cell>
        <Flex direction="column" gap="1">
          {row.allowedBy.map(rule => (
            <Text key={rule} variant="body-small">
              {rule}
            </Text>
          ))}
        </Flex>
      </Cell>
    ),
  },
];

/**
 * Who may call the service, or whom it may call: peers resolved to catalog entities where the
 * backend could, with the ports and the exact policy rules that let them through.
 */
export function PeersSection(props: {
  direction: 'callers' | 'callees';
  peers: PeerView[];
  /** Whether the workloads accept traffic from anywhere; only meaningful for callers. */
  openTo?: { world: boolean; cluster: boolean };
}) {
  const { direction, peers, openTo } = props;
  const rows = peers.map((peer, id) => ({ ...peer, id }));
  const unknown = peers.filter(p => p.verdict === 'unknown').length;
  const open = [
    openTo?.world && 'anyone on the internet (world)',
    openTo?.cluster && 'every pod of the cluster',
  ].filter(Boolean);
  return (
    <Section
      title={direction === 'callers' ? 'Who may call me' : 'Whom may I call'}
      aside={
        <Text variant="body-small" color="secondary">
          {peers.length} {peers.length === 1 ? 'peer' : 'peers'}
          {unknown > 0 && `, ${unknown} unknown`}
        </Text>
      }
      description={
        open.length > 0
          ? `No default deny holds this direction: ${open.join(
              ' and ',
            )} may connect, besides the peers below.`
          : 'A connection needs both the caller’s egress and the callee’s ingress to allow it.'
      }
    >
      <PagedTable
        columns={columns}
        data={rows}
        emptyState={
          direction === 'callers'
            ? 'No policy allows any caller.'
            : 'No policy allows any destination.'
        }
      />
    </Section>
  );
}
