import { Module } from '@nestjs/common';
import { ExecuteDisputeCommandHandler, RaiseDisputeHandler } from './dispute-commands';
import { GetDisputeHandler, GetEscalationAuditHandler, ListDisputesHandler, ReplayDisputeHandler } from './dispute-queries';
import { DisputesController } from './disputes.controller';
import { EvidenceUploads } from './evidence-uploads';

@Module({
  controllers: [DisputesController],
  providers: [
    RaiseDisputeHandler,
    ExecuteDisputeCommandHandler,
    GetDisputeHandler,
    ListDisputesHandler,
    GetEscalationAuditHandler,
    ReplayDisputeHandler,
    EvidenceUploads,
  ],
})
export class DisputesModule {}
