import { Cell, Flex, Text, type ColumnConfig } from '@backstage/ui';
import type { RouteView } from '@localplus/plugin-network-common';
import { ObjectRefLabel } from '../common/ObjectRefLabel';
import { PagedTable } from '../common/PagedTable';
import { Section } from '../common/Section';
import { StatusText, VerdictText } from '../common/StatusText';
import styles from '../common/status.module.css';

type RouteRow = RouteView & { id: number };

function matchText(
  match: RouteView['rules'][number]['matches'][number],
): string {
  const parts = [
    match.method,
    match.path && `${match.path.type} ${match.path.value}`,
    ...(match.headers ?? []).map(h => `${h.name}: ${h.value}`),
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : 'every request';
}

const columns: ColumnConfig<RouteRow>[] = [
  {
    id: 'route',
    label: 'Route',
    isRowHeader: true,
    cell: row => (
      <Cell>
        <ObjectRefLabel object={row.object} />
      </Cell>
    ),
  },
  {
    id: 'hostnames',
    label: 'Hostnames',
    cell: row => {
      const effective = [
        ...new Set(row.parents.flatMap(p => p.effectiveHostnames)),
      ];
      const ignored = row.declaredHostnames.filter(h => !effective.includes(h));
      return (
        <Cell>
          <Flex direction="column" gap="1">
            {effective.map(host => (
              <span key={host} className={styles.mono}>
                {host}
              </span>
            ))}
            {ignored.map(host => (
              <Text key={host} variant="body-small" color="warning">
                {host} (no listener accepts it)
              </Text>
            ))}
          </Flex>
        </Cell>
      );
    },
  },
  {
    id: 'rules',
    label: 'Matches → backends',
    cell: row => (
      <Cell>
        <Flex direction="column" gap="1">
          {row.rules.map(rule => (
            <span key={rule.index}>
              <span className={styles.mono}>
                {rule.matches.length > 0
                  ? rule.matches.map(matchText).join(' | ')
                  : 'every request'}
              </span>{' '}
              →{' '}
              {rule.backends.map(backend => (
                <span
                  key={`${backend.namespace}/${backend.name}:${backend.port}`}
                >
                  <span className={styles.mono}>
                    {backend.name}
                    {backend.port !== undefined && `:${backend.port}`}
                  </span>{' '}
                  {!backend.resolved && (
                    <StatusText tone="broken" label="missing" />
                  )}
                </span>
              ))}
            </span>
          ))}
        </Flex>
      </Cell>
    ),
  },
  {
    id: 'parents',
    label: 'Gateway',
    cell: row => (
      <Cell>
        <Flex direction="column" gap="1">
          {row.parents.map(parent => (
            <span
              key={`${parent.gateway.namespace}/${parent.gateway.name}/${parent.sectionName}`}
            >
              <span className={styles.mono}>
                {parent.gateway.namespace}/{parent.gateway.name}
                {parent.sectionName && ` ${parent.sectionName}`}
              </span>{' '}
              <VerdictText verdict={parent.verdict} />{' '}
              <Text as="span" variant="body-small" color="secondary">
                {parent.reason}
              </Text>
            </span>
          ))}
        </Flex>
      </Cell>
    ),
  },
  {
    id: 'conditions',
    label: 'Status',
    cell: row => (
      <Cell>
        {row.conditions.length === 0 ? (
          <Text variant="body-small" color="secondary">
            no live status
          </Text>
        ) : (
          <Flex direction="column" gap="1">
            {row.conditions.map(c => (
              <Text
                key={c.type}
                variant="body-small"
                color={c.status === 'True' ? 'success' : 'danger'}
              >
                {c.type}={c.status}
                {c.reason && ` (${c.reason})`}
                {c.message && `: ${c.message}`}
              </Text>
            ))}
          </Flex>
        )}
      </Cell>
    ),
  },
];

/** The HTTPRoutes of the service: what they match, where they send it, and how the Gateway took them. */
export function RoutesSection(props: { routes: RouteView[] }) {
  const rows = props.routes.map((route, id) => ({ ...route, id }));
  return (
    <Section title="Routes">
      <PagedTable
        columns={columns}
        data={rows}
        emptyState="No HTTPRoute sends traffic to this service."
      />
    </Section>
  );
}
