/**
 * The API server's `Status` body, which every failure (and a delete) answers
 * with; clients read `code`, `reason` and `message` from it.
 */
export interface Status {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: Record<string, never>;
  status: 'Success' | 'Failure';
  message?: string;
  reason?: string;
  details?: {
    name?: string;
    group?: string;
    kind?: string;
    uid?: string;
    causes?: Array<{ reason: string; message: string; field?: string }>;
  };
  code: number;
}

const REASONS: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  409: 'Conflict',
  410: 'Expired',
  415: 'UnsupportedMediaType',
  422: 'Invalid',
  500: 'InternalError',
};

export function failureStatus(
  code: number,
  message: string,
  options: { reason?: string; details?: Status['details'] } = {},
): Status {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason: options.reason ?? REASONS[code] ?? 'Unknown',
    ...(options.details && { details: options.details }),
    code,
  };
}

/**
 * A request the fake refuses, carrying the `Status` it answers with. The
 * helper methods (`apply`, `put`) throw it too, so fixtures fail loudly.
 */
export class KubernetesApiServerError extends Error {
  readonly status: Status;

  constructor(status: Status) {
    super(status.message);
    this.name = 'KubernetesApiServerError';
    this.status = status;
  }

  get code(): number {
    return this.status.code;
  }
}

export function apiServerError(
  code: number,
  message: string,
  options?: { reason?: string; details?: Status['details'] },
): KubernetesApiServerError {
  return new KubernetesApiServerError(failureStatus(code, message, options));
}
