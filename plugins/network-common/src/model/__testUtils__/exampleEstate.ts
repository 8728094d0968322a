/*
 * Test helpers: the example GitOps estate as the GitOps source would hand it over (a declared
 * snapshot with file and line origins), and the catalog's bindings for it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, parseAllDocuments } from 'yaml';
import type { EntityBinding } from '../bindings';
import type {
  KubernetesObject,
  SourceSnapshot,
  SourcedObject,
} from '../sources';

export function findRepoRoot(startDir: string): string {
  let dir = path.resolve(startDir);
  while (!fs.existsSync(path.join(dir, 'backstage.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No backstage.json above ${startDir}`);
    dir = parent;
  }
  return dir;
}

function yamlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap(entry => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return yamlFiles(full);
      return /\.ya?ml$/.test(entry.name) ? [full] : [];
    })
    .sort();
}

/** Every document of every YAML file under `dir`, with its file and first line. */
export function readManifests(dir: string, source = 'gitops'): SourcedObject[] {
  const objects: SourcedObject[] = [];
  for (const file of yamlFiles(dir)) {
    const lineCounter = new LineCounter();
    const docs = parseAllDocuments(fs.readFileSync(file, 'utf8'), {
      lineCounter,
    });
    for (const doc of Array.isArray(docs) ? docs : []) {
      const object = doc.toJS() as KubernetesObject | null;
      if (!object?.kind) continue;
      const start = doc.contents?.range[0] ?? 0;
      objects.push({
        object: { ...object, metadata: object.metadata ?? {} },
        origin: {
          source,
          file: path.relative(dir, file),
          line: lineCounter.linePos(start).line,
        },
      });
    }
  }
  return objects;
}

export function exampleEstateSnapshot(): SourceSnapshot {
  const dir = path.join(findRepoRoot(__dirname), 'examples', 'gitops');
  return {
    sourceId: 'gitops',
    state: 'declared',
    readAt: '2026-12-01T00:00:00.000Z',
    objects: readManifests(dir),
    dnsRecords: [],
    tunnels: [],
    accessApplications: [],
    problems: [],
  };
}

/** The catalog's Kubernetes annotations, read from `examples/catalog`. */
export function exampleEstateBindings(): EntityBinding[] {
  const dir = path.join(findRepoRoot(__dirname), 'examples', 'catalog');
  return readManifests(dir, 'catalog')
    .map(({ object }) => object)
    .filter(entity => entity.kind === 'Component')
    .map(entity => {
      const annotations = entity.metadata.annotations ?? {};
      const binding: EntityBinding = {
        entityRef: `component:default/${entity.metadata.name}`,
      };
      const id = annotations['backstage.io/kubernetes-id'];
      if (id) binding.kubernetesId = id;
      const namespace = annotations['backstage.io/kubernetes-namespace'];
      if (namespace) binding.namespace = namespace;
      return binding;
    });
}
