import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { OperationObject, ParameterObject, ReferenceObject, ResponseObject, SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { getMetadataStorage } from 'class-validator';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';

/**
 * The OpenAPI document at /docs-json: Nest's, generated from the controllers and DTOs,
 * with what Nest's generator leaves out added from the same sources, so a client
 * generated from it sends what the API takes and expects what it answers:
 * - each DTO field's rules from its class-validator decorators (pattern, lengths,
 *   integers and their bounds, list sizes, dates not later than today), and
 *   `additionalProperties: false`, as unknown fields are refused;
 * - the problem details every route may answer, with Retry-After where it is sent;
 * - the headers: X-Correlation-Id on every route, Idempotency-Key on every command,
 *   If-Match on commands to an existing stream, and the ETag each command answers.
 */
export function ledgerOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('compact-ledger')
    .setDescription('Event-sourced governance ledger for health and care partnership compacts. Errors are RFC 9457 problem details.')
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, config);
  addValidationRules(document);
  addProblemResponses(document);
  addHeaders(document);
  return document;
}

/** The keywords copied from class-validator's rules into Nest's schemas, where Nest gave none. */
const RULE_KEYWORDS = ['pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems', 'format'] as const;

type Schema = SchemaObject & { description?: string };

function validationSchemas(): Record<string, Schema> {
  return validationMetadatasToSchemas({
    classValidatorMetadataStorage: getMetadataStorage(),
    additionalConverters: {
      notInTheFuture: { description: 'Not later than today (the latest date anywhere on Earth): the date something happened.' },
    },
  } as Parameters<typeof validationMetadatasToSchemas>[0]) as Record<string, Schema>;
}

function mergeRules(into: Schema, from: Schema): void {
  // A rule declared with `each: true` (OrganisationIdField) also holds a single value; the converter files it under items.
  if (into.type !== 'array' && from.type === 'array' && from.items && !('$ref' in from.items)) return mergeRules(into, from.items as Schema);
  for (const keyword of RULE_KEYWORDS) {
    // class-validator's UUID pattern is lower case only; format: uuid says it, and capitals are taken too.
    if (keyword === 'pattern' && from.format === 'uuid') continue;
    if (from[keyword] !== undefined && into[keyword] === undefined) (into as Record<string, unknown>)[keyword] = from[keyword];
  }
  if (from.type === 'integer' && into.type === 'number') into.type = 'integer';
  if (from.description && !into.description?.includes(from.description)) {
    into.description = into.description ? `${into.description.replace(/[.]?$/, '.')} ${from.description}` : from.description;
  }
  const intoItems = into.items as Schema | undefined;
  const fromItems = from.items as Schema | undefined;
  if (intoItems && fromItems && !('$ref' in intoItems) && !('$ref' in fromItems)) mergeRules(intoItems, fromItems);
}

function addValidationRules(document: OpenAPIObject): void {
  const rules = validationSchemas();
  const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
  for (const [name, schema] of Object.entries(schemas)) {
    const validated = rules[name];
    if (!validated?.properties || !schema.properties) continue;
    schema.additionalProperties = false;
    for (const [property, rule] of Object.entries(validated.properties as Record<string, Schema>)) {
      const target = schema.properties[property] as Schema | undefined;
      if (target && !('$ref' in target)) mergeRules(target, rule);
    }
  }
  // Query and path parameters are Nest's expansion of the *Params and *QueryDto classes.
  const parameterRules = Object.entries(rules)
    .filter(([name]) => name.endsWith('Params') || name.endsWith('QueryDto'))
    .flatMap(([, schema]) => Object.entries((schema.properties ?? {}) as Record<string, Schema>));
  for (const { operation } of operations(document)) {
    for (const parameter of (operation.parameters ?? []) as ParameterObject[]) {
      if (parameter.in !== 'query' && parameter.in !== 'path') continue;
      const rule = parameterRules.find(([property]) => property === parameter.name)?.[1];
      if (rule && parameter.schema && !('$ref' in parameter.schema)) mergeRules(parameter.schema as Schema, rule);
    }
  }
}

function* operations(document: OpenAPIObject): Generator<{ operation: OperationObject; path: string; method: string }> {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const operation = item[method];
      if (operation) yield { operation, path, method };
    }
  }
}

