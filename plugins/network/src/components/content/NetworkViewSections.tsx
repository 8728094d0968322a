import { Flex } from '@backstage/ui';
import type { NetworkView } from '@localplus/plugin-network-common';
import { DnsSection } from './DnsSection';
import { DriftSection } from './DriftSection';
import { ExposureChains } from './ExposureChains';
import { FindingsSection } from './FindingsSection';
import { PeersSection } from './PeersSection';
import { PoliciesSection } from './PoliciesSection';
import { RoutesSection } from './RoutesSection';
import { ServicesSection } from './ServicesSection';
import { TunnelSection } from './TunnelSection';

/**
 * The tab's sections in the order a developer asks: how does traffic reach me, who may call me,
 * whom may I call, what are my names, what is broken — then the objects behind the answers.
 */
export function NetworkViewSections(props: { view: NetworkView }) {
  const { view } = props;
  return (
    <Flex direction="column" gap="6">
      <ExposureChains chains={view.chains} />
      <FindingsSection findings={view.findings} />
      <PeersSection
        direction="callers"
        peers={view.callers}
        openTo={view.openTo}
      />
      <PeersSection direction="callees" peers={view.callees} />
      <DnsSection records={view.dnsRecords} />
      <RoutesSection routes={view.routes} />
      <TunnelSection rules={view.tunnelRules} />
      <ServicesSection services={view.services} />
      <PoliciesSection policies={view.policies} />
      <DriftSection drift={view.drift} />
    </Flex>
  );
}
