import { Cell, CellText, type ColumnConfig } from '@backstage/ui';
import type { DriftItem } from '@localplus/plugin-network-common';
import { objectLocation, objectName } from '../../lib/objectRefText';
import { PagedTable } from '../common/PagedTable';
import { Section } from '../common/Section';
import { StatusText, type Tone } from '../common/StatusText';

type DriftRow = DriftItem & { id: string };

const STATUS: Record<DriftItem['status'], { tone: Tone; label: string }> = {
  'in-sync': { tone: 'ok', label: 'In sync' },
  drifted: { tone: 'broken', label: 'Drifted' },
  'declared-only': { tone: 'neutral', label: 'Declared only' },
  'live-only': { tone: 'unknown', label: 'Live only' },
};

const columns: ColumnConfig<DriftRow>[] = [
  {
    id: 'object',
    label: 'Object',
    isRowHeader: true,
    cell: row => (
      <CellText
        title={objectName(row.object)}
        description={objectLocation(row.object)}
      />
    ),
  },
  {
    id: 'status',
    label: 'Declared vs live',
    cell: row => (
      <Cell>
        <StatusText {...STATUS[row.status]} />
      </Cell>
    ),
  },
  {
    id: 'differences',
    label: 'Differences',
    cell: row => <CellText title={row.differences.join(', ') || '—'} />,
  },
];

/** Where GitOps and the live systems disagree, per object. */
export function DriftSection(props: { drift: DriftItem[] }) {
  const { drift } = props;
  const rows = drift.map(item => ({
    ...item,
    id: `${item.object.source}:${objectName(item.object)}`,
  }));
  // With only the declared side, every object is "declared only": say why rather than imply drift.
  const onlyDeclared =
    drift.length > 0 && drift.every(d => d.status === 'declared-only');
  return (
    <Section
      title="Declared vs live"
      description={
        onlyDeclared
          ? 'No live source is configured, so drift cannot be measured; the objects below are as GitOps declares them.'
          : undefined
      }
    >
      <PagedTable
        columns={columns}
        data={rows}
        emptyState="Nothing to compare."
      />
    </Section>
  );
}
