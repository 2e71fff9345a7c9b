import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './ledger-api.generated';
import { asProblem, ProblemError } from './problem';

export type Schemas = components['schemas'];
export type LedgerClient = ReturnType<typeof createClient<paths>>;

/** What a command answers: the new event's id, its global position (for ?minPosition=), its stream's revision. */
export type CommandResult = Schemas['CommandResultDto'];

/**
 * The API's typed client (openapi-fetch over the generated paths): every request
 * carries the bearer token, and every read of the ledger's records waits for
 * the read models to include the last command this page sent (?minPosition=), so a
 * page redrawn after a command shows it.
 */
export function createLedgerClient(token: () => string | null, readPosition: () => number): LedgerClient {
  const client = createClient<paths>({ baseUrl: window.location.origin });
  const auth: Middleware = {
    onRequest({ request }) {
      const bearer = token();
      if (bearer) request.headers.set('authorization', `Bearer ${bearer}`);
      const url = new URL(request.url);
      const position = readPosition();
      if (
        request.method === 'GET' &&
        position > 0 &&
        /^\/(compacts|disputes|boards|meetings|deadlines)(\/|$)/.test(url.pathname) &&
        !url.pathname.includes('/evidence/')
      ) {
        url.searchParams.set('minPosition', String(position));
        return new Request(url, request);
      }
      return request;
    },
  };
  client.use(auth);
  return client;
}

/** The data of an answer, or a ProblemError carrying its problem details. */
export function answer<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) {
    throw new ProblemError(asProblem(result.response.status, result.error, `${result.response.status} ${result.response.statusText}`.trim()));
  }
  return result.data as T;
}
