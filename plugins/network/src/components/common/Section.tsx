import { useId, type ReactNode } from 'react';
import { Flex, Text } from '@backstage/ui';

/**
 * One titled part of the tab. It is a labelled region, so screen readers (and browser tests) can
 * jump to "Who may call me" directly.
 */
export function Section(props: {
  title: string;
  /** Shown after the title, e.g. a count or a verdict. */
  aside?: ReactNode;
  description?: ReactNode;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Flex direction="column" gap="2">
        <Flex align="center" gap="2">
          <Text as="h3" variant="title-x-small" weight="bold" id={headingId}>
            {props.title}
          </Text>
          {props.aside}
        </Flex>
        {props.description && (
          <Text as="p" variant="body-small" color="secondary">
            {props.description}
          </Text>
        )}
        {props.children}
      </Flex>
    </section>
  );
}
