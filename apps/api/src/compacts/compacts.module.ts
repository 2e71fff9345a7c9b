import { Module } from '@nestjs/common';
import { AdmitPartnerController, AdmitPartnerHandler } from './admit-partner/admit-partner';
import { AskPartnerToLeaveController, AskPartnerToLeaveHandler } from './ask-partner-to-leave/ask-partner-to-leave';
import { CompactCommands } from './compact-commands';
import { CompactReferenceReader } from './compact-references';
import { CompactReads } from './compact-reads';
import { CorrectFactsController, CorrectFactsHandler } from './correct-fact/correct-fact';
import { DefineEscalationPathController, DefineEscalationPathHandler } from './define-escalation-path/define-escalation-path';
import { DraftCompactController, DraftCompactHandler } from './draft-compact/draft-compact';
import { PublishVersionController, PublishVersionHandler } from './publish-version/publish-version';
import { GetCompactHandler, GetCompactHistoryHandler, ListCompactsHandler } from './read-compacts/compact.queries';
import { ReadCompactsController } from './read-compacts/read-compacts.controller';
import { GetLifecycleHandler } from './read-partners/lifecycle.queries';
import { ReadPartnersController } from './read-partners/read-partners.controller';
import { ReadVersionsController } from './read-versions/read-versions.controller';
import { CompareVersionsHandler, GetVersionHandler, ListVersionsHandler } from './read-versions/version.queries';
import { RecordComingIntoForceController, RecordComingIntoForceHandler } from './record-coming-into-force/record-coming-into-force';
import { RecordEndorsementController, RecordEndorsementHandler } from './record-endorsement/record-endorsement';
import { RecordEndorsementRequestController, RecordEndorsementRequestHandler } from './record-endorsement-request/record-endorsement-request';
import { RecordSupersessionController, RecordSupersessionHandler } from './record-supersession/record-supersession';
import { SetTermController, SetTermHandler } from './set-term/set-term';
import { SignVersionController, SignVersionHandler } from './sign-version/sign-version';
import { TerminateCompactController, TerminateCompactHandler } from './terminate-compact/terminate-compact';
import { WithdrawPartnerController, WithdrawPartnerHandler } from './withdraw-partner/withdraw-partner';

/** Each use case on a compact: one folder each, a controller with its one route and the handler of its command. */
const useCases = [
  [DraftCompactController, DraftCompactHandler],
  [PublishVersionController, PublishVersionHandler],
  [AdmitPartnerController, AdmitPartnerHandler],
  [WithdrawPartnerController, WithdrawPartnerHandler],
  [AskPartnerToLeaveController, AskPartnerToLeaveHandler],
  [RecordEndorsementController, RecordEndorsementHandler],
  [RecordEndorsementRequestController, RecordEndorsementRequestHandler],
  [SignVersionController, SignVersionHandler],
  [SetTermController, SetTermHandler],
  [RecordComingIntoForceController, RecordComingIntoForceHandler],
  [TerminateCompactController, TerminateCompactHandler],
  [RecordSupersessionController, RecordSupersessionHandler],
  [CorrectFactsController, CorrectFactsHandler],
  [DefineEscalationPathController, DefineEscalationPathHandler],
] as const;

/** The reads of compacts: their controllers and query handlers. */
const reads = {
  controllers: [ReadCompactsController, ReadVersionsController, ReadPartnersController],
  handlers: [
    GetCompactHandler,
    ListCompactsHandler,
    GetCompactHistoryHandler,
    ListVersionsHandler,
    GetVersionHandler,
    CompareVersionsHandler,
    GetLifecycleHandler,
  ],
};

@Module({
  controllers: [...useCases.map(([controller]) => controller), ...reads.controllers],
  providers: [CompactCommands, CompactReferenceReader, CompactReads, ...useCases.map(([, handler]) => handler), ...reads.handlers],
  // The decision-consequences saga asks a partner to leave through the same path as the use case does.
  exports: [CompactCommands],
})
export class CompactsModule {}
