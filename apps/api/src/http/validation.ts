import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { RequestValidationError } from './problems';

/** Rules about a value's kind: when one fails, the others (its length, its emptiness) say nothing true of it. */
const KIND_RULES = ['isString', 'isInt', 'isNumber', 'isBoolean', 'isArray', 'isObject'];

/** class-validator's array-size wording ("must contain at least 1 elements") as a person says it. */
function plainCounts(message: string): string {
  return message
    .replace(/must contain at least 1 elements$/, 'must have at least one item')
    .replace(/must contain at least (\d+) elements$/, 'must have at least $1 items')
    .replace(/must contain no more than (\d+) elements$/, 'must have at most $1 items');
}

/**
 * Each failing field once, said as a person would fix it: a field left out is "required"
 * (not "must be a string", "should not be empty" and "must be shorter than ..." at once),
 * and a value of the wrong kind is told its kind alone.
 */
function flatten(errors: ValidationError[], parent = ''): Array<{ field: string; message: string }> {
  return errors.flatMap((error) => {
    const field = parent ? (/^[0-9]+$/.test(error.property) ? `${parent}[${error.property}]` : `${parent}.${error.property}`) : error.property;
    const constraints = error.constraints ?? {};
    const kind = KIND_RULES.find((rule) => rule in constraints);
    const messages =
      Object.keys(constraints).length === 0
        ? []
        : error.value === undefined
          ? [`${error.property} is required`]
          : kind
            ? [constraints[kind]]
            : Object.values(constraints);
    const own = messages.map((message) => ({
      field,
      message: plainCounts(message.startsWith(error.property) ? message.replace(error.property, field) : message),
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