const PROBLEM: SchemaObject = {
  type: 'object',
  description: 'RFC 9457 problem details (application/problem+json)',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string', example: 'urn:compact-ledger:problem:validation-failed' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string', description: 'The request path' },
    correlationId: { type: 'string', description: "The request's X-Correlation-Id: quote it when reporting a problem" },
    errors: {
      type: 'array',
      description: '400: each failing field and what is wrong with it',
      items: { type: 'object', required: ['field', 'message'], properties: { field: { type: 'string' }, message: { type: 'string' } } },
    },
    rule: { type: 'string', description: '422: the domain rule that refused the command' },
    currentRevision: { type: 'integer', nullable: true, description: "409: the stream's revision now" },
    limitBytes: { type: 'integer', nullable: true, description: '413: the largest upload, or append, accepted (null when the event store does not say)' },
    streamId: { type: 'string', description: '503: the stream holding an event this version does not know' },
    revision: { type: 'integer', description: "503: that event's revision" },
    eventType: { type: 'string', description: "503: that event's type" },
  },
};

const RETRY_AFTER = { 'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer' } } };

function problem(description: string, headers?: ResponseObject['headers']): ResponseObject {
  return { description, headers, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } } };
}

function addProblemResponses(document: OpenAPIObject): void {
  document.components ??= {};
  document.components.schemas ??= {};
  document.components.schemas.ProblemDetails = PROBLEM;
  for (const { operation, path, method } of operations(document)) {
    const authenticated = (operation.security ?? []).length > 0;
    const command = method === 'post';
    const multipart = Object.keys((operation.requestBody as { content?: object } | undefined)?.content ?? {}).includes('multipart/form-data');
    const add: Record<string, ResponseObject> = {
      400: problem('The request is not valid: each failing field named in `errors`'),
      ...(authenticated && {
        401: problem('No valid bearer token'),
        403: problem('The token may not do this'),
        429: problem('Too many requests from this subject', RETRY_AFTER),
      }),
      ...(path.includes('{') && { 404: problem('No such resource') }),
      ...(command && {
        409: problem(
          "If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress",
        ),
        415: problem(multipart ? 'The body is not multipart/form-data' : 'The body is not JSON'),
        422: problem('A ledger rule refused the command: named in `rule`'),
      }),
      ...(multipart && { 413: problem('The file is larger than the upload limit (`limitBytes`)') }),
      ...(command &&
        !multipart && { 413: problem("The events are larger than the event store's append limit (`limitBytes`, null when the store does not say)") }),
      503: problem(
        command
          ? 'The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help)'
          : 'The store or the data files are unavailable, or the read models have not reached ?minPosition= in time (Retry-After when a retry can help)',
        RETRY_AFTER,
      ),
    };
    for (const [status, response] of Object.entries(add)) operation.responses[status] ??= response;
    // An error a controller declares itself (a 404 on a command naming another resource) is a problem too.
    for (const [status, response] of Object.entries(operation.responses as Record<string, ResponseObject>)) {
      if (Number(status) >= 400 && !response.content && path !== '/health') response.content = problem(response.description).content;
    }
  }
}

function header(name: string, description: string, schema: SchemaObject): ParameterObject {
  return { name, in: 'header', required: false, description, schema };
}

function addHeaders(document: OpenAPIObject): void {
  for (const { operation, path, method } of operations(document)) {
    const parameters = (operation.parameters ??= []) as Array<ParameterObject | ReferenceObject>;
    parameters.push(
      header(
        'X-Correlation-Id',
        'Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details',
        {
          type: 'string',
          maxLength: 128,
        },
      ),
    );
    if (method !== 'post') continue;
    parameters.push(
      header(
        'Idempotency-Key',
        'A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422',
        {
          type: 'string',
          maxLength: 200,
          pattern: '^[\\x21-\\x7e]+$',
        },
      ),
    );
    // Commands on a compact, a dispute, a board or a meeting that exists: its stream's revision.
    if (/^\/(compacts|disputes|boards|meetings)\/\{id\}/.test(path)) {
      parameters.push(
        header('If-Match', 'The stream revision this command expects, as a read\'s ETag gave it ("3"), or *; another is 409', {
          type: 'string',
          pattern: '^(\\*|"?[0-9]{1,15}"?)$',
        }),
      );
    }
    const created = operation.responses['201'] as ResponseObject | undefined;
    if (created)
      created.headers = { ETag: { description: 'The stream revision after the command, for If-Match', schema: { type: 'string' } }, ...created.headers };
  }
}
