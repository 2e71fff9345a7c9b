import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsObject, Matches, ValidateNested } from 'class-validator';
import { SIGNIFICANCE_CODES, type SignificanceCode, type SignVersion, type DataOf } from '@compact-ledger/domain';
import { HappenedOnField, ORGANISATION_ID } from '../../http/dto-fields';
import { CONTENT_HASH, RepresentativeDto, VersionLabelField } from '../compact-fields';

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

  @ApiProperty({ example: '2015-08-25', description: 'The date on the paper' })
  @HappenedOnField('signedOn', '2015-08-25')
  signedOn!: string;

  @ApiProperty({ enum: SIGNIFICANCE_CODES, isArray: true, description: 'What signing signifies (001 section 9); empty where the paper does not say' })
  @IsArray()
  @ArrayMaxSize(SIGNIFICANCE_CODES.length)
  @IsIn([...SIGNIFICANCE_CODES], { each: true })
  signifies!: SignificanceCode[];
}
