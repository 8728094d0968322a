export interface Config {
  /** The network suite. */
  network?: {
    /** The declared state: manifests as ArgoCD would sync them. */
    gitops?: {
      /**
       * A local folder of manifests, relative to the backend's working directory.
       * The embedded default points at the example estate.
       */
      path?: string;
    };
  };
}
