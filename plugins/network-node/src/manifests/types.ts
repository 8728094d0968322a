import type { KubernetesObject } from '@localplus/plugin-network-common';

export type { KubernetesObject };

/**
 * Where a manifest came from, so findings can point at a file and line.
 *
 * @public
 */
export interface ManifestSource {
  /** Path relative to the folder that was read, with forward slashes. */
  file: string;
  /** 1-based line where the document (or the `List` item) starts. */
  line: number;
  /** 0-based index of the YAML document inside the file. */
  documentIndex: number;
}

/**
 * One Kubernetes object found in a manifest file.
 *
 * @public
 */
export interface Manifest {
  object: KubernetesObject;
  source: ManifestSource;
}

/**
 * Something in a manifest file that could not be turned into an object.
 *
 * @public
 */
export interface ManifestProblem {
  file: string;
  /** 1-based line; 1 when the problem concerns the whole file. */
  line: number;
  message: string;
}

/**
 * The objects of a manifest folder or file, and what could not be read.
 *
 * @public
 */
export interface ManifestReadResult {
  manifests: Manifest[];
  problems: ManifestProblem[];
}
