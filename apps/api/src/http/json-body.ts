import type { NestExpressApplication } from '@nestjs/platform-express';
import { json, type NextFunction, type Request, type Response } from 'express';

/** A body that could not be read as JSON: malformed, too large, or in an unsupported encoding. */
export class UnreadableBodyError extends Error {
  override readonly name = 'UnreadableBodyError';
  constructor(
    readonly reason: 'malformed-json' | 'body-too-large' | 'unreadable-body',
    message: string,
  ) {
    super(message);
  }
}

interface BodyParserFailure {
  type?: string;
  limit?: number;
}

/**
 * JSON bodies up to `limit`; whatever the parser refuses becomes an UnreadableBodyError,
 * which the problem-details filter answers 400 with the reason named.
 */
export function useJsonBodies(app: NestExpressApplication, limit: string): void {
  app.use(json({ limit, type: ['application/json', 'application/*+json'] }));
  app.use((error: unknown, _request: Request, _response: Response, next: NextFunction) => {
    const failure = error as BodyParserFailure;
    switch (failure?.type) {
      case 'entity.parse.failed':
        return next(new UnreadableBodyError('malformed-json', 'the request body is not valid JSON'));
      case 'entity.too.large':
        return next(new UnreadableBodyError('body-too-large', `the request body is larger than the limit of ${failure.limit} bytes`));
      case undefined:
        return next(error);
      default:
        return next(new UnreadableBodyError('unreadable-body', `the request body could not be read (${failure.type})`));
    }
  });
}
