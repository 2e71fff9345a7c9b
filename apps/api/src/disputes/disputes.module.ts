import { Module } from '@nestjs/common';
import { AgreeIndependentChairController, AgreeIndependentChairHandler } from './agree-independent-chair/agree-independent-chair';
import { AppointMediatorController, AppointMediatorHandler } from './appoint-mediator/appoint-mediator';
import { DisputeCommands } from './dispute-commands';
import { EscalateDisputeController, EscalateDisputeHandler } from './escalate-dispute/escalate-dispute';
import { EvidenceUploads } from './evidence-uploads';
import { RaiseDisputeController, RaiseDisputeHandler } from './raise-dispute/raise-dispute';
import { GetDisputeHandler, GetEscalationAuditHandler, ListDisputesHandler, ReplayDisputeHandler } from './read-disputes/dispute.queries';
import { ReadDisputesController } from './read-disputes/read-disputes.controller';
import { ResolveDisputeController, ResolveDisputeHandler } from './resolve-dispute/resolve-dispute';
import { RespondToDisputeController, RespondToDisputeHandler } from './respond-to-dispute/respond-to-dispute';
import { SubmitEvidenceHandler } from './submit-evidence/submit-evidence';
import { SubmitEvidenceController } from './submit-evidence/submit-evidence.controller';
import { WithdrawDisputeController, WithdrawDisputeHandler } from './withdraw-dispute/withdraw-dispute';

/** Each use case on a dispute: one folder each, a controller with its one route and the handler of its command. */
const useCases = [
  [RaiseDisputeController, RaiseDisputeHandler],
  [RespondToDisputeController, RespondToDisputeHandler],
  [AppointMediatorController, AppointMediatorHandler],
  [EscalateDisputeController, EscalateDisputeHandler],
  [AgreeIndependentChairController, AgreeIndependentChairHandler],
  [ResolveDisputeController, ResolveDisputeHandler],
  [WithdrawDisputeController, WithdrawDisputeHandler],
  [SubmitEvidenceController, SubmitEvidenceHandler],
] as const;

const reads = {
  controllers: [ReadDisputesController],
  handlers: [GetDisputeHandler, ListDisputesHandler, GetEscalationAuditHandler, ReplayDisputeHandler],
};

/** Disputes under a compact, up its escalation path one level at a time. */
@Module({
  controllers: [...useCases.map(([controller]) => controller), ...reads.controllers],
  providers: [DisputeCommands, EvidenceUploads, ...useCases.map(([, handler]) => handler), ...reads.handlers],
})
export class DisputesModule {}
