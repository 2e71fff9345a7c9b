import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { RequestValidationError } from './problems';

function flatten(errors: ValidationError[], parent = ''): Array<{ field: string; message: string }> {
  return errors.flatMap((error) => {
    const field = parent ? (/^[0-9]+$/.test(error.property) ? `${parent}[${error.property}]` : `${parent}.${error.property}`) : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.startsWith(error.property) ? message.replace(error.property, field) : message,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Shape validation for every body, query and path parameter: unknown fields refused, types converted. */
export function ledgerValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => new RequestValidationError(flatten(errors)),
  });
}
