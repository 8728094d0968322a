import { Text } from '@backstage/ui';
import type { NetworkPlan } from '../model/plan';
import styles from './preview.module.css';

/** What Create will write, in words, before it is pressed. */
export function NetworkPlanPreview(props: { plan: NetworkPlan }) {
  const { plan } = props;
  return (
    <section aria-label="What will be created">
      <Text as="h3" variant="title-x-small">
        What will be created
      </Text>
      <dl className={styles.preview}>
        <dt>Route</dt>
        <dd>{plan.route}</dd>
        <dt>Policy</dt>
        <dd>{plan.policy}</dd>
        <dt>DNS names</dt>
        <dd>
          <ul>
            {plan.dnsNames.map(name => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </dd>
        <dt>Tunnel rule</dt>
        <dd>{plan.tunnel}</dd>
      </dl>
    </section>
  );
}
