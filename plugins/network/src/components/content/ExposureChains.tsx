import { Flex, Text } from '@backstage/ui';
import type { ExposureChain } from '@localplus/plugin-network-common';
import { Section } from '../common/Section';
import { ChainPath, chainEntryText } from './ChainPath';

/** How traffic reaches the service: one chain per public hostname and per private name. */
export function ExposureChains(props: { chains: ExposureChain[] }) {
  const { chains } = props;
  const broken = chains.filter(c => c.verdict === 'broken').length;
  return (
    <Section
      title="How traffic reaches me"
      aside={
        <Text variant="body-small" color="secondary">
          {chains.length} {chains.length === 1 ? 'chain' : 'chains'}
          {broken > 0 && `, ${broken} broken`}
        </Text>
      }
      description="Each hop shows its verdict; select a hop for the reason and the object that decides it."
    >
      {chains.length === 0 ? (
        <Text>No public hostname or private name leads to this service.</Text>
      ) : (
        <Flex direction="column" gap="3">
          {chains.map(chain => (
            <ChainPath
              key={`${chain.entry.kind}:${chainEntryText(chain)}`}
              chain={chain}
            />
          ))}
        </Flex>
      )}
    </Section>
  );
}
