import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type {
  GitopsChange,
  PlannedChange,
} from '@localplus/plugin-network-node';
import type { AvailabilityCheck } from './availabilityChecks';
import { ExposeRequest, publicEntry } from './exposeValidation';
import { DEFAULT_GRPC_PORT, DEFAULT_HTTP_PORT } from './files';
import type { DnsNameClaim } from './folderDnsCheck';
import type { NetworkActionsOptions } from './options';
import { policyChange } from './policyPlan';
import { privateDnsRun } from './privateDnsPlan';
import type { Problems } from './problems';
import { routeRun } from './routePlan';
import type { ServiceTarget } from './service';
import { sharedTunnel } from './sharedTunnel';
import { RunTarget, tunnelIdFor } from './runTarget';
import { tunnelRun } from './tunnelPlan';
import { workloadChanges } from './workloadPlan';

/**
 * Every change `network:expose` makes, in the order that never exposes a service before it is
 * guarded: workload, policy, route, private name, then the tunnel rule and public name.
 */
export async function exposeRun(
  target: ServiceTarget,
  request: ExposeRequest,
  options: NetworkActionsOptions,
  runTarget: RunTarget,
  credentials: BackstageCredentials,
  problems: Problems,
): Promise<{
  changes: GitopsChange[];
  checks: AvailabilityCheck[];
  notes: PlannedChange[];
  dnsNames: DnsNameClaim[];
  publicUrl: string;
  privateName: string;
}> {
  const { settings } = options;
  const entry = publicEntry(target, request.exposure, settings.zones.public);
  const servicePorts = [request.httpPort, request.grpcPort].filter(
    (p): p is number => p !== undefined,
  );
  const changes: GitopsChange[] = [];
  const checks: AvailabilityCheck[] = [];
  const notes: PlannedChange[] = [];
  const dnsNames: DnsNameClaim[] = [];
  const dns = request.privateDns
    ? privateDnsRun(
        target,
        { recordType: 'CNAME', ttl: 60 },
        settings,
        problems,
      )
    : undefined;
  problems.throwIfAny();

  if (request.workload) {
    changes.push(
      ...workloadChanges(
        target,
        request.workload,
        request.httpPort,
        request.grpcPort,
      ),
    );
  }
  changes.push(
    await policyChange(
      target,
      {
        exposedPorts: entry ? [request.httpPort] : [],
        callers: request.callers.map(entityRef => ({
          entityRef,
          ports: servicePorts,
        })),
        // a callee's ports are not in the catalog: the platform's service ports
        callees: request.callees.map(entityRef => ({
          entityRef,
          ports: [DEFAULT_HTTP_PORT, DEFAULT_GRPC_PORT],
        })),
        metricsPort: request.metricsPort,
        intraNamespace: request.intraNamespace,
        dataServices: request.dataServices,
        vpcEndpoints: request.vpcEndpoints,
      },
      settings,
      options.workloads,
      credentials,
    ),
  );
  if (entry) {
    const route = routeRun(
      target,
      {
        hostnames: [entry.hostname],
        paths: [{ type: 'PathPrefix', value: entry.path }],
        port: request.httpPort,
        backendService: target.name,
      },
      settings,
    );
    changes.push(route.change);
    checks.push(...route.checks);
  }
  if (dns) {
    changes.push(dns.change);
    checks.push(...dns.checks);
    dnsNames.push(...dns.dnsNames);
  }
  if (entry) {
    const shared =
      request.exposure.mode === 'shared'
        ? await sharedTunnel(target, entry, options, runTarget)
        : { addRule: true };
    if (shared.note) {
      notes.push(shared.note);
    }
    if (shared.addRule) {
      const tunnel = tunnelRun(
        target,
        {
          hostname: entry.hostname,
          path: entry.path === '/' ? undefined : entry.path,
          // the platform owns the shared hostname's record
          publicDns: request.exposure.mode === 'own',
        },
        settings,
        request.exposure.mode === 'own'
          ? await tunnelIdFor(settings, runTarget)
          : '',
      );
      changes.push(...tunnel.changes);
      dnsNames.push(...tunnel.dnsNames);
      // a shared hostname's path was asked about with the route already
      if (request.exposure.mode === 'own') {
        checks.push(...tunnel.checks);
      }
    }
  }
  return {
    changes,
    checks,
    notes,
    dnsNames,
    publicUrl: entry
      ? `https://${entry.hostname}${entry.path === '/' ? '' : entry.path}`
      : '',
    privateName: dns?.dnsName ?? '',
  };
}
