import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsObject, IsOptional, Matches, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import {
  type ConcernEvidence,
  type DataOf,
  type DecisionConsequenceRequest,
  type DecisionOutcome,
  type DecisionValue,
  type RecordDecision,
  VALUE_BASES,
  VALUE_DIRECTIONS,
  type ValueBasis,
  type ValueDirection,
} from '@compact-ledger/domain';
import { AgendaItemField, SlugField } from '../../governance/governance-fields';
import { CalendarDateField, OrganisationIdField, OrganisationIdsField, TextField, UuidField } from '../../http/dto-fields';

export class OutcomeDto {
  @ApiProperty({ enum: ['consensus', 'vote'], description: 'Decided without a vote, or by the votes of the seats named' })
  @IsIn(['consensus', 'vote'])
  kind!: DecisionOutcome['kind'];

  @ApiPropertyOptional({ type: [String], description: 'vote: the seats voting for' })
  @ValidateIf((o: OutcomeDto) => o.kind === 'vote')
  @IsArray()
  @ArrayMaxSize(200)
  @SlugField('for', 'nhs-nottingham-city-ccg')
  for?: string[];

  @ApiPropertyOptional({ type: [String], description: 'vote: the seats voting against' })
  @ValidateIf((o: OutcomeDto) => o.kind === 'vote')
  @IsArray()
  @ArrayMaxSize(200)
  @SlugField('against', 'nhs-nottingham-city-ccg')
  against?: string[];

  @ApiPropertyOptional({ type: [String], description: 'vote: the seats abstaining' })
  @ValidateIf((o: OutcomeDto) => o.kind === 'vote')
  @IsArray()
  @ArrayMaxSize(200)
  @SlugField('abstained', 'nhs-nottingham-city-ccg')
  abstained?: string[];

  toOutcome(): DecisionOutcome {
    return this.kind === 'consensus'
      ? { kind: 'consensus' }
      : { kind: 'vote', for: [...(this.for ?? [])], against: [...(this.against ?? [])], abstained: [...(this.abstained ?? [])] };
  }
}

export class DecisionValueDto implements DecisionValue {
  @ApiProperty({ enum: VALUE_DIRECTIONS })
  @IsIn([...VALUE_DIRECTIONS])
  direction!: ValueDirection;

  @ApiProperty({ enum: VALUE_BASES })
  @IsIn([...VALUE_BASES])
  basis!: ValueBasis;

  @ApiProperty({ example: 400000, description: 'Whole pounds' })
  @IsInt()
  @Min(0)
  @Max(1_000_000_000_000)
  amountPounds!: number;
}

export class ConcernEvidenceDto implements ConcernEvidence {
  @ApiProperty({ example: 'Minutes of the Partnership Board, March 2018, item 5' })
  @TextField(2000)
  description!: string;

  @ApiPropertyOptional({ type: String, nullable: true, pattern: '^[0-9a-f]{64}$', description: "The file's SHA-256, where there is one" })
  @IsOptional()
  @Matches(/^[0-9a-f]{64}$/, { message: 'sha256 must be 64 lower-case hex digits' })
  sha256: string | null = null;
}

export class DecisionConcernDto {
  @ApiProperty({ example: '2018-03-15', description: 'When the concern was reflected to the organisation' })
  @CalendarDateField('reflectedOn', '2018-03-15')
  reflectedOn!: string;

  @ApiProperty({ example: 'The Chairs and Chief Executives of the partners' })
  @TextField(500)
  reflectedBy!: string;

