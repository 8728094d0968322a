import type { ReactElement } from 'react';
import {
  RiCheckboxCircleFill,
  RiCloseCircleFill,
  RiErrorWarningFill,
  RiInformationFill,
  RiQuestionFill,
} from '@remixicon/react';
import type {
  FindingSeverity,
  HopVerdict,
  PeerView,
} from '@localplus/plugin-network-common';
import styles from './status.module.css';

/** The three colours the tab speaks in: green works, red is broken, amber cannot be told. */
export type Tone = 'ok' | 'broken' | 'unknown' | 'neutral';

const ICONS: Record<Tone, ReactElement> = {
  ok: <RiCheckboxCircleFill aria-hidden />,
  broken: <RiCloseCircleFill aria-hidden />,
  unknown: <RiQuestionFill aria-hidden />,
  neutral: <RiInformationFill aria-hidden />,
};

/** A word with its colour and icon, so the meaning survives without colour. */
export function StatusText(props: {
  tone: Tone;
  label: string;
  icon?: ReactElement;
}) {
  const { tone, label, icon } = props;
  return (
    <span className={`${styles.status} ${styles[tone]}`} data-tone={tone}>
      {icon ?? ICONS[tone]}
      <span>{label}</span>
    </span>
  );
}

const VERDICT_LABELS: Record<HopVerdict, string> = {
  ok: 'OK',
  broken: 'Broken',
  unknown: 'Unknown',
};

/** The verdict of a hop or a chain. */
export function VerdictText(props: { verdict: HopVerdict }) {
  return (
    <StatusText tone={props.verdict} label={VERDICT_LABELS[props.verdict]} />
  );
}

/** Whether a peer may connect: allowed, or unknown when an L7 or FQDN rule decides at runtime. */
export function PeerVerdictText(props: { verdict: PeerView['verdict'] }) {
  return props.verdict === 'allowed' ? (
    <StatusText tone="ok" label="Allowed" />
  ) : (
    <StatusText tone="unknown" label="Unknown" />
  );
}

const SEVERITY: Record<
  FindingSeverity,
  { tone: Tone; label: string; plural: string; icon: ReactElement }
> = {
  error: {
    tone: 'broken',
    label: 'Error',
    plural: 'errors',
    icon: <RiCloseCircleFill aria-hidden />,
  },
  warning: {
    tone: 'unknown',
    label: 'Warning',
    plural: 'warnings',
    icon: <RiErrorWarningFill aria-hidden />,
  },
  info: {
    tone: 'neutral',
    label: 'Info',
    plural: 'info',
    icon: <RiInformationFill aria-hidden />,
  },
};

function severityLabel(severity: FindingSeverity, count?: number): string {
  const { label, plural } = SEVERITY[severity];
  if (count === undefined) {
    return label;
  }
  return `${count} ${count === 1 ? label.toLowerCase() : plural}`;
}

export function SeverityText(props: {
  severity: FindingSeverity;
  count?: number;
}) {
  const { tone, icon } = SEVERITY[props.severity];
  return (
    <StatusText
      tone={tone}
      label={severityLabel(props.severity, props.count)}
      icon={icon}
    />
  );
}
