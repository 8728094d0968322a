import {
  Cell,
  CellText,
  Flex,
  Link,
  Text,
  type ColumnConfig,
} from '@backstage/ui';
import type { DnsRecord } from '@localplus/plugin-network-common';
import { PagedTable } from '../common/PagedTable';
import { Section } from '../common/Section';
import { StatusText } from '../common/StatusText';
import styles from '../common/status.module.css';
import { EntityOrRaw, looksLikeEntityRef } from './EntityOrRaw';

type RecordRow = DnsRecord & { id: string };

const PROVIDERS: Record<DnsRecord['provider'], string> = {
  cloudflare: 'Cloudflare',
  route53: 'Route53',
  rfc2136: 'RFC 2136',
  'external-dns': 'external-dns',
};

/** Cloudflare stores "auto" as 1 second; saying "auto" is what its dashboard shows. */
function deliveryText(record: DnsRecord): string {
  const ttl =
    record.ttl === 1
      ? 'TTL auto'
      : record.ttl !== undefined && `TTL ${record.ttl} s`;
  const parts = [
    record.proxied === true && 'proxied',
    record.proxied === false && 'DNS only',
    ttl,
  ];
  return parts.filter(Boolean).join(', ') || '—';
}

const columns: ColumnConfig<RecordRow>[] = [
  {
    id: 'name',
    label: 'Name',
    isRowHeader: true,
    cell: row => (
      <Cell>
        <span className={styles.mono}>{row.name}</span>
      </Cell>
    ),
  },
  { id: 'type', label: 'Type', cell: row => <CellText title={row.type} /> },
  {
    id: 'values',
    label: 'Values',
    cell: row => (
      <Cell>
        <Flex direction="column" gap="1">
          {row.values.map(value => (
            <span key={value} className={styles.mono}>
              {value}
            </span>
          ))}
        </Flex>
      </Cell>
    ),
  },
  {
    id: 'delivery',
    label: 'Proxied / TTL',
    cell: row => <CellText title={deliveryText(row)} />,
  },
  {
    id: 'zone',
    label: 'Zone',
    cell: row => (
      <CellText
        title={row.zone}
        description={`${row.visibility}, ${PROVIDERS[row.provider]}`}
      />
    ),
  },
  {
    id: 'owner',
    label: 'Owner',
    cell: row => (
      <Cell>
        {row.owner ? (
          <EntityOrRaw
            entityRef={looksLikeEntityRef(row.owner) ? row.owner : undefined}
            raw={row.owner}
          />
        ) : (
          <StatusText tone="unknown" label="nobody we know" />
        )}
      </Cell>
    ),
  },
  {
    id: 'origin',
    label: 'Read from',
    cell: row => (
      <Cell>
        <Flex direction="column" gap="1">
          <Text variant="body-small" color="secondary">
            {row.origin.source}
            {row.origin.file &&
              ` ${row.origin.file}${
                row.origin.line ? `:${row.origin.line}` : ''
              }`}
          </Text>
          {row.origin.url && (
            <Link
              href={row.origin.url}
              target="_blank"
              rel="noopener noreferrer"
              variant="body-small"
            >
              {row.visibility === 'public'
                ? 'open in Cloudflare'
                : 'open in AWS console'}
            </Link>
          )}
        </Flex>
      </Cell>
    ),
  },
];

/** The public and private records that name the service. */
export function DnsSection(props: { records: DnsRecord[] }) {
  const rows = props.records.map(record => ({
    ...record,
    id: `${record.visibility}:${record.zone}:${record.name}:${record.type}:${record.origin.source}`,
  }));
  return (
    <Section title="DNS">
      <PagedTable
        columns={columns}
        data={rows}
        emptyState="No DNS record names this service."
      />
    </Section>
  );
}
