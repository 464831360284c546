import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateBy, ValidateNested } from 'class-validator';
import { ExclusiveWith, OptionalField, RequiredWhen } from '../validation/field-presence';
import { IsInstantOrDate } from '../validation/time-formats';
import { classKeywords } from './validated-classes';
import { AnyClass, propertyContract, ValidatorMetadata } from './validator-schema';
import { getMetadataStorage } from 'class-validator';

class Ballot {
  @IsUUID() nominationId!: string;
}

class Sample {
  @IsString() @Matches(/^[A-Z]{2,4}$/) @MaxLength(4) code!: string;
  @OptionalField() @IsInt() @Min(2000) @Max(2100) year?: number;
  @IsArray() @ArrayMaxSize(3) @IsIn(['a', 'b'], { each: true }) letters!: string[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => Ballot) ballots!: Ballot[];
  @IsInstantOrDate() deadline!: string;
  @IsIn(['approve', 'reject']) decision!: string;
  @RequiredWhen('decision', ['reject']) @IsString() reason?: string;
  @ExclusiveWith('days') @IsString() dueAt?: string;
  @ExclusiveWith('dueAt') @IsInt() days?: number;
}

class Loose {
  @IsOptional() @IsString() note?: string;
}

class Custom {
  @ValidateBy({ name: 'isSomethingNew', validator: { validate: () => true } }) thing!: string;
}

const metadataOf = (cls: AnyClass, property: string) =>
  (getMetadataStorage().getTargetValidationMetadatas(cls, '', true, false) as unknown as ValidatorMetadata[]).filter((m) => m.propertyName === property);
const contract = (cls: AnyClass, property: string) => propertyContract(cls, property, metadataOf(cls, property));

describe('OpenAPI schemas from class-validator decorators', () => {
  it('turns types, bounds and patterns into JSON Schema keywords', () => {
    expect(contract(Sample, 'code')).toMatchObject({ required: true, schema: { type: 'string', pattern: '^[A-Z]{2,4}$', maxLength: 4 } });
    expect(contract(Sample, 'year')).toMatchObject({ required: false, schema: { type: 'integer', minimum: 2000, maximum: 2100 } });
    expect(contract(Sample, 'deadline').schema).toEqual({ oneOf: [{ type: 'string', format: 'date-time' }, { type: 'string', format: 'date' }] });
    expect(contract(Sample, 'decision').schema).toEqual({ type: 'string', enum: ['approve', 'reject'] });
  });

  it('describes the items of an array with the `each` validators, and nested classes by reference', () => {
    expect(contract(Sample, 'letters').schema).toEqual({ type: 'array', maxItems: 3, items: { type: 'string', enum: ['a', 'b'] } });
    expect(contract(Sample, 'ballots')).toMatchObject({ isArray: true, nested: Ballot });
  });

  it('states which fields go together at the class level, and that no others are accepted', () => {
    expect(classKeywords(Sample)).toEqual({
      additionalProperties: false,
      allOf: [
        { anyOf: [{ properties: { decision: { not: { enum: ['reject'] } } } }, { required: ['reason'] }] },
        { oneOf: [{ required: ['days'] }, { required: ['dueAt'] }] },
      ],
    });
  });

  it('refuses what it cannot document: IsOptional (it lets null through) and unknown validators', () => {
    expect(() => contract(Loose, 'note')).toThrow(/use OptionalField/);
    expect(() => contract(Custom, 'thing')).toThrow(/no OpenAPI mapping for the class-validator decorator 'isSomethingNew'/);
  });
});
