import type { ReactNode } from 'react';
import {
  RiCheckboxCircleFill,
  RiCloseCircleFill,
  RiErrorWarningFill,
  RiInformationFill,
  RiLoader4Line,
} from '@remixicon/react';
import styles from './status.module.css';

/** ok: free; broken: refused; unknown: could not be told; neutral: nothing to say yet. */
export type Tone = 'ok' | 'broken' | 'unknown' | 'neutral' | 'busy';

const ICONS: Record<Tone, ReactNode> = {
  ok: <RiCheckboxCircleFill aria-hidden />,
  broken: <RiCloseCircleFill aria-hidden />,
  unknown: <RiErrorWarningFill aria-hidden />,
  neutral: <RiInformationFill aria-hidden />,
  busy: <RiLoader4Line aria-hidden />,
};

const TONE_CLASS: Record<Tone, string> = {
  ok: styles.ok,
  broken: styles.broken,
  unknown: styles.unknown,
  neutral: styles.neutral,
  busy: styles.neutral,
};

/** One line of a status: icon, headline and, below it, why. */
export function StatusLine(props: {
  tone: Tone;
  children: ReactNode;
  reason?: ReactNode;
}) {
  const { tone, children, reason } = props;
  return (
    <div className={styles.line} data-tone={tone}>
      <span className={TONE_CLASS[tone]}>{ICONS[tone]}</span>
      <span>
        <span>{children}</span>
        {reason && (
          <>
            <br />
            <span className={styles.reason}>{reason}</span>
          </>
        )}
      </span>
    </div>
  );
}
