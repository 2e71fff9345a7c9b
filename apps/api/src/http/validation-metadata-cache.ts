import { getMetadataStorage, type MetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

type Lookup = MetadataStorage['getTargetValidationMetadatas'];

const INSTALLED = Symbol.for('compact-ledger.validationMetadataCache');

/**
 * class-validator finds a class's rules, its ancestors' included, by testing the
 * class against every class that has rules, on each validate() call
 * (typestack/class-validator#2686): under 32 writers that lookup was the largest
 * single part of the ValidationPipe's time on the event loop. Its answer changes only
 * when rules are added, which happens as classes are defined (decorators, Nest's
 * PartialType and OmitType), so it is kept per class and its options until the next
 * rule is added. What it returns is frozen, as every caller shares it.
 */
export function cacheValidationMetadataLookups(storage: MetadataStorage = getMetadataStorage()): void {
  const marked = storage as MetadataStorage & { [INSTALLED]?: true };
  if (marked[INSTALLED]) return;
  marked[INSTALLED] = true;

  const lookUp: Lookup = storage.getTargetValidationMetadatas.bind(storage);
  const addRule = storage.addValidationMetadata.bind(storage);
  let answers = new WeakMap<object, Map<string, ValidationMetadata[]>>();

  storage.addValidationMetadata = (metadata) => {
    answers = new WeakMap();
    addRule(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    if (typeof target !== 'function') return lookUp(target, schema, always, strictGroups, groups);
    const options = `${String(schema)}\u0000${always}\u0000${strictGroups}\u0000${groups?.join('\u0000') ?? ''}`;
    let forTarget = answers.get(target);
    if (!forTarget) answers.set(target, (forTarget = new Map()));
    let answer = forTarget.get(options);
    if (!answer) forTarget.set(options, (answer = Object.freeze(lookUp(target, schema, always, strictGroups, groups)) as ValidationMetadata[]));
    return answer;
  };
}
