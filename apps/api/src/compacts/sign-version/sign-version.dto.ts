import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { SIGNIFICANCE_CODES, type SignificanceCode, type SignVersion, type DataOf, type PaperDateInput } from '@compact-ledger/domain';
import { ORGANISATION_ID } from '../../http/dto-fields';
import { CONTENT_HASH, RepresentativeDto, VersionLabelField } from '../compact-fields';
import { PaperDateField } from '../paper-date.fields';

export class SignatureDto implements Omit<DataOf<SignVersion>, 'factId'> {
  @ApiProperty({ example: 'south-kent-coast-ccg' })
  @Matches(ORGANISATION_ID, { message: 'organisationId must be lower-case words joined by hyphens' })
  organisationId!: string;

  @ApiProperty({ example: '1.0' })
  @VersionLabelField('versionLabel')
  versionLabel!: string;

  @ApiProperty({ description: "The content hash of the version's text the signatory signed" })
  @Matches(CONTENT_HASH, { message: 'contentHash must be the 64-hex-digit SHA-256 content hash of the version' })
  contentHash!: string;

  @ApiProperty({ type: RepresentativeDto })
  @IsObject()
  @ValidateNested()
  @Type(() => RepresentativeDto)
  signatory!: RepresentativeDto;

  @PaperDateField('signedOn', { example: '2015-08-25', happened: true })
  signedOn!: PaperDateInput;

  @ApiProperty({ enum: SIGNIFICANCE_CODES, isArray: true, description: 'What signing signifies (001 section 9); empty where the paper does not say' })
  @IsArray()
  @ArrayMaxSize(SIGNIFICANCE_CODES.length)
  @IsIn([...SIGNIFICANCE_CODES], { each: true })
  signifies!: SignificanceCode[];

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'What the ledger takes that the paper does not plainly say (003: SECAMB\'s "Signed" place is blank, its name and date written)',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  assumption: string | null = null;
}
