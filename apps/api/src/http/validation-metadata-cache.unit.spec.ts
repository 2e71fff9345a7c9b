import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, IsInt, IsNotEmpty, IsString, MaxLength, validate } from 'class-validator';
import { cacheValidationMetadataLookups } from './validation-metadata-cache';

class Base {
  @IsString()
  name!: string;
}

class Derived extends Base {
  @IsInt()
  count!: number;
}

class Narrowed extends Base {
  @MaxLength(3)
  override name!: string;
}

type Class = new () => object;

const storage = getMetadataStorage();
const rules = (target: Class, always = false, groups?: string[]) =>
  storage
    .getTargetValidationMetadatas(target, '', always, false, groups)
    .map((rule) => `${(rule.target as Class).name}.${rule.propertyName}:${rule.name ?? rule.type}`)
    .sort();
const messages = async (target: Class, plain: object) =>
  (await validate(plainToInstance(target, plain), { whitelist: true, forbidNonWhitelisted: true }))
    .flatMap((error) => Object.values(error.constraints ?? {}))
    .sort();

describe('cacheValidationMetadataLookups', () => {
  // Taken before the cache is installed, from class-validator's own lookup.
  const uncached = { base: rules(Base), derived: rules(Derived), narrowed: rules(Narrowed), derivedAlways: rules(Derived, true) };
  let uncachedMessages: string[];

  beforeAll(async () => {
    uncachedMessages = await messages(Derived, { name: 7, count: 'x', extra: true });
    cacheValidationMetadataLookups();
  });

  it("answers what class-validator's own lookup answers, inherited rules included", async () => {
    expect(rules(Base)).toEqual(uncached.base);
    expect(rules(Derived)).toEqual(uncached.derived);
    expect(rules(Derived)).toEqual(expect.arrayContaining(['Base.name:isString', 'Derived.count:isInt']));
    expect(rules(Narrowed)).toEqual(uncached.narrowed);
    expect(rules(Derived, true)).toEqual(uncached.derivedAlways);
    expect(await messages(Derived, { name: 7, count: 'x', extra: true })).toEqual(uncachedMessages);
  });

  it('keeps one answer per class and options, frozen so that no caller can change what the others get', () => {
    const first = storage.getTargetValidationMetadatas(Derived, '', false, false);
    expect(storage.getTargetValidationMetadatas(Derived, '', false, false)).toBe(first);
    expect(storage.getTargetValidationMetadatas(Derived, '', true, false)).not.toBe(first);
    expect(storage.getTargetValidationMetadatas(Derived, '', false, false, ['admin'])).not.toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('sees a rule added after an answer was kept, on the class and on the classes that extend it', async () => {
    expect(rules(Derived)).not.toContain('Base.label:isNotEmpty');
    IsNotEmpty()(Base.prototype, 'label');
    expect(rules(Base)).toContain('Base.label:isNotEmpty');
    expect(rules(Derived)).toContain('Base.label:isNotEmpty');
    expect(await messages(Derived, { name: 'a', count: 1 })).toEqual(['label should not be empty']);
  });

  it('answers for a class defined after it was installed', () => {
    class Later extends Derived {
      @IsString()
      note!: string;
    }
    expect(rules(Later)).toEqual(expect.arrayContaining(['Base.name:isString', 'Derived.count:isInt', 'Later.note:isString']));
  });

  it('installs once however often it is called', () => {
    const lookup = storage.getTargetValidationMetadatas;
    cacheValidationMetadataLookups();
    expect(storage.getTargetValidationMetadatas).toBe(lookup);
  });
});
