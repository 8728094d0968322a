import { parseManifests } from './parseManifests';

describe('parseManifests', () => {
  it('reads several documents with the line where each starts', () => {
    const text = [
      '# leading comment',
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  name: svc-ledger',
      '  namespace: ledger',
      '---',
      '',
      '# the route',
      'apiVersion: gateway.networking.k8s.io/v1',
      'kind: HTTPRoute',
      'metadata:',
      '  name: ledger',
      '',
    ].join('\n');

    const { manifests, problems } = parseManifests(text, 'apps/ledger.yaml');

    expect(problems).toEqual([]);
    expect(manifests).toEqual([
      {
        object: {
          apiVersion: 'v1',
          kind: 'Service',
          metadata: { name: 'svc-ledger', namespace: 'ledger' },
        },
        source: { file: 'apps/ledger.yaml', line: 2, documentIndex: 0 },
      },
      {
        object: {
          apiVersion: 'gateway.networking.k8s.io/v1',
          kind: 'HTTPRoute',
          metadata: { name: 'ledger' },
        },
        source: { file: 'apps/ledger.yaml', line: 10, documentIndex: 1 },
      },
    ]);
  });

  it('skips empty documents silently', () => {
    const text =
      '---\n---\n# only a comment\n---\napiVersion: v1\nkind: A\n---\n';
    const { manifests, problems } = parseManifests(text, 'f.yaml');
    expect(problems).toEqual([]);
    expect(manifests.map(m => m.source)).toEqual([
      { file: 'f.yaml', line: 5, documentIndex: 2 },
    ]);
    expect(parseManifests('', 'empty.yaml')).toEqual({
      manifests: [],
      problems: [],
    });
  });

  it('expands a List into its items, each with its own line', () => {
    const text = [
      'apiVersion: v1',
      'kind: List',
      'items:',
      '  - apiVersion: v1',
      '    kind: ConfigMap',
      '    metadata: { name: a }',
      '  - apiVersion: v1',
      '    kind: ConfigMap',
      '    metadata: { name: b }',
      '  - just a string',
    ].join('\n');
    const { manifests, problems } = parseManifests(text, 'list.yaml');
    expect(manifests.map(m => [m.object.metadata.name, m.source.line])).toEqual(
      [
        ['a', 4],
        ['b', 7],
      ],
    );
    expect(manifests[1].source.documentIndex).toBe(0);
    expect(problems).toEqual([
      {
        file: 'list.yaml',
        line: 10,
        message: expect.stringMatching(/item 2 of the List .* a string/),
      },
    ]);
  });

  it('reports syntax errors with their line and keeps the other documents', () => {
    const text = [
      'apiVersion: v1',
      'kind: A',
      '---',
      'apiVersion: v1',
      'kind: B',
      'spec: [1, 2',
      '---',
      'apiVersion: v1',
      'kind: C',
      'a: 1',
      'a: 2',
      '---',
      'apiVersion: v1',
      'kind: D',
    ].join('\n');
    const { manifests, problems } = parseManifests(text, 'broken.yaml');
    expect(manifests.map(m => m.object.kind)).toEqual(['A', 'D']);
    expect(problems).toEqual([
      {
        file: 'broken.yaml',
        line: expect.any(Number),
        message: expect.stringMatching(/^YAML syntax error: .*Flow sequence/),
      },
      {
        file: 'broken.yaml',
        line: 11,
        message: 'YAML syntax error: Map keys must be unique',
      },
    ]);
    expect(problems[0].line).toBeGreaterThanOrEqual(6);
    expect(problems[0].line).toBeLessThanOrEqual(7);
  });

  it('reports documents that are not Kubernetes objects', () => {
    const text = [
      '- a',
      '- b',
      '---',
      'just text',
      '---',
      'kind: Service',
      'metadata: { name: x }',
      '---',
      'apiVersion: v1',
      'kind: Service',
      'metadata: oops',
    ].join('\n');
    const { manifests, problems } = parseManifests(text, 'odd.yml');
    expect(manifests).toEqual([]);
    expect(problems).toEqual([
      {
        file: 'odd.yml',
        line: 1,
        message: expect.stringContaining('document 1 is a sequence'),
      },
      {
        file: 'odd.yml',
        line: 4,
        message: expect.stringContaining('document 2 is a string'),
      },
      {
        file: 'odd.yml',
        line: 6,
        message: 'document 3 is not a Kubernetes object: it has no apiVersion',
      },
      {
        file: 'odd.yml',
        line: 9,
        message: 'document 4 has a metadata field that is not a mapping',
      },
    ]);
  });

  it('reads YAML the way kubectl does (YAML 1.1 booleans, timestamps stay strings)', () => {
    const text = [
      'apiVersion: v1',
      'kind: ConfigMap',
      'data:',
      '  enabled: yes',
      '  since: 2024-01-01',
      '  mode: 0644',
      '  window: 1:30',
    ].join('\n');
    const [manifest] = parseManifests(text, 'cm.yaml').manifests;
    expect(manifest.object.data).toEqual({
      enabled: true,
      since: '2024-01-01',
      mode: 420,
      window: '1:30',
    });
    // a manifest without metadata still gets an (empty) metadata object
    expect(manifest.object.metadata).toEqual({});
  });
});
