import {
  validateGatewayPath,
  validatePort,
  validatePublicHostname,
} from '@localplus/plugin-network-common';
import { publicEntry } from './entry';
import type { NetworkSettings } from './options';
import type { NetworkExposureValue } from './value';

/** Which input a problem is about, so the field can show it there. */
export type ProblemSubject = 'entry' | 'ports';

/** @public */
export interface ExposureProblem {
  subject: ProblemSubject;
  message: string;
}

/**
 * Everything `network:expose` would refuse in the field's keys, in the order and words of the
 * action's own validation (`validateExpose`): the same shared validators, the same labels. The
 * service name belongs to another field and is checked there.
 */
export function exposureProblems(
  value: NetworkExposureValue,
  name: string | undefined,
  settings: NetworkSettings,
): ExposureProblem[] {
  const problems: ExposureProblem[] = [];
  const add = (subject: ProblemSubject, message: string | undefined) => {
    if (message) {
      problems.push({ subject, message });
    }
  };
  if (value.exposure.mode === 'own' && !value.exposure.hostname) {
    // the action's words, so the form and the step say the same
    add('entry', 'An own public hostname needs exposure.hostname.');
  }
  const entry = publicEntry(value, name, settings.publicZones);
  if (entry && entry.hostname) {
    add(
      'entry',
      validatePublicHostname(
        entry.hostname,
        settings.publicZones,
        settings.privateZones,
      ),
    );
    if (entry.path !== undefined) {
      add('entry', validateGatewayPath(entry.path));
    }
  }
  add('ports', validatePort(value.ports.http, 'HTTP port'));
  if (value.ports.grpc !== undefined) {
    add('ports', validatePort(value.ports.grpc, 'gRPC port'));
  }
  if (value.metricsPort !== undefined) {
    add('ports', validatePort(value.metricsPort, 'metrics port'));
  }
  return problems;
}
