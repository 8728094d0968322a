import fs from 'node:fs';
import path from 'node:path';
import {
  KUBERNETES_ID_ANNOTATION,
  buildNetworkIndex,
  type EntityBinding,
  type Finding,
} from '@localplus/plugin-network-common';
import {
  createManifestValidator,
  loadCustomResourceDefinitions,
} from '@localplus/plugin-network-node';
import type { CliIo } from '../lib/io';
import { loadEstate } from '../lib/loadEstate';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

function yamlFilesBelow(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return yamlFilesBelow(full);
    return /\.ya?ml$/.test(entry.name) ? [full] : [];
  });
}

/**
 * `check <folder>`: manifest validation against the given CRDs plus the index's cross-system
 * findings. Exits 1 on any error (or warning with --strict): a pull-request gate.
 */
export async function check(
  folder: string,
  options: { crds?: string[]; json?: boolean; strict?: boolean },
  io: CliIo,
): Promise<number> {
  const snapshot = await loadEstate(folder);
  const findings: Finding[] = snapshot.problems.map((p, i) => ({
    id: `manifest-invalid:unreadable:${i}`,
    check: 'manifest-invalid',
    severity: 'error',
    message: `${p.file}:${p.line}: ${p.message}`,
    objects: [],
    fixHint: 'Fix the YAML so the file parses',
    entityRefs: [],
  }));

  const crdFiles = (options.crds ?? []).flatMap(dir => yamlFilesBelow(dir));
  if (crdFiles.length > 0) {
    const validator = createManifestValidator(
      loadCustomResourceDefinitions(crdFiles),
    );
    for (const { object, origin } of snapshot.objects) {
      const result = validator.validate(object);
      if (result.status === 'invalid') {
        const where = `${origin.file}:${origin.line}`;
        findings.push({
          id: `manifest-invalid:${where}`,
          check: 'manifest-invalid',
          severity: 'error',
          message: `${where} ${result.kind} ${result.namespace ?? ''}/${
            result.name
          }: ${result.errors
            .map(e => `${e.path || '(object)'}: ${e.message}`)
            .join('; ')}`,
          objects: [
            {
              kind: result.kind,
              name: result.name,
              namespace: result.namespace,
              source: 'gitops',
              file: origin.file,
              line: origin.line,
            },
          ],
          fixHint:
            'The API server would reject this object; fix the fields named',
          entityRefs: [],
        });
      }
    }
  }

  // Without a catalog, each backstage.io/kubernetes-id in the folder stands for one component.
  const ids = new Set(
    snapshot.objects.flatMap(
      o => o.object.metadata.labels?.[KUBERNETES_ID_ANNOTATION] ?? [],
    ),
  );
  const entities: EntityBinding[] = [...ids].map(id => ({
    entityRef: `component:default/${id}`,
    kubernetesId: id,
  }));
  const index = buildNetworkIndex({
    snapshots: [snapshot],
    entities,
    sourceStatus: [],
    options: {},
  });
  findings.push(...index.findings());
  findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.id.localeCompare(b.id),
  );

  if (options.json) {
    io.out(JSON.stringify(findings, null, 2));
  } else {
    for (const f of findings) {
      const where = f.objects
        .map(o => (o.file ? `${o.file}:${o.line}` : `${o.kind} ${o.name}`))
        .join(', ');
      io.out(
        `${f.severity.toUpperCase()} ${f.check}: ${f.message}${
          where ? ` [${where}]` : ''
        }`,
      );
      io.out(`  fix: ${f.fixHint}`);
    }
    const count = (s: Finding['severity']) =>
      findings.filter(f => f.severity === s).length;
    const note =
      crdFiles.length === 0
        ? ' (no --crds given: manifests not validated)'
        : '';
    io.out(
      `${count('error')} errors, ${count('warning')} warnings, ${count(
        'info',
      )} notes${note}`,
    );
  }
  const failing = findings.filter(
    f => f.severity === 'error' || (options.strict && f.severity === 'warning'),
  );
  return failing.length > 0 ? 1 : 0;
}
