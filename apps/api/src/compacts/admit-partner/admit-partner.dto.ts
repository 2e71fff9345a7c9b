import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { type AdmitPartner, ORGANISATION_TYPES, type OrganisationType, type DataOf, type PaperDateInput } from '@compact-ledger/domain';
import { ORGANISATION_ID } from '../../http/dto-fields';
import { RepresentativeDto } from '../compact-fields';
import { PaperDateField } from '../paper-date.fields';

export class AdmitPartnerDto implements Omit<DataOf<AdmitPartner>, 'factId'> {
  @ApiProperty({ example: 'kent-county-council' })
  @Matches(ORGANISATION_ID, { message: 'organisationId must be lower-case words joined by hyphens' })
  organisationId!: string;

  @ApiProperty({ example: 'Kent County Council' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  @ApiProperty({ enum: ORGANISATION_TYPES, description: 'As the paper gives it; not-given where it gives none' })
  @IsIn([...ORGANISATION_TYPES])
  organisationType!: OrganisationType;

  @ApiProperty({ type: RepresentativeDto, nullable: true, description: 'Null where the paper names no lead' })
  @ValidateIf((body: AdmitPartnerDto) => body.lead !== null)
  @IsObject()
  @ValidateNested()
  @Type(() => RepresentativeDto)
  lead!: RepresentativeDto | null;

  @ApiPropertyOptional({ type: RepresentativeDto, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => RepresentativeDto)
  deputy: RepresentativeDto | null = null;

  @PaperDateField('effectiveOn', { description: 'From when it is a partner, as the paper gives it; { "value": null } where it gives no date' })
  effectiveOn!: PaperDateInput;
}