  @ApiProperty({ type: [ConcernEvidenceDto], description: 'The evidence given to illustrate the concern' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ConcernEvidenceDto)
  evidence!: ConcernEvidenceDto[];

  @ApiProperty({ example: 'No change in approach by the May meeting' })
  @TextField(2000)
  noChangeFinding!: string;
}

const ASK = (o: ConsequenceDto) => o.kind === 'ask-partner-to-leave';
const RESOLVE = (o: ConsequenceDto) => o.kind === 'resolve-dispute';

/**
 * What the decision does to the compact or to a dispute, recorded there by the decision-consequences
 * saga: ask a partner to leave (with the concern reflected first), or resolve a dispute referred to the board.
 */
export class ConsequenceDto {
  @ApiProperty({ enum: ['ask-partner-to-leave', 'resolve-dispute'] })
  @IsIn(['ask-partner-to-leave', 'resolve-dispute'])
  kind!: DecisionConsequenceRequest['kind'];

  @ApiPropertyOptional({ example: 'whittington-health-trust', description: 'ask-partner-to-leave: the partner asked to leave' })
  @ValidateIf(ASK)
  @OrganisationIdField('organisationId')
  organisationId?: string;

  @ApiPropertyOptional({ description: 'ask-partner-to-leave: why' })
  @ValidateIf(ASK)
  @TextField(2000)
  reason?: string;

  @ApiPropertyOptional({ example: '2018-06-30', description: 'ask-partner-to-leave: the date it leaves' })
  @ValidateIf(ASK)
  @CalendarDateField('effectiveOn', '2018-06-30')
  effectiveOn?: string;

  @ApiPropertyOptional({ type: DecisionConcernDto, description: 'ask-partner-to-leave: the concern reflected to it with evidence, and no change since' })
  @ValidateIf(ASK)
  @IsObject()
  @ValidateNested()
  @Type(() => DecisionConcernDto)
  concern?: DecisionConcernDto;

  @ApiPropertyOptional({ format: 'uuid', description: 'resolve-dispute: the dispute referred to the board' })
  @ValidateIf(RESOLVE)
  @UuidField()
  disputeId?: string;

  @ApiPropertyOptional({ description: 'resolve-dispute: the terms the board decided' })
  @ValidateIf(RESOLVE)
  @TextField(5000)
  terms?: string;

  @ApiPropertyOptional({ type: [String], description: 'resolve-dispute: every party agreeing the terms' })
  @ValidateIf(RESOLVE)
  @OrganisationIdsField('agreedBy')
  agreedBy?: string[];

  toRequest(): DecisionConsequenceRequest {
    if (this.kind === 'resolve-dispute') return { kind: 'resolve-dispute', disputeId: this.disputeId!, terms: this.terms!, agreedBy: [...this.agreedBy!] };
    const concern = this.concern!;
    return {
      kind: 'ask-partner-to-leave',
      organisationId: this.organisationId!,
      reason: this.reason!,
      effectiveOn: this.effectiveOn!,
      concern: {
        reflectedOn: concern.reflectedOn,
        reflectedBy: concern.reflectedBy,
        evidence: concern.evidence.map(({ description, sha256 }) => ({ description, sha256 })),
        noChangeFinding: concern.noChangeFinding,
      },
    };
  }
}

export class DecisionDto implements Omit<DataOf<RecordDecision>, 'decisionId' | 'dispute' | 'outcome' | 'consequence'> {
  @ApiProperty({ example: '4', description: 'The agenda item decided' })
  @AgendaItemField('item')
  item!: string;

  @ApiProperty({ example: 'The Board agreed the urgent care strategy', description: 'What was decided, as the minutes record it' })
  @TextField(5000)
  resolution!: string;

  @ApiProperty({ type: OutcomeDto })
  @IsObject()
  @ValidateNested()
  @Type(() => OutcomeDto)
  outcome!: OutcomeDto;

  @ApiPropertyOptional({ type: DecisionValueDto, nullable: true, description: 'The money the decision commits or withdraws, where it has a value' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => DecisionValueDto)
  value: DecisionValueDto | null = null;

  @ApiPropertyOptional({ type: ConsequenceDto, nullable: true, description: 'What the decision does to the compact or a dispute' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ConsequenceDto)
  consequence: ConsequenceDto | null = null;
}
