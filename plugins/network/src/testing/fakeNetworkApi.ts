import type { NetworkApi } from '../api';
import type { NetworkView } from '@localplus/plugin-network-common';

/**
 * A fake backend behind the `NetworkApi` boundary: answers from a map of views by entity ref, and
 * lets a test make the next answers fail or hang. It counts calls so retries can be asserted.
 */
export class FakeNetworkApi implements NetworkApi {
  readonly views = new Map<string, NetworkView>();
  calls = 0;
  /** Reads that have answered (successfully or not). */
  answered = 0;
  #failures: Error[] = [];
  #hang = false;
  readonly #gates = new Map<string, Promise<void>>();

  constructor(views: NetworkView[] = []) {
    for (const view of views) {
      this.views.set(view.entityRef, view);
    }
  }

  /** The next `count` reads fail with `error`. */
  failNext(error: Error, count = 1): this {
    for (let i = 0; i < count; i++) {
      this.#failures.push(error);
    }
    return this;
  }

  /** Reads never answer, as when the backend is slow. */
  hang(): this {
    this.#hang = true;
    return this;
  }

  /** Reads of `entityRef` wait until the returned function is called, to order answers. */
  gate(entityRef: string): () => void {
    let open = () => {};
    this.#gates.set(
      entityRef,
      new Promise<void>(resolve => {
        open = resolve;
      }),
    );
    return () => open();
  }

  async getView(
    entityRef: string | { kind: string; namespace: string; name: string },
  ) {
    this.calls += 1;
    const ref =
      typeof entityRef === 'string'
        ? entityRef
        : `${entityRef.kind}:${entityRef.namespace}/${entityRef.name}`.toLocaleLowerCase(
            'en-US',
          );
    if (this.#hang) {
      return new Promise<NetworkView>(() => {});
    }
    await this.#gates.get(ref);
    this.answered += 1;
    const failure = this.#failures.shift();
    if (failure) {
      throw failure;
    }
    const view = this.views.get(ref);
    if (!view) {
      throw new Error(`No entity ${ref}`);
    }
    return view;
  }

  async getFindings() {
    return { items: [...this.views.values()].flatMap(v => v.findings) };
  }

  async getSources() {
    const first = [...this.views.values()][0];
    return { items: first?.sources ?? [], builtAt: first?.builtAt ?? '' };
  }

  async checkAvailability() {
    return { available: true, conflicts: [] };
  }
}
