import { UnexpectedCloudflareResponseError } from './cloudflareErrors';

interface Envelope {
  success: boolean;
  result: unknown;
}

function isEnvelope(body: unknown): body is Envelope {
  return (
    typeof body === 'object' &&
    body !== null &&
    'success' in body &&
    'result' in body
  );
}

/**
 * The items of one page, checked against the v4 envelope. The SDK turns a
 * non-JSON 2xx answer (a proxy's HTML page) into an empty page, which would
 * read as "every record deleted"; this makes it a failure instead.
 */
export function pageItems<T>(
  page: { getPaginatedItems(): T[] },
  what: string,
): T[] {
  // `body` is protected in the SDK's types but it is where the page keeps the raw answer
  const body = (page as unknown as { body: unknown }).body;
  if (!isEnvelope(body) || !body.success || !Array.isArray(body.result)) {
    throw new UnexpectedCloudflareResponseError(
      `the answer to ${what} was not a Cloudflare v4 list envelope`,
    );
  }
  return page.getPaginatedItems();
}

/** Walks every page of a list (the SDK stops on the first empty page), checking each. */
export async function listAll<T>(
  first: Promise<{
    getPaginatedItems(): T[];
    iterPages(): AsyncGenerator<{ getPaginatedItems(): T[] }>;
  }>,
  what: string,
): Promise<T[]> {
  const items: T[] = [];
  for await (const page of (await first).iterPages()) {
    items.push(...pageItems(page, what));
  }
  return items;
}
