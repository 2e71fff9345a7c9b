import { Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Policy } from '../../auth/policies';
import { CommandResultDto } from '../../http/command-result.dto';
import type { LedgerRequest } from '../../http/request-context';
import { DisputeIdParams } from '../dispute-id.params';
import { EvidenceUploads } from '../evidence-uploads';
import { EvidenceUploadDto } from './submit-evidence.dto';

@ApiTags('disputes')
@ApiBearerAuth()
@Controller('disputes/:id')
export class SubmitEvidenceController {
  constructor(private readonly uploads: EvidenceUploads) {}

  @Post('evidence')
  @ApiOperation({ summary: 'Submit a file of evidence' })
  @Policy('disputes.submit-evidence')
  @HttpCode(201)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: EvidenceUploadDto })
  @ApiCreatedResponse({ type: CommandResultDto, description: 'DisputeEvidenceSubmitted: the file held by its SHA-256, which the event records' })
  submit(@Param() { id }: DisputeIdParams, @Req() request: LedgerRequest) {
    return this.uploads.submit(id, request);
  }
}
