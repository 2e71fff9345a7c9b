import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, ValidateNested } from 'class-validator';
import { RequestValidationError } from './problems';
import { ledgerValidationPipe } from './validation';

class LeadDto {
  @IsString()
  name!: string;
}

class DraftDto {
  @IsString()
  title!: string;

  @ValidateNested()
  @Type(() => LeadDto)
  lead!: LeadDto;
}

const validate = (body: object) => ledgerValidationPipe().transform(body, { type: 'body', metatype: DraftDto });

async function refusedFields(body: object): Promise<string[]> {
  const error = await validate(body).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RequestValidationError);
  return (error as RequestValidationError).errors.map((e) => e.field);
}

describe('the validation pipe refuses every key a DTO does not declare, at any depth', () => {
  it.each(['prototype', 'constructor', '__proto__', 'toString', 'elsewhere'])('%s, at the top and nested', async (key) => {
    const top = JSON.parse(`{"title":"T","lead":{"name":"n"},"${key}":{}}`) as object;
    const nested = JSON.parse(`{"title":"T","lead":{"name":"n","${key}":{}}}`) as object;
    expect(await refusedFields(top)).toEqual([key]);
    expect(await refusedFields(nested)).toEqual([`lead.${key}`]);
  });

  it('takes a body with only declared keys', async () => {
    await expect(validate({ title: 'T', lead: { name: 'n' } })).resolves.toMatchObject({ title: 'T', lead: { name: 'n' } });
  });
});

class AgendaDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @IsString({ each: true })
  items!: string[];

  @IsArray()
  @ArrayMinSize(2)
  @IsString({ each: true })
  papers: string[] = ['a', 'b'];
}

describe('the validation pipe says how many items a list needs in plain words', () => {
  const refusal = async (body: object) =>
    ledgerValidationPipe()
      .transform(body, { type: 'body', metatype: AgendaDto })
      .then(
        () => null,
        (e: unknown) => (e as RequestValidationError).errors,
      );

  it('an empty list: at least one item', async () => {
    expect(await refusal({ items: [] })).toEqual([{ field: 'items', message: 'items must have at least one item' }]);
  });

  it('a list too short or too long: the count', async () => {
    expect(await refusal({ items: ['a', 'b', 'c'], papers: ['a'] })).toEqual([
      { field: 'items', message: 'items must have at most 2 items' },
      { field: 'papers', message: 'papers must have at least 2 items' },
    ]);
  });
});
