import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  type NamedPerson,
  type NoticeRules,
  type QuorumRule,
  type ReservedMatter,
  SEAT_KINDS,
  type Seat,
  type SeatKind,
  type TermsOfReference,
  VALUE_BASES,
  VALUE_DIRECTIONS,
  type ValueBasis,
  type ValueDirection,
} from '@compact-ledger/domain';
import { CalendarDateField, OrganisationIdField, TextField } from '../../http/dto-fields';
import { SlugField } from '../../governance/governance-fields';

export class NamedPersonDto implements NamedPerson {
  @ApiProperty({ example: 'Dawn Smith' })
  @TextField(200)
  name!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Chief Officer', description: 'Where the paper gives one' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  role: string | null = null;
}

export class SeatDto implements Seat {
  @ApiProperty({ example: 'nhs-nottingham-city-ccg', description: 'Unique on the board' })
  @SlugField('seatId', 'nhs-nottingham-city-ccg')
  seatId!: string;

  @ApiProperty({ enum: SEAT_KINDS })
  @IsIn([...SEAT_KINDS])
  kind!: SeatKind;

  @ApiProperty({ example: 'NHS Nottingham City CCG', description: 'As the paper names the row' })
  @TextField(300)
  title!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'nhs-nottingham-city-ccg', description: 'The partner the seat is for (kind partner)' })
  @IsOptional()
  @OrganisationIdField('organisationId')
  organisationId: string | null = null;

  @ApiPropertyOptional({ type: NamedPersonDto, nullable: true, description: 'The named lead; null while the paper says "Tbc"' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => NamedPersonDto)
  lead: NamedPersonDto | null = null;

  @ApiPropertyOptional({ type: NamedPersonDto, nullable: true, description: 'The named deputy, who attends in the absence of the lead' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => NamedPersonDto)
  deputy: NamedPersonDto | null = null;

  @ApiProperty({ description: 'Members vote and count towards the quorum; those in attendance do neither' })
  @IsBoolean()
  voting!: boolean;
}

export class QuorumDto implements QuorumRule {
  @ApiProperty({ example: 7, description: 'The quorum is numerator/denominator of the voting seats: 70% is 7/10' })
  @IsInt()
  @Min(1)
  @Max(1000)
  numerator!: number;

  @ApiProperty({ example: 10 })
  @IsInt()
  @Min(1)
  @Max(1000)
  denominator!: number;
}

export class NoticeDto implements NoticeRules {
  @ApiProperty({ example: 10, description: 'Agenda items this many working days before the meeting' })
  @IsInt()
  @Min(0)
  @Max(100)
  agendaItemsWorkingDaysBefore!: number;

  @ApiProperty({ example: 5, description: 'Papers circulated this many working days before the meeting' })
  @IsInt()
  @Min(0)
  @Max(100)
  papersWorkingDaysBefore!: number;

  @ApiProperty({ example: 10, description: 'Draft minutes circulated within this many working days after the meeting' })
  @IsInt()
  @Min(0)
  @Max(100)
  draftMinutesWorkingDaysAfter!: number;
}

export class ReservedMatterDto implements ReservedMatter {
  @ApiProperty({ example: 'significant-investment-or-disinvestment' })
  @SlugField('matterId', 'significant-investment-or-disinvestment')
  matterId!: string;

  @ApiProperty({ description: "In the paper's words" })
  @TextField(2000)
  description!: string;

  @ApiProperty({ example: 250000, description: 'Decisions over (not at) this many whole pounds' })
  @IsInt()
  @Min(0)
  @Max(1_000_000_000_000)
  thresholdPounds!: number;

  @ApiProperty({ enum: VALUE_DIRECTIONS, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(VALUE_DIRECTIONS.length)
  @IsIn([...VALUE_DIRECTIONS], { each: true })
  directions!: ValueDirection[];

  @ApiProperty({ enum: VALUE_BASES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(VALUE_BASES.length)
  @IsIn([...VALUE_BASES], { each: true })
  bases!: ValueBasis[];

  @ApiProperty({ example: '2017-04-01' })
  @CalendarDateField('effectiveFrom', '2017-04-01')
  effectiveFrom!: string;
}

/** A version of a board's terms of reference, adopted whole. */
export class TermsOfReferenceDto implements TermsOfReference {
  @ApiProperty({ example: '1' })
  @TextField(50)
  version!: string;

  @ApiProperty({ example: 'Appendix 1 to the Compact: South Nottinghamshire Transformation Board Terms of Reference, September 2014' })
  @TextField(1000)
  source!: string;

  @ApiProperty({ example: '2014-09-30' })
  @CalendarDateField('effectiveOn', '2014-09-30')
  effectiveOn!: string;

  @ApiProperty({ type: [SeatDto], description: 'Members (voting) and those in attendance (not voting), in the paper’s order' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => SeatDto)
  seats!: SeatDto[];

  @ApiProperty({ type: QuorumDto })
  @IsObject()
  @ValidateNested()
  @Type(() => QuorumDto)
  quorum!: QuorumDto;

  @ApiPropertyOptional({ type: 'integer', nullable: true, example: 1, description: 'The board meets every so many months; null where the paper sets none' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  meetingEveryMonths: number | null = null;

  @ApiProperty({ type: NoticeDto })
  @IsObject()
  @ValidateNested()
  @Type(() => NoticeDto)
  notice!: NoticeDto;

  @ApiPropertyOptional({ type: [ReservedMatterDto], description: 'Matters that must come to this board' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ReservedMatterDto)
  reservedMatters: ReservedMatterDto[] = [];

  @ApiPropertyOptional({ type: 'integer', nullable: true, example: 12, description: 'Reviewed every so many months; null where the paper sets none' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  reviewEveryMonths: number | null = null;
}
