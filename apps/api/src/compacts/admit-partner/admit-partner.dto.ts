import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { type AdmitPartner, ORGANISATION_TYPES, type OrganisationType, type DataOf } from '@compact-ledger/domain';
import { CALENDAR_DATE, ORGANISATION_ID } from '../../http/dto-fields';
import { RepresentativeDto } from '../compact-fields';

export class AdmitPartnerDto implements Omit<DataOf<AdmitPartner>, 'factId'> {
  @ApiProperty({ example: 'kent-county-council' })
  @Matches(ORGANISATION_ID, { message: 'organisationId must be lower-case words joined by hyphens' })
  organisationId!: string;

  @ApiProperty({ example: 'Kent County Council' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  @ApiProperty({ enum: ORGANISATION_TYPES })
  @IsIn([...ORGANISATION_TYPES])
  organisationType!: OrganisationType;

  @ApiProperty({ type: RepresentativeDto })
  @IsObject()
  @ValidateNested()
  @Type(() => RepresentativeDto)
  lead!: RepresentativeDto;

  @ApiPropertyOptional({ type: RepresentativeDto, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => RepresentativeDto)
  deputy: RepresentativeDto | null = null;

  @ApiProperty({ example: '2015-08-25' })
  @Matches(CALENDAR_DATE, { message: 'effectiveOn must be a date such as 2015-08-25' })
  effectiveOn!: string;
}
