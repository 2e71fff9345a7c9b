import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
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

/**
 * `constructor`, `__proto__`, `toString`, `hasOwnProperty` and the rest of what every
 * object inherits, and `prototype`, which class-transformer also leaves off the DTO it
 * builds (so whitelisting never saw it either).
 */
const INHERITED_NAMES = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

/**
 * Fields named after what objects inherit. class-transformer skips them when it
 * builds the DTO (against prototype pollution), so whitelisting never sees them and
 * they would be dropped without a word; here they are refused like any unknown field.
 */
function inheritedNameFields(value: unknown, parent = ''): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.keys(value).flatMap((key) => {
    const field = Array.isArray(value) ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key;
    return INHERITED_NAMES.has(key) ? [field] : inheritedNameFields((value as Record<string, unknown>)[key], field);
  });
}

class LedgerValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (this.toValidate(metadata)) {
      const refused = inheritedNameFields(value);
      if (refused.length > 0) {
        throw new RequestValidationError(refused.map((field) => ({ field, message: `property ${field} should not exist` })));
      }
    }
    return super.transform(value, metadata);
  }
}

/** Shape validation for every body, query and path parameter: unknown fields refused, types converted. */
export function ledgerValidationPipe(): ValidationPipe {
  return new LedgerValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => new RequestValidationError(flatten(errors)),
  });
}
