/**
 * The ledger API's paths, requests and answers, generated from its OpenAPI document
 * by `npm run web:api-types` (tools/web-api-types.ts). Do not edit: regenerate.
 */

export interface paths {
    "/admin/projections/{name}/rebuild": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rebuild a read model from the events */
        post: operations["AdminController_rebuild"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How to sign in: embedded tokens, or the identity provider and the web app’s client id */
        get: operations["SignInController_options"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/boards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List boards */
        get: operations["ReadBoardsController_list"];
        put?: never;
        /** Establish a board of a compact */
        post: operations["EstablishBoardController_establish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/boards/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A board and its terms of reference */
        get: operations["ReadBoardsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/boards/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cumulative attendance per seat over a period */
        get: operations["ReadBoardsController_attendance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/boards/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A board's decision log */
        get: operations["ReadBoardsController_decisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/boards/{id}/interests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A board's register of interests as at a date */
        get: operations["ReadBoardsController_interests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/boards/{id}/terms-of-reference": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Adopt a version of a board's terms of reference */
        post: operations["AdoptTermsOfReferenceController_adopt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the compacts */
        get: operations["ReadCompactsController_list"];
        put?: never;
        /** Draft a compact */
        post: operations["DraftCompactController_draft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A compact on a date, on either clock */
        get: operations["ReadCompactsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compacts/{id}/commitments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A compact's commitments and targets as at a date */
        get: operations["ReadProgrammeController_commitments"];
        put?: never;
        /** Define a commitment with its dated targets */
        post: operations["DefineCommitmentController_define"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compacts/{id}/commitments/targets/{targetId}/met": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a target met */
        post: operations["RecordTargetMetController_met"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compacts/{id}/commitments/targets/{targetId}/missed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a target missed */
        post: operations["RecordTargetMissedController_missed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compacts/{id}/commitments/targets/{targetId}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revise a target’s date */
        post: operations["ReviseTargetController_revise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compacts/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct recorded facts */
        post: operations["CorrectFactsController_correct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compacts/{id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Compare two versions section by section */
        get: operations["ReadVersionsController_diff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compacts/{id}/endorsement-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Boards asked to endorse, with no outcome on the paper */
        get: operations["ReadPartnersController_endorsementRequests"];
        put?: never;
        /** Record that a board was asked to endorse a version */
        post: operations["RecordEndorsementRequestController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compacts/{id}/endorsements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Partner boards' endorsements */
        get: operations["ReadPartnersController_endorsements"];
        put?: never;
        /** Record a partner board's endorsement */
        post: operations["RecordEndorsementController_endorse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compacts/{id}/escalation-path": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A compact's current escalation path */
        get: operations["ReadPartnersController_escalationPath"];
        put?: never;
        /** Define a compact's escalation path */
        post: operations["DefineEscalationPathController_define"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compacts/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a compact's evidence pack */
        get: operations["ExportCompactEvidenceController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compacts/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A compact's events with their envelopes */
        get: operations["ReadCompactsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compacts/{id}/in-force": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a coming into force by decision */
        post: operations["RecordComingIntoForceController_cameIntoForce"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compacts/{id}/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A compact's measures of success with their quarterly values */
        get: operations["ReadProgrammeController_measures"];
        put?: never;
        /** Define a measure of success */
        post: operations["DefineMeasureController_define"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compacts/{id}/measures/{measureId}/values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a measure’s value for a quarter */
        post: operations["RecordMeasureValueController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compacts/{id}/measures/{measureId}/values/{quarter}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct a measure’s value for a quarter */
        post: operations["CorrectMeasureValueController_correct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compacts/{id}/measures/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The common quarterly report, as JSON or CSV */
        get: operations["ReadProgrammeController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compacts/{id}/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A compact's partners */
        get: operations["ReadPartnersController_partners"];
        put?: never;
        /** Admit a partner */
        post: operations["AdmitPartnerController_admit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compacts/{id}/partners/{org}/expulsion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask a partner to leave */
        post: operations["AskPartnerToLeaveController_expel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compacts/{id}/partners/{org}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a partner */
        post: operations["WithdrawPartnerController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compacts/{id}/signatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signature register */
        get: operations["ReadPartnersController_signatures"];
        put?: never;
        /** Sign a version */
        post: operations["SignVersionController_sign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compacts/{id}/supersession": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that another compact supersedes this one */
        post: operations["RecordSupersessionController_supersede"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compacts/{id}/term": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a compact's term and in-force rule */
        post: operations["SetTermController_setTerm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compacts/{id}/termination": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Terminate a compact */
        post: operations["TerminateCompactController_terminate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compacts/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A compact's versions */
        get: operations["ReadVersionsController_list"];
        put?: never;
        /** Publish a version or an amendment */
        post: operations["PublishVersionController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compacts/{id}/versions/{label}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version */
        get: operations["ReadVersionsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What is due or overdue on a date, across the compacts you may see */
        get: operations["ReadDeadlinesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/disputes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the disputes you may read */
        get: operations["ReadDisputesController_list"];
        put?: never;
        /** Raise a dispute under a compact */
        post: operations["RaiseDisputeController_raise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/disputes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A dispute now */
        get: operations["ReadDisputesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/disputes/{id}/escalation-audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A dispute's escalation-path audit */
        get: operations["ReadDisputesController_audit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/disputes/{id}/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Escalate a dispute to the next level */
        post: operations["EscalateDisputeController_escalate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/disputes/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a file of evidence */
        post: operations["SubmitEvidenceController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/disputes/{id}/evidence-pack": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a dispute's evidence pack */
        get: operations["ExportDisputeEvidenceController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/disputes/{id}/evidence/{evidenceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an evidence file */
        get: operations["ReadDisputesController_evidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/disputes/{id}/independent-chair": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the independent chair the parties agreed */
        post: operations["AgreeIndependentChairController_agree"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/disputes/{id}/mediators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Appoint a mediator at the current level */
        post: operations["AppointMediatorController_appoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/disputes/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Replay a dispute's history step by step */
        get: operations["ReadDisputesController_replay"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/disputes/{id}/resolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve a dispute at its current level */
        post: operations["ResolveDisputeController_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/disputes/{id}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Respond to a dispute */
        post: operations["RespondToDisputeController_respond"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/disputes/{id}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a dispute */
        post: operations["WithdrawDisputeController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ledger's health */
        get: operations["HealthController_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger/checkpoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The log's latest signed checkpoint, or an earlier one kept (?size=) */
        get: operations["ReadLogController_checkpoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger/events/{position}/proof": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A tlog-proof that the event at a position is in the log */
        get: operations["ReadLogController_eventProof"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ledger's public keys: the token key (JWKS) and the transparency log's verifier key */
        get: operations["KeysController_keys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger/proofs/consistency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A consistency proof: the tree of from leaves is the start of the tree of to leaves */
        get: operations["ReadLogController_consistency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger/proofs/inclusion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An inclusion proof: leaf index in the tree of treeSize leaves */
        get: operations["ReadLogController_inclusion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List meetings */
        get: operations["ReadMeetingsController_list"];
        put?: never;
        /** Schedule a meeting of a board */
        post: operations["ScheduleMeetingController_schedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A meeting, with everything recorded at it */
        get: operations["ReadMeetingsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{id}/agenda-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an item to a meeting’s agenda */
        post: operations["AddAgendaItemController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a meeting held, with its attendance per seat */
        post: operations["RecordMeetingHeldController_held"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{id}/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a meeting */
        post: operations["CancelMeetingController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a decision on an agenda item */
        post: operations["RecordDecisionController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{id}/declarations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Declare an interest at a meeting */
        post: operations["DeclareInterestController_declare"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{id}/draft-minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Circulate the draft minutes of a meeting */
        post: operations["CirculateDraftMinutesController_circulate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{id}/minutes-approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve the minutes of a meeting at the following meeting */
        post: operations["ApproveMinutesController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{id}/papers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Circulate papers for an agenda item */
        post: operations["CirculatePapersController_circulate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ActorDto: {
            name: string;
            /** @description The organisation a partner acts for */
            organisation: string | null;
            /**
             * @description secretariat, partner, mediator, regulator or admin
             * @example secretariat
             */
            role: string;
            /** @description The token's subject */
            subject: string;
        };
        AdmitPartnerDto: {
            deputy?: components["schemas"]["RepresentativeDto"] | null;
            /** @description From when it is a partner, as the paper gives it; { "value": null } where it gives no date */
            effectiveOn: string | {
                assumed?: {
                    /** @description What the assumption rests on */
                    basis: string;
                    /** @description For a date not given (value null): the days it must lie between */
                    between?: {
                        /** Format: date */
                        earliest: string;
                        /** Format: date */
                        latest: string;
                    } | null;
                    /** @description The parts of value that are the ledger's, not the paper's */
                    parts?: ("year" | "month" | "day")[];
                } | null;
                /**
                 * @description The paper's words
                 * @example 25 Aug 2015
                 */
                asWritten?: string | null;
                /**
                 * @description Optional: the form of value gives it
                 * @enum {string}
                 */
                precision?: "exact" | "month" | "year" | "not-given";
                /** @description Null where the paper gives no date */
                value: string | null;
            };
            /** @description Null where the paper names no lead */
            lead: components["schemas"]["RepresentativeDto"] | null;
            /** @example Kent County Council */
            name: string;
            /** @example kent-county-council */
            organisationId: string;
            /**
             * @description As the paper gives it; not-given where it gives none
             * @enum {string}
             */
            organisationType: "clinical-commissioning-group" | "nhs-trust" | "foundation-trust" | "primary-care-trust" | "local-authority" | "gp-federation" | "local-medical-committee" | "ambulance-service" | "healthwatch" | "voluntary-or-community-organisation" | "community-interest-company" | "provider" | "nhs-england" | "not-given";
        };
        AgendaItemDto: {
            /**
             * @description Its number on the agenda
             * @example 4
             */
            item: string;
            /**
             * @description The seat that contributed it; null for the Chair’s own items
             * @example nhs-nottingham-city-ccg
             */
            proposedBy?: string | null;
            /**
             * @description When it was received with its paperwork. Not later than today (the latest date anywhere on Earth): the date something happened.
             * @example 2015-02-10
             */
            receivedOn: string;
            /** @example Urgent care strategy */
            title: string;
        };
        AgendaItemViewDto: {
            dueBy: string;
            /** @example 4 */
            item: string;
            /** @description Received after dueBy: taken by exception */
            late: boolean;
            papers: components["schemas"]["PapersViewDto"][];
            proposedBy: string | null;
            receivedOn: string;
            title: string;
            /** @description Working days from receipt to the meeting */
            workingDaysBefore: number;
        };
        AgreeIndependentChairDto: {
            /** @description Every party */
            agreedBy: string[];
            /**
             * @description Not later than today (the latest date anywhere on Earth): the date something happened.
             * @example 2017-11-15
             */
            agreedOn: string;
            chair: components["schemas"]["IndependentChairDto"];
        };
        AmendmentSummaryDto: {
            added: string[];
            /** @description The label of the version amended */
            amends: string;
            phraseReplacements: components["schemas"]["PhraseReplacementCountDto"][];
            removed: string[];
            replaced: string[];
        };
        AppendsStatusDto: {
            /**
             * @description Why not, by kind
             * @enum {string}
             */
            cause?: "disk-full" | "read-only" | "file-gone" | "io-error" | "unreachable" | "closed" | "log-incomplete";
            /** @description Whether a command could be recorded now */
            possible: boolean;
            /** @description Why not, in words an operator can act on */
            reason?: string;
        };
        AppointMediatorDto: {
            /**
             * @description Not later than today (the latest date anywhere on Earth): the date something happened.
             * @example 2017-10-02
             */
            appointedOn: string;
            /**
             * @description The level the dispute is at now
             * @example 2
             */
            level: number;
            mediator: components["schemas"]["MediatorDto"];
        };
        AsOfDto: {
            /**
             * @description How dates known only to a span were placed
             * @enum {string}
             */
            assume: "none" | "earliest" | "latest";
            /** @enum {string} */
            axis: "effective" | "recorded";
            /** @example 2018-04-01 */
            date: string;
        };
        AttendanceDto: {
            /** @description Each seat of the terms of reference; a seat not listed is recorded absent */
            attendance: components["schemas"]["AttendanceEntryDto"][];
        };
        AttendanceEntryDto: {
            /** @example nhs-nottingham-city-ccg */
            seatId: string;
            /**
             * @description deputy-present: the named deputy attending for the named lead
             * @enum {string}
             */
            status: "lead-present" | "deputy-present" | "apologies" | "absent";
        };
        AttendanceReportDto: {
            /** Format: uuid */
            boardId: string;
            from: string;
            meetingsHeld: number;
            seats: components["schemas"]["SeatAttendanceTotalDto"][];
            to: string;
        };
        AuditChairDto: {
            agreedBy: string[];
            agreedOn: string;
            /** @example Sam Example */
            name: string;
            /** @description Their organisation; it may not be a party */
            organisation?: string | null;
        };
        AuditEvidenceDto: {
            description: string;
            /**
             * Format: uuid
             * @description GET /disputes/{id}/evidence/{evidenceId} gives the bytes
             */
            evidenceId: string;
            file: components["schemas"]["EvidenceFileDto"];
            submittedBy: string;
            submittedOn: string;
        };
        AuditMediatorDto: {
            appointedOn: string;
            /** @example Ann Example */
            name: string;
            /** @example null */
            organisation?: string | null;
            /** @example Lay Chair of the Transformation Board */
            role: string;
            /**
             * @description The mediator's identity: the `sub` of their token
             * @example cis2-555012
             */
            subject: string;
        };
        AuditResponseDto: {
            respondedOn: string;
            respondent: string;
            response: string;
        };
        BoardDto: {
            /**
             * @description The date termsInForce is for (?asOf=, default today)
             * @example 2015-06-01
             */
            asOf: string;
            /** Format: uuid */
            boardId: string;
            /** Format: uuid */
            compactId: string;
            compactTitle: string;
            establishedOn: string;
            name: string;
            purpose: string;
            /** @description The board stream's revision: If-Match for the next command */
            revision: number;
            /** @description The terms in force on asOf; null before the first */
            termsInForce: components["schemas"]["TermsOfReferenceDto"] | null;
            /** @description Every version adopted, oldest first */
            termsOfReference: components["schemas"]["TermsOfReferenceDto"][];
        };
        BoardSummaryDto: {
            /** Format: uuid */
            boardId: string;
            /** Format: uuid */
            compactId: string;
            compactTitle: string;
            establishedOn: string;
            name: string;
            purpose: string;
        };
        CameIntoForceDto: {
            /**
             * @description The decision: a board decision as meeting/<meetingId>/decisions/<decisionId> (which must exist on this compact's boards), or the paper's own words
             * @example Date effective: 1 June 2017
             */
            decisionReference: string;
            /** @description The date on the paper, with its precision */
            effectiveOn: string | {
                assumed?: {
                    /** @description What the assumption rests on */
                    basis: string;
                    /** @description For a date not given (value null): the days it must lie between */
                    between?: {
                        /** Format: date */
                        earliest: string;
                        /** Format: date */
                        latest: string;
                    } | null;
                    /** @description The parts of value that are the ledger's, not the paper's */
                    parts?: ("year" | "month" | "day")[];
                } | null;
                /**
                 * @description The paper's words
                 * @example 25 Aug 2015
                 */
                asWritten?: string | null;
                /**
                 * @description Optional: the form of value gives it
                 * @enum {string}
                 */
                precision?: "exact" | "month" | "year" | "not-given";
                /** @description Null where the paper gives no date */
                value: string | null;
            };
            /** @example 1 */
            versionLabel: string;
        };
        CancellationDto: {
            /**
             * @description Not later than today (the latest date anywhere on Earth): the date something happened.
             * @example 2015-08-10
             */
            cancelledOn: string;
            /** @example Illustrative: not enough members available in August */
            reason: string;
        };
        CancellationViewDto: {
            cancelledOn: string;
            reason: string;
        };
        ChainBreakDto: {
            detail: string;
            position: number | null;
            /** @enum {string} */
            reason: "changed" | "missing" | "reordered";
            /** @description The first revision whose chain fails (-1 when not known) */
            revision: number;
            streamId: string;
        };
        ChainStatusDto: {
            /** @description Streams whose hash chain fails: refused for appends, their reads answered with a problem */
            brokenStreams: components["schemas"]["ChainBreakDto"][];
            /** @description How far the pass under way has got */
            checkedUpTo: number;
            /** @description The last whole pass over the log (at start, then continuously in the background) */
            lastFullCheck: components["schemas"]["FullCheckDto"] | null;
        };
        CommandResultDto: {
            /** @description Id of the resource the command acted on */
            id: string;
            /** @description Global position of the last event; pass it as ?minPosition= to read your own write */
            position: number;
            /** @description Revision of the stream after the command; send it as If-Match to make the next command conditional */
            streamRevision: number;
        };
        CommitmentDto: {
            /**
             * @description When the commitment was made. Not later than today (the latest date anywhere on Earth): the date something happened.
             * @example 2017-06-01
             */
            definedOn: string;
            /**
             * @description As the paper numbers it
             * @example 3
             */
            number: string;
            /** @description Possibly none */
            targets: components["schemas"]["TargetDto"][];
            /** @description The commitment's text */
            text: string;
            /** @example One Plan: Joint Strategic Planning */
            title: string;
        };
        CommitmentViewDto: {
            /** Format: uuid */
            commitmentId: string;
            definedOn: string;
            /** @example 3 */
            number: string;
            targets: components["schemas"]["TargetAsOfDto"][];
            text: string;
            title: string;
        };
        CompactEscalationPathDto: {
            /** @description True once a correction has changed it */
            corrected: boolean;
            effectiveOn: components["schemas"]["PaperDateDto"];
            /** @description What a correction names */
            factId: string;
            levels: components["schemas"]["EscalationLevelDto"][];
            note: string;
        };
        CompactSummaryDto: {
            /** Format: uuid */
            compactId: string;
            covers: string;
            /** @description The version current on the date (in a list: the newest), or null before the first */
            currentVersion: components["schemas"]["CurrentVersionDto"] | null;
            description: string | null;
            /** Format: date-time */
            draftedAt: string;
            draftedBy: components["schemas"]["ActorDto"];
            position: number;
            /** @description The compact stream's revision: If-Match for the next command */
            revision: number;
            /** @enum {string} */
            status: "draft" | "open-for-signature" | "in-force" | "refresh-overdue" | "expired" | "superseded" | "terminated";
            title: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CompactViewDto: {
            asOf: components["schemas"]["AsOfDto"];
            /** Format: uuid */
            compactId: string;
            covers: string;
            /** @description The version current on the date (in a list: the newest), or null before the first */
            currentVersion: components["schemas"]["CurrentVersionDto"] | null;
            description: string | null;
            /** Format: date-time */
            draftedAt: string;
            draftedBy: components["schemas"]["ActorDto"];
            /** @description Each version that had come into force by the date, oldest first */
            inForce: components["schemas"]["InForceDto"][];
            /** @description The partners on the date: members, and those whose dates leave it undetermined */
            partners: components["schemas"]["PartnerViewDto"][];
            position: number;
            /** @description The compact stream's revision: If-Match for the next command */
            revision: number;
            /** @enum {string} */
            status: "draft" | "open-for-signature" | "in-force" | "refresh-overdue" | "expired" | "superseded" | "terminated";
            /** @description The term in effect; null when none was set (the all-partners-signed rule applies) */
            term: components["schemas"]["TermDto"] | null;
            title: string;
            /** @description Facts whose dates leave it open whether they had happened by the date (empty when every date is placed) */
            undetermined: components["schemas"]["UndeterminedFactDto"][];
            /** Format: date-time */
            updatedAt: string;
        };
        ConcernDto: {
            concern: string;
            response?: string | null;
        };
        ConcernEvidenceDto: {
            /** @example Minutes of the Partnership Board, March 2018, item 5 */
            description: string;
            /** @description The file's SHA-256, where there is one */
            sha256?: string | null;
        };
        ConcernEvidenceViewDto: {
            description: string;
            sha256: string | null;
        };
        ConcernViewDto: {
            evidence: components["schemas"]["ConcernEvidenceViewDto"][];
            noChangeFinding: string;
            reflectedBy: string;
            reflectedOn: string;
        };
        ConsequenceDto: {
            /** @description resolve-dispute: every party agreeing the terms */
            agreedBy?: string[];
            /** @description ask-partner-to-leave: the concern reflected to it with evidence, and no change since */
            concern?: components["schemas"]["DecisionConcernDto"];
            /**
             * Format: uuid
             * @description resolve-dispute: the dispute referred to the board
             */
            disputeId?: string;
            /**
             * @description ask-partner-to-leave: the date it leaves
             * @example 2018-06-30
             */
            effectiveOn?: string;
            /** @enum {string} */
            kind: "ask-partner-to-leave" | "resolve-dispute";
            /**
             * @description ask-partner-to-leave: the partner asked to leave
             * @example whittington-health-trust
             */
            organisationId?: string;
            /** @description ask-partner-to-leave: why */
            reason?: string;
            /** @description resolve-dispute: the terms the board decided */
            terms?: string;
        };
        ConsequenceViewDto: {
            agreedBy?: string[];
            /** Format: uuid */
            compactId: string;
            concern?: components["schemas"]["ConcernViewDto"];
            /** Format: uuid */
            disputeId?: string;
            effectiveOn?: string;
            /** @enum {string} */
            kind: "ask-partner-to-leave" | "resolve-dispute";
            organisationId?: string;
            reason?: string;
            resolvedOn?: string;
            terms?: string;
        };
        ConsistencyProofDto: {
            from: number;
            /** @description RFC 6962 / RFC 9162 consistency proof, base64 hashes */
            hashes: string[];
            to: number;
        };
        CorrectedFieldsDto: {
            /** @description endorsement-request: what the board was asked */
            asked?: string;
            /** @description asked-to-leave: the decision or dispute it rests on (checked as the original was) */
            basis?: components["schemas"]["LeavingBasisDto"];
            /** @description endorsement, endorsement-request: the board */
            boardName?: string;
            /** @description endorsement: the board's concerns and the responses, in place of those recorded */
            concerns?: components["schemas"]["ConcernDto"][];
            /** @description version: its date */
            dated?: (string | {
                assumed?: {
                    /** @description What the assumption rests on */
                    basis: string;
                    /** @description For a date not given (value null): the days it must lie between */
                    between?: {
                        /** Format: date */
                        earliest: string;
                        /** Format: date */
                        latest: string;
                    } | null;
                    /** @description The parts of value that are the ledger's, not the paper's */
                    parts?: ("year" | "month" | "day")[];
                } | null;
                /**
                 * @description The paper's words
                 * @example 25 Aug 2015
                 */
                asWritten?: string | null;
                /**
                 * @description Optional: the form of value gives it
                 * @enum {string}
                 */
                precision?: "exact" | "month" | "year" | "not-given";
                /** @description Null where the paper gives no date */
                value: string | null;
            }) | null;
            /** @description term, in-force, termination, supersession: the decision */
            decisionReference?: string | null;
            /** @description term: its length in months */
            durationMonths?: number | null;
            /** @description term: the date it runs from (null: from coming into force) */
            effectiveFrom?: (string | {
                assumed?: {
                    /** @description What the assumption rests on */
                    basis: string;
                    /** @description For a date not given (value null): the days it must lie between */
                    between?: {
                        /** Format: date */
                        earliest: string;
                        /** Format: date */
                        latest: string;
                    } | null;
                    /** @description The parts of value that are the ledger's, not the paper's */
                    parts?: ("year" | "month" | "day")[];
                } | null;
                /**
                 * @description The paper's words
                 * @example 25 Aug 2015
                 */
                asWritten?: string | null;
                /**
                 * @description Optional: the form of value gives it
                 * @enum {string}
                 */
                precision?: "exact" | "month" | "year" | "not-given";
                /** @description Null where the paper gives no date */
                value: string | null;
            }) | null;
            /** @description admission, withdrawal, asked-to-leave, in-force, termination, supersession, escalation-path: the date it took effect */
            effectiveOn?: (string | {
                assumed?: {
                    /** @description What the assumption rests on */
                    basis: string;
                    /** @description For a date not given (value null): the days it must lie between */
                    between?: {
                        /** Format: date */
                        earliest: string;
                        /** Format: date */
                        latest: string;
                    } | null;
                    /** @description The parts of value that are the ledger's, not the paper's */
                    parts?: ("year" | "month" | "day")[];
                } | null;
                /**
                 * @description The paper's words
                 * @example 25 Aug 2015
                 */
                asWritten?: string | null;
                /**
                 * @description Optional: the form of value gives it
                 * @enum {string}
                 */
                precision?: "exact" | "month" | "year" | "not-given";
                /** @description Null where the paper gives no date */
                value: string | null;
            }) | null;
            /** @description term: its last day */
            expiresOn?: (string | {
                assumed?: {
                    /** @description What the assumption rests on */
                    basis: string;
                    /** @description For a date not given (value null): the days it must lie between */
                    between?: {
                        /** Format: date */
                        earliest: string;
                        /** Format: date */
                        latest: string;
                    } | null;
                    /** @description The parts of value that are the ledger's, not the paper's */
                    parts?: ("year" | "month" | "day")[];
                } | null;
                /**
                 * @description The paper's words
                 * @example 25 Aug 2015
                 */
                asWritten?: string | null;
                /**
                 * @description Optional: the form of value gives it
                 * @enum {string}
                 */
                precision?: "exact" | "month" | "year" | "not-given";
                /** @description Null where the paper gives no date */
                value: string | null;
            }) | null;
            /**
             * @description The kind of fact corrected: it must be the kind the factId names
             * @enum {string}
             */
            fact: "version" | "admission" | "withdrawal" | "asked-to-leave" | "endorsement" | "endorsement-request" | "signature" | "term" | "in-force" | "termination" | "supersession" | "escalation-path";
            /**
             * @description term: the in-force rule
             * @enum {string}
             */
            inForceRule?: "all-partners-signed" | "explicit-decision";
            /** @description escalation-path: its levels */
            levels?: components["schemas"]["EscalationLevelDto"][];
            /** @description endorsement, endorsement-request: the date the board met. Not later than today (the latest date anywhere on Earth): the date something happened. */
            meetingDate?: (string | {
                assumed?: {
                    /** @description What the assumption rests on */
                    basis: string;
                    /** @description For a date not given (value null): the days it must lie between */
                    between?: {
                        /** Format: date */
                        earliest: string;
                        /** Format: date */
                        latest: string;
                    } | null;
                    /** @description The parts of value that are the ledger's, not the paper's */
                    parts?: ("year" | "month" | "day")[];
                } | null;
                /**
                 * @description The paper's words
                 * @example 25 Aug 2015
                 */
                asWritten?: string | null;
                /**
                 * @description Optional: the form of value gives it
                 * @enum {string}
                 */
                precision?: "exact" | "month" | "year" | "not-given";
                /** @description Null where the paper gives no date */
                value: string | null;
            }) | null;
            /** @description admission: the organisation's name */
            name?: string;
            /** @description version: its note (null only for a first version the paper gives none) */
            note?: string | null;
            /** @description withdrawal: the date notice was given. Not later than today (the latest date anywhere on Earth): the date something happened. */
            noticeGivenOn?: (string | {
                assumed?: {
                    /** @description What the assumption rests on */
                    basis: string;
                    /** @description For a date not given (value null): the days it must lie between */
                    between?: {
                        /** Format: date */
                        earliest: string;
                        /** Format: date */
                        latest: string;
                    } | null;
                    /** @description The parts of value that are the ledger's, not the paper's */
                    parts?: ("year" | "month" | "day")[];
                } | null;
                /**
                 * @description The paper's words
                 * @example 25 Aug 2015
                 */
                asWritten?: string | null;
                /**
                 * @description Optional: the form of value gives it
                 * @enum {string}
                 */
                precision?: "exact" | "month" | "year" | "not-given";
                /** @description Null where the paper gives no date */
                value: string | null;
            }) | null;
            /**
             * @description admission: the organisation's type
             * @enum {string}
             */
            organisationType?: "clinical-commissioning-group" | "nhs-trust" | "foundation-trust" | "primary-care-trust" | "local-authority" | "gp-federation" | "local-medical-committee" | "ambulance-service" | "healthwatch" | "voluntary-or-community-organisation" | "community-interest-company" | "provider" | "nhs-england" | "not-given";
            /**
             * @description endorsement: the board's outcome
             * @enum {string}
             */
            outcome?: "endorsed" | "endorsed-with-concerns" | "declined";
            /** @description withdrawal, asked-to-leave, termination, supersession: the reason given; endorsement: the board's reason */
            reason?: string | null;
            /** @description term: the refresh due date */
            refreshDueBy?: (string | {
                assumed?: {
                    /** @description What the assumption rests on */
                    basis: string;
                    /** @description For a date not given (value null): the days it must lie between */
                    between?: {
                        /** Format: date */
                        earliest: string;
                        /** Format: date */
                        latest: string;
                    } | null;
                    /** @description The parts of value that are the ledger's, not the paper's */
                    parts?: ("year" | "month" | "day")[];
                } | null;
                /**
                 * @description The paper's words
                 * @example 25 Aug 2015
                 */
                asWritten?: string | null;
                /**
                 * @description Optional: the form of value gives it
                 * @enum {string}
                 */
                precision?: "exact" | "month" | "year" | "not-given";
                /** @description Null where the paper gives no date */
                value: string | null;
            }) | null;
            /** @description signature: the signatory */
            signatory?: components["schemas"]["RepresentativeDto"];
            /** @description signature: the date on the paper. Not later than today (the latest date anywhere on Earth): the date something happened. */
            signedOn?: (string | {
                assumed?: {
                    /** @description What the assumption rests on */
                    basis: string;
                    /** @description For a date not given (value null): the days it must lie between */
                    between?: {
                        /** Format: date */
                        earliest: string;
                        /** Format: date */
                        latest: string;
                    } | null;
                    /** @description The parts of value that are the ledger's, not the paper's */
                    parts?: ("year" | "month" | "day")[];
                } | null;
                /**
                 * @description The paper's words
                 * @example 25 Aug 2015
                 */
                asWritten?: string | null;
                /**
                 * @description Optional: the form of value gives it
                 * @enum {string}
                 */
                precision?: "exact" | "month" | "year" | "not-given";
                /** @description Null where the paper gives no date */
                value: string | null;
            }) | null;
            /** @description signature: what signing signifies, as the paper says */
            signifies?: ("supports-strategic-direction" | "agrees-principles" | "agrees-work-programme-and-leadership" | "agrees-quarterly-system-measures")[];
            /**
             * Format: uuid
             * @description supersession: the compact that replaces this one
             */
            successorCompactId?: string;
        };
        CorrectionDto: {
            correction: components["schemas"]["CorrectedFieldsDto"];
            /** @description The factId of the fact corrected (a version, admission, departure, endorsement, request, signature, term, coming into force, closure or path) */
            factId: string;
            /** @example The paper: the CEG endorsed on 2 December 2014; the Health and Wellbeing Board was asked on 28 January 2015 */
            reason: string;
        };
        CorrectionsDto: {
            /** @description One or more; a version's date and an endorsement's that must move past each other go in one request */
            corrections: components["schemas"]["CorrectionDto"][];
        };
        CountedSeatDto: {
            person: string | null;
            seatId: string;
            title: string;
        };
        CurrentVersionDto: {
            /** @description Null where the ledger does not hold the text */
            contentHash: string | null;
            /** @description The date on the paper, with its precision */
            dated: components["schemas"]["PaperDateDto"];
            label: string;
        };
        DateAssumptionDto: {
            /** @description What the assumption rests on: the passage of the paper, or the outside fact */
            basis: string;
            /** @description For a date not given: the days it must lie between */
            between: components["schemas"]["DaySpanDto"] | null;
            /** @description The parts of value that are the ledger's, not the paper's */
            parts: ("year" | "month" | "day")[];
        };
        DaySpanDto: {
            /**
             * Format: date
             * @example 2014-09-01
             */
            earliest: string;
            /**
             * Format: date
             * @example 2014-11-30
             */
            latest: string;
        };
        DeadlineDto: {
            /** Format: uuid */
            boardId: string | null;
            /** Format: uuid */
            commitmentId: string | null;
            /** Format: uuid */
            compactId: string;
            /** @description Calendar days past dueBy, when overdue */
            daysOverdue: number | null;
            /**
             * @description Stable: the next page starts after it
             * @example papers:0190a1b2-...:4
             */
            deadlineId: string;
            /** Format: uuid */
            disputeId: string | null;
            /** @example 2015-02-17 */
            dueBy: string;
            item: string | null;
            /** @enum {string} */
            kind: "agenda-items" | "papers" | "draft-minutes" | "escalation-level" | "commitment-target" | "refresh";
            level: number | null;
            meetingDate: string | null;
            /** Format: uuid */
            meetingId: string | null;
            /** @enum {string} */
            status: "due" | "overdue";
            targetId: string | null;
            /** @example papers for item 4 (Urgent care strategy) of South Nottinghamshire Transformation Board, February 2015 */
            what: string;
        };
        DecisionConcernDto: {
            /** @description The evidence given to illustrate the concern */
            evidence: components["schemas"]["ConcernEvidenceDto"][];
            /** @example No change in approach by the May meeting */
            noChangeFinding: string;
            /** @example The Chairs and Chief Executives of the partners */
            reflectedBy: string;
            /**
             * @description When the concern was reflected to the organisation
             * @example 2018-03-15
             */
            reflectedOn: string;
        };
        DecisionConsequencesHealthDto: {
            caughtUp: boolean;
            /** @description Why it stopped reading the log, if it did */
            error: string | null;
            /** @description A consequence it is retrying; later ones wait behind it */
            failing: components["schemas"]["FailingConsequenceDto"] | null;
            /** @description How many positions it is behind the head of the log */
            lag: number;
            latestRefusals: components["schemas"]["RefusedConsequenceDto"][];
            /** @example decision-consequences */
            name: string;
            /** @description The last position of the log it has dealt with */
            position: number;
            /** @description Consequences recorded */
            recorded: number;
            /** @description Consequences their stream's rules refused */
            refused: number;
        };
        DecisionDto: {
            /** @description What the decision does to the compact or a dispute */
            consequence?: components["schemas"]["ConsequenceDto"] | null;
            /**
             * @description The agenda item decided
             * @example 4
             */
            item: string;
            outcome: components["schemas"]["OutcomeDto"];
            /**
             * @description What was decided, as the minutes record it
             * @example The Board agreed the urgent care strategy
             */
            resolution: string;
            /** @description The money the decision commits or withdraws, where it has a value */
            value?: components["schemas"]["DecisionValueDto"] | null;
        };
        DecisionLogEntryDto: {
            /** Format: uuid */
            boardId: string;
            carried: boolean;
            /** Format: uuid */
            compactId: string;
            consequence: components["schemas"]["ConsequenceViewDto"] | null;
            /**
             * @description pending: the consequence is not yet recorded on its stream
             * @enum {string}
             */
            consequenceStatus: "none" | "pending" | "recorded";
            correlationId: string | null;
            /** @description The voting seats present and not excluded from the item */
            counted: components["schemas"]["CountedSeatDto"][];
            /** Format: uuid */
            decisionId: string;
            /**
             * Format: uuid
             * @description The DecisionRecorded event's id: the causationId of what followed
             */
            eventId: string;
            excluded: components["schemas"]["ExcludedSeatViewDto"][];
            /** @description The events the decision caused (their causationId is eventId) */
            followed: components["schemas"]["FollowedEventDto"][];
            item: string;
            itemTitle: string;
            meeting: components["schemas"]["DecisionMeetingDto"];
            outcome: components["schemas"]["OutcomeViewDto"];
            quorum: components["schemas"]["QuorumCountDto"];
            /** Format: date-time */
            recordedAt: string;
            recordedBy: components["schemas"]["ActorDto"];
            reservedMatter: components["schemas"]["ReservedMatterRefDto"] | null;
            resolution: string;
            value: components["schemas"]["DecisionValueDto"] | null;
        };
        DecisionMeetingDto: {
            meetingDate: string;
            /** Format: uuid */
            meetingId: string;
            title: string;
        };
        DecisionValueDto: {
            /**
             * @description Whole pounds
             * @example 400000
             */
            amountPounds: number;
            /** @enum {string} */
            basis: "capital" | "annual-revenue";
            /** @enum {string} */
            direction: "investment" | "disinvestment";
        };
        DecisionViewDto: {
            /** @description Consensus, or more votes for than against */
            carried: boolean;
            consequence: components["schemas"]["ConsequenceViewDto"] | null;
            /** Format: uuid */
            decisionId: string;
            excluded: components["schemas"]["ExcludedSeatDto"][];
            item: string;
            itemTitle: string;
            outcome: components["schemas"]["OutcomeViewDto"];
            /** @description The quorum for this item: voting seats present and not excluded from it */
            quorum: components["schemas"]["QuorumCountDto"];
            /** @description The matter reserved to this board that the decision falls under */
            reservedMatter: components["schemas"]["ReservedMatterRefDto"] | null;
            resolution: string;
            value: components["schemas"]["DecisionValueDto"] | null;
        };
        DeclarationDto: {
            /**
             * @description The Chair's determination: excluded-from-items excludes the seat from every item listed
             * @enum {string}
             */
            handling: "may-take-part" | "excluded-from-items";
            /** @example Provides services within the scope of the item */
            interest: string;
            /**
             * @description The agenda items it bears on (empty: none in particular)
             * @example [
             *       "4"
             *     ]
             */
            items: string[];
            /** @enum {string} */
            nature: "commercial-arrangement" | "professional-or-representative-body" | "regulator" | "other-network" | "political-direction" | "other";
            /**
             * @description The seat of the person declaring; the person is whoever attends for it
             * @example circle-partners
             */
            seatId: string;
        };
        DeclarationViewDto: {
            /** Format: uuid */
            declarationId: string;
            declaredOn: string;
            /** @enum {string} */
            handling: "may-take-part" | "excluded-from-items";
            interest: string;
            items: string[];
            /** @enum {string} */
            nature: "commercial-arrangement" | "professional-or-representative-body" | "regulator" | "other-network" | "political-direction" | "other";
            organisationId: string | null;
            /** @description Who declared it: whoever attended for the seat */
            person: string;
            seatId: string;
        };
        DescribedChangesDto: {
            /** @description Sections the note says were added */
            added?: components["schemas"]["SectionReferenceDto"][];
            /** @description Sections the note says were amended */
            amended?: components["schemas"]["SectionReferenceDto"][];
            /**
             * @description The version amended
             * @example 3.0
             */
            amends: string;
            /** @description "changing the word patient to citizen" */
            phraseReplacements?: components["schemas"]["PhraseReplacementDto"][];
            /** @description Sections the note says were removed */
            removed?: components["schemas"]["SectionReferenceDto"][];
            /** @description The note also speaks of changes it does not place ("Minor amendment") */
            unlocatedChanges?: boolean;
        };
        DescribedVersionDto: {
            changes: components["schemas"]["DescribedChangesDto"] | null;
            label: string;
            note: string | null;
        };
        DisputeCompactReferenceDto: {
            /** Format: uuid */
            compactId: string;
            compactTitle: string;
            contentHash: string;
            /** @description The version current when the dispute was raised: its section refs are that version’s */
            versionLabel: string;
        };
        DisputeDto: {
            about: components["schemas"]["DisputeSubjectDto"][];
            against: string[];
            /** @description The compact as it stood on raisedOn */
            compact: components["schemas"]["DisputeCompactReferenceDto"];
            currentLevel: number;
            /** @example Mediation */
            currentLevelName: string;
            /** Format: uuid */
            disputeId: string;
            /** @description The path it was raised under (the compact’s may since have changed) */
            escalationPath: components["schemas"]["EscalationPathViewDto"];
            evidence: components["schemas"]["EvidenceRecordDto"][];
            independentChair: components["schemas"]["IndependentChairAgreementDto"] | null;
            /** @description The date of the latest step: no later step may be dated before it */
            lastStepOn: string;
            /** @description Oldest first; the last is the current level */
            levelsReached: components["schemas"]["LevelReachedDto"][];
            mediators: components["schemas"]["MediatorAppointmentDto"][];
            raisedBy: string;
            /** @example 2017-09-01 */
            raisedOn: string;
            /**
             * Format: date-time
             * @description When the ledger recorded the raising
             */
            raisedRecordedAt: string;
            resolution: components["schemas"]["DisputeResolutionDto"] | null;
            responses: components["schemas"]["DisputeResponseViewDto"][];
            /** @description The dispute stream's revision: If-Match for the next step */
            revision: number;
            /** @enum {string} */
            status: "open" | "resolved" | "withdrawn";
            summary: string;
            withdrawal: components["schemas"]["DisputeWithdrawalViewDto"] | null;
        };
        DisputeReplayDto: {
            /** @description The checkpoint this replay is consistent with and the stream's head (its last event now, whatever ?upTo= shows) proven in it; null where the ledger keeps no transparency log (EventStoreDB) */
            checkpoint: components["schemas"]["StreamHeadEvidenceDto"] | null;
            /** Format: uuid */
            disputeId: string;
            /** @description The dispute's last revision now */
            lastRevision: number;
            steps: components["schemas"]["ReplayStepDto"][];
            /** @description The dispute's stream: with each step's revision, type, data and metadata, what its hash is computed over */
            streamId: string;
        };
        DisputeResolutionDto: {
            agreedBy: string[];
            level: number;
            resolvedOn: string;
            terms: string;
        };
        DisputeResponseDto: {
            /**
             * @description Not later than today (the latest date anywhere on Earth): the date something happened.
             * @example 2017-09-10
             */
            respondedOn: string;
            /**
             * @description The responding party: a partner responds for its own organisation only
             * @example nottingham-university-hospitals
             */
            respondent: string;
            response: string;
        };
        DisputeResponseViewDto: {
            level: number;
            respondedOn: string;
            respondent: string;
            response: string;
        };
        DisputeSubjectDto: {
            /** @enum {string} */
            kind: "section" | "commitment";
            /**
             * @description A section of the version current on the date raised, as the compact cites it (8, 2.4, Appendix 1, 4), or a commitment (Commitment 3, or Commitment 3: its heading); one it does not have is 422 naming the rule
             * @example 8
             */
            ref: string;
        };
        DisputeSummaryDto: {
            against: string[];
            /** Format: uuid */
            compactId: string;
            currentLevel: number;
            /** @example Mediation */
            currentLevelName: string;
            /** Format: uuid */
            disputeId: string;
            raisedBy: string;
            /** @example 2017-09-01 */
            raisedOn: string;
            /** @enum {string} */
            status: "open" | "resolved" | "withdrawn";
            summary: string;
        };
        DisputeWithdrawalDto: {
            reason: string;
            /** @description The raising organisation */
            withdrawnBy: string;
            /**
             * @description Not later than today (the latest date anywhere on Earth): the date something happened.
             * @example 2017-10-05
             */
            withdrawnOn: string;
        };
        DisputeWithdrawalViewDto: {
            level: number;
            reason: string;
            withdrawnBy: string;
            withdrawnOn: string;
        };
        DraftCompactDto: {
            /**
             * @description The place or system the compact covers
             * @example Shropshire, Telford and Wrekin
             */
            covers: string;
            description?: string | null;
            /** @example Shropshire, Telford and Wrekin Health and Social Care Partnership Compact */
            title: string;
        };
        DraftMinutesDto: {
            /**
             * @description Not later than today (the latest date anywhere on Earth): the date something happened.
             * @example 2015-03-06
             */
            circulatedOn: string;
        };
        DraftMinutesViewDto: {
            circulatedOn: string;
            dueBy: string;
            late: boolean;
            workingDaysAfter: number;
        };
        EndorsementDto: {
            /** @description What the ledger takes that the paper does not say (001: the paper names the board, not the partner whose board it is), and why */
            assumption?: string | null;
            /** @example Governing Body */
            boardName: string;
            concerns?: components["schemas"]["ConcernDto"][];
            /** @description The date on the paper, with its precision. Not later than today (the latest date anywhere on Earth): the date something happened. */
            meetingDate: string | {
                assumed?: {
                    /** @description What the assumption rests on */
                    basis: string;
                    /** @description For a date not given (value null): the days it must lie between */
                    between?: {
                        /** Format: date */
                        earliest: string;
                        /** Format: date */
                        latest: string;
                    } | null;
                    /** @description The parts of value that are the ledger's, not the paper's */
                    parts?: ("year" | "month" | "day")[];
                } | null;
                /**
                 * @description The paper's words
                 * @example 25 Aug 2015
                 */
                asWritten?: string | null;
                /**
                 * @description Optional: the form of value gives it
                 * @enum {string}
                 */
                precision?: "exact" | "month" | "year" | "not-given";
                /** @description Null where the paper gives no date */
                value: string | null;
            };
            /** @example nottingham-city-ccg */
            organisationId: string;
            /** @enum {string} */
            outcome: "endorsed" | "endorsed-with-concerns" | "declined";
            reason?: string | null;
            /** @example 1.0 */
            versionLabel: string;
        };
        EndorsementRequestDto: {
            /**
             * @description What the board was asked, in the paper's words
             * @example The Health and Wellbeing Board is asked to endorse the Compact ...
             */
            asked: string;
            /** @description What the ledger takes that the paper does not say, and why */
            assumption?: string | null;
            /** @example Health and Wellbeing Board */
            boardName: string;
            /** @description The date on the paper, with its precision. Not later than today (the latest date anywhere on Earth): the date something happened. */
            meetingDate: string | {
                assumed?: {
                    /** @description What the assumption rests on */
                    basis: string;
                    /** @description For a date not given (value null): the days it must lie between */
                    between?: {
                        /** Format: date */
                        earliest: string;
                        /** Format: date */
                        latest: string;
                    } | null;
                    /** @description The parts of value that are the ledger's, not the paper's */
                    parts?: ("year" | "month" | "day")[];
                } | null;
                /**
                 * @description The paper's words
                 * @example 25 Aug 2015
                 */
                asWritten?: string | null;
                /**
                 * @description Optional: the form of value gives it
                 * @enum {string}
                 */
                precision?: "exact" | "month" | "year" | "not-given";
                /** @description Null where the paper gives no date */
                value: string | null;
            };
            /**
             * @description The partner whose board it is; null where the paper names only the board
             * @example null
             */
            organisationId: string | null;
            /** @example 1 */
            versionLabel: string;
        };
        EndorsementRequestViewDto: {
            /** @description What the board was asked, in the paper's words */
            asked: string;
            assumption: string | null;
            boardName: string;
            contentHash: string | null;
            corrected: boolean;
            /** @description What a correction names */
            factId: string;
            meetingDate: components["schemas"]["PaperDateDto"];
            /** @description The partner whose board it is; null where the paper names only the board */
            organisationId: string | null;
            recorded: components["schemas"]["RecordedFactDto"];
            versionLabel: string;
        };
        EndorsementViewDto: {
            /** @description What the ledger took that the paper does not say (whose board it is), and why */
            assumption: string | null;
            boardName: string;
            concerns: components["schemas"]["ConcernDto"][];
            contentHash: string | null;
            /** @description True once a correction has changed it (the original stays in the history) */
            corrected: boolean;
            /** @description What a correction names */
            factId: string;
            meetingDate: components["schemas"]["PaperDateDto"];
            organisationId: string;
            /** @enum {string} */
            outcome: "endorsed" | "endorsed-with-concerns" | "declined";
            /** @description The board's reason, where it gave one */
            reason: string | null;
            recorded: components["schemas"]["RecordedFactDto"];
            versionLabel: string;
        };
        EscalationAuditDto: {
            /**
             * @description The date the audit is as at
             * @example 2015-07-15
             */
            asOf: string;
            /** Format: uuid */
            compactId: string;
            currentLevel: number;
            /** Format: uuid */
            disputeId: string;
            levels: components["schemas"]["EscalationAuditLevelDto"][];
            /** @description Levels passed over between those reached: a non-empty list is a finding */
            skippedLevels: number[];
            /** @enum {string} */
            status: "open" | "resolved" | "withdrawn";
        };
        EscalationAuditLevelDto: {
            /** @description Who recorded the act that reached the level */
            actor: components["schemas"]["ActorDto"] | null;
            /** @description Calendar days from reaching the level to countedTo */
            calendarDays: number | null;
            /** @description The date the days count to: leftOn, or the as-of date while the level is open */
            countedTo: string | null;
            /** @description Calendar days spent at the level (the same as calendarDays) */
            days: number | null;
            /** @description The last working day within the limit */
            dueBy: string | null;
            /** @description Evidence submitted at the level */
            evidence: components["schemas"]["AuditEvidenceDto"][];
            independentChair: components["schemas"]["AuditChairDto"] | null;
            leftOn: string | null;
            level: number;
            mediators: components["schemas"]["AuditMediatorDto"][];
            name: string;
            /** @enum {string|null} */
            outcome: "escalated" | "resolved" | "withdrawn" | null;
            /** @description Over the limit: is, for an open level; was, for one left. Null without a limit */
            overdue: boolean | null;
            reached: boolean;
            /** @enum {string|null} */
            reachedBy: "raised" | "escalated" | null;
            reachedOn: string | null;
            reason: string | null;
            /** Format: date-time */
            recordedAt: string | null;
            requestedBy: string | null;
            /** @description Responses made at the level */
            responses: components["schemas"]["AuditResponseDto"][];
            whoActs: string;
            /** @description The path's limit for the level, in working days; null for none */
            workingDayLimit: number | null;
            /** @description Working days (England’s) from reaching the level to countedTo */
            workingDays: number | null;
            workingDaysOverdue: number | null;
        };
        EscalationDto: {
            /**
             * @description Not later than today (the latest date anywhere on Earth): the date something happened.
             * @example 2017-10-01
             */
            escalatedOn: string;
            /** @example No agreement between the accountable officers after two meetings */
            reason: string;
            /** @description The party asking for it; a partner escalates for its own organisation (the default); null when a mediator or the secretariat escalates */
            requestedBy?: string | null;
            /**
             * @description The next level: exactly one above the current one
             * @example 2
             */
            toLevel: number;
        };
        EscalationLevelDto: {
            /** @description A board-to-board meeting with an agreed independent chair */
            independentChair: boolean;
            /**
             * @description 1, 2, 3, ... in order
             * @example 1
             */
            level: number;
            /** @description Mediators may be appointed at this level */
            mediation: boolean;
            /** @example Bilateral resolution */
            name: string;
            /** @example The accountable officers of the organisations concerned */
            whoActs: string;
            /**
             * @description How long a dispute may stay at this level, in working days (England’s); absent for no limit
             * @example 20
             */
            workingDayLimit?: number;
        };
        EscalationPathDto: {
            /** @description The date the path took effect on the paper (with the version that sets it out, its date) */
            effectiveOn: string | {
                assumed?: {
                    /** @description What the assumption rests on */
                    basis: string;
                    /** @description For a date not given (value null): the days it must lie between */
                    between?: {
                        /** Format: date */
                        earliest: string;
                        /** Format: date */
                        latest: string;
                    } | null;
                    /** @description The parts of value that are the ledger's, not the paper's */
                    parts?: ("year" | "month" | "day")[];
                } | null;
                /**
                 * @description The paper's words
                 * @example 25 Aug 2015
                 */
                asWritten?: string | null;
                /**
                 * @description Optional: the form of value gives it
                 * @enum {string}
                 */
                precision?: "exact" | "month" | "year" | "not-given";
                /** @description Null where the paper gives no date */
                value: string | null;
            };
            levels: components["schemas"]["EscalationLevelDto"][];
            /** @example Section 8 of the compact */
            note: string;
        };
        EscalationPathViewDto: {
            effectiveOn: components["schemas"]["PaperDateDto"];
            levels: components["schemas"]["EscalationLevelDto"][];
            note: string;
        };
        EstablishBoardDto: {
            /**
             * Format: uuid
             * @description The compact the board belongs to (a compact may have several boards)
             */
            compactId: string;
            /**
             * @description Not later than today (the latest date anywhere on Earth): the date something happened.
             * @example 2014-09-30
             */
            establishedOn: string;
            /** @example South Nottinghamshire Transformation Board */
            name: string;
            /**
             * @description In the paper's words
             * @example The overarching, strategic governing group for the South Nottinghamshire Transformation Programme
             */
            purpose: string;
        };
        EventEnvelopeDto: {
            actor: components["schemas"]["ActorDto"];
            causationId: string | null;
            correlationId: string | null;
            /** @description The date it took effect in the world, where the event has one */
            effectiveAt: string | null;
            /** Format: uuid */
            eventId: string;
            /** @description SHA-256 of the RFC 8785 text of {streamId, revision, type, data, metadata without hash} */
            hash: string;
            /** @description The hash of the previous event in the stream; 64 zeros for the first */
            prevHash: string;
            /**
             * Format: date-time
             * @description When the ledger recorded it
             */
            recordedAt: string;
        };
        EvidenceFileDto: {
            filename: string;
            /** @example application/pdf */
            mediaType: string;
            /** @description SHA-256 of the bytes, as submitted */
            sha256: string;
            size: number;
        };
        EvidencePacksHealthDto: {
            /** @description How many packs are written at once (LEDGER_EVIDENCE_PACKS_AT_ONCE); an export past it is answered 503 with Retry-After */
            atOnce: number;
            /** @description Evidence packs being written now, each on a thread of its own (a pack whose client went away is stopped at once) */
            writing: number;
        };
        EvidenceRecordDto: {
            description: string;
            /**
             * Format: uuid
             * @description GET /disputes/{id}/evidence/{evidenceId} gives the bytes
             */
            evidenceId: string;
            file: components["schemas"]["EvidenceFileDto"];
            level: number;
            submittedBy: string;
            submittedOn: string;
        };
        EvidenceUploadDto: {
            /** @example Minutes of the July accountable officers meeting */
            description: string;
            /**
             * Format: binary
             * @description One file, no larger than LEDGER_UPLOAD_LIMIT, with a filename and a media type
             */
            file: string;
            /**
             * @description The party submitting it: a partner for its own organisation only
             * @example nottingham-city-ccg
             */
            submittedBy: string;
            /**
             * @description Not later than today (the latest date anywhere on Earth): the date something happened.
             * @example 2017-09-01
             */
            submittedOn: string;
        };
        ExcludedSeatDto: {
            /** Format: uuid */
            declarationId: string;
            seatId: string;
        };
        ExcludedSeatViewDto: {
            /** Format: uuid */
            declarationId: string;
            /** @enum {string|null} */
            nature: "commercial-arrangement" | "professional-or-representative-body" | "regulator" | "other-network" | "political-direction" | "other" | null;
            person: string | null;
            /** @example excluded by the Chair from item 4 for the interest declared (commercial-arrangement ...) */
            reason: string;
            seatId: string;
            title: string;
        };
        ExpulsionDto: {
            basis: components["schemas"]["LeavingBasisDto"];
            /** @description The date on the paper, with its precision */
            effectiveOn: string | {
                assumed?: {
                    /** @description What the assumption rests on */
                    basis: string;
                    /** @description For a date not given (value null): the days it must lie between */
                    between?: {
                        /** Format: date */
                        earliest: string;
                        /** Format: date */
                        latest: string;
                    } | null;
                    /** @description The parts of value that are the ledger's, not the paper's */
                    parts?: ("year" | "month" | "day")[];
                } | null;
                /**
                 * @description The paper's words
                 * @example 25 Aug 2015
                 */
                asWritten?: string | null;
                /**
                 * @description Optional: the form of value gives it
                 * @enum {string}
                 */
                precision?: "exact" | "month" | "year" | "not-given";
                /** @description Null where the paper gives no date */
                value: string | null;
            };
            reason: string;
        };
        FailingConsequenceDto: {
            attempts: number;
            /**
             * Format: uuid
             * @description The DecisionRecorded event's id
             */
            causeEventId: string;
            /** @example meeting/0190a1b2-.../decisions/0190a1b3-... */
            decision: string;
            error: string;
            /** Format: date-time */
            nextAttemptAt: string;
        };
        FollowedEventDto: {
            data: {
                [key: string]: unknown;
            };
            effectiveAt: string | null;
            /** Format: uuid */
            eventId: string;
            position: number;
            /** Format: date-time */
            recordedAt: string;
            revision: number;
            /** @example compact-01a2360d-ee2f-75aa-8d25-8755442c02e7 */
            streamId: string;
            /** @example PartnerAskedToLeave */
            type: string;
        };
        FullCheckDto: {
            /** Format: date-time */
            at: string;
            eventsChecked: number;
            ok: boolean;
        };
        HeadingChangeDto: {
            from: string | null;
            to: string | null;
        };
        HealthDto: {
            decisionConsequences: components["schemas"]["DecisionConsequencesHealthDto"];
            evidencePacks: components["schemas"]["EvidencePacksHealthDto"];
            /** @description What is not ok, one line each (empty when ok) */
            problems: string[];
            projections: components["schemas"]["ProjectionHealthDto"][];
            /**
             * @description ok: commands are recorded and every read model applies them. degraded: they are, but a projection is failing or a stream fails its hash chain. unavailable (503): the log cannot be read or no command can be recorded.
             * @enum {string}
             */
            status: "ok" | "degraded" | "unavailable";
            store: components["schemas"]["StoreHealthDto"];
            /** @description With witnesses configured (LEDGER_WITNESSES): each witness of the checkpoints */
            witnesses?: components["schemas"]["WitnessHealthDto"][];
        };
        InclusionProofDto: {
            /** @description The checkpoint the log issued at treeSize, if it issued one (a signed note) */
            checkpoint: string | null;
            /** @description RFC 6962 / RFC 9162 inclusion proof: the audit path, base64 hashes, leaf side first */
            hashes: string[];
            index: number;
            /** @description The root hash of the tree of treeSize leaves (base64) */
            rootHash: string;
            treeSize: number;
        };
        IndependentChairAgreementDto: {
            agreedBy: string[];
            agreedOn: string;
            chair: components["schemas"]["IndependentChairDto"];
            level: number;
        };
        IndependentChairDto: {
            /** @example Sam Example */
            name: string;
            /** @description Their organisation; it may not be a party */
            organisation?: string | null;
        };
        InForceCompletionDto: {
            /** @description departure: the day it left */
            effectiveOn?: components["schemas"]["PaperDateDto"];
            /** @description signature: the signature that completed the set */
            factId?: string;
            /** @enum {string} */
            kind: "signature" | "departure" | "rule-set";
            /** @description departure: the unsigned partner whose leaving completed it */
            organisationId?: string;
        };
        InForceDto: {
            completedBy: components["schemas"]["InForceCompletionDto"] | null;
            contentHash: string | null;
            corrected: boolean;
            decisionReference: string | null;
            effectiveOn: components["schemas"]["PaperDateDto"];
            /** @description What a correction names (only a decision's coming into force is corrected; the rest follows its signatures) */
            factId: string;
            recorded: components["schemas"]["RecordedFactDto"];
            /** @enum {string} */
            rule: "all-partners-signed" | "explicit-decision";
            /** @description The signatures that brought it into force, by fact id */
            signatureFactIds: string[];
            versionLabel: string;
        };
        InterestDecisionDto: {
            /** Format: uuid */
            decisionId: string;
            /** @description The seat was excluded from the decision for this interest */
            excluded: boolean;
            item: string;
            resolution: string;
        };
        InterestEntryDto: {
            decisions: components["schemas"]["InterestDecisionDto"][];
            /** Format: uuid */
            declarationId: string;
            declaredOn: string;
            /** @enum {string} */
            handling: "may-take-part" | "excluded-from-items";
            interest: string;
            items: components["schemas"]["InterestItemDto"][];
            meeting: components["schemas"]["InterestMeetingDto"];
            /** @enum {string} */
            nature: "commercial-arrangement" | "professional-or-representative-body" | "regulator" | "other-network" | "political-direction" | "other";
            organisationId: string | null;
            person: string;
            seatId: string;
            seatTitle: string;
        };
        InterestItemDto: {
            item: string;
            title: string;
        };
        InterestMeetingDto: {
            /** Format: uuid */
            boardId: string;
            /** Format: uuid */
            compactId: string;
            meetingDate: string;
            /** Format: uuid */
            meetingId: string;
            title: string;
        };
        JointProgrammeDto: {
            /** @example 2017-07-01 */
            asOf: string;
            commitments: components["schemas"]["CommitmentViewDto"][];
            /** Format: uuid */
            compactId: string;
            /** @description The programme stream's revision (If-Match for the next command); null before the first commitment or measure */
            revision: number | null;
        };
        JwksDto: {
            keys: {
                alg?: string;
                crv: string;
                kid?: string;
                kty: string;
                use?: string;
                x: string;
            }[];
            transparencyLog: components["schemas"]["TransparencyLogKeyDto"];
        };
        LeavingBasisDto: {
            /** @enum {string} */
            kind: "decision" | "dispute";
            /**
             * @description A decision: meeting/<meetingId>/decisions/<decisionId>; a dispute: its id. Either must exist on this compact by the date the partner leaves (422 naming the rule)
             * @example meeting/wpb-2017-10/decisions/d-6
             */
            reference: string;
        };
        LevelReachedDto: {
            level: number;
            reachedOn: string;
            /** @description Why it was escalated here; null for level 1 */
            reason: string | null;
            /** @description The party that asked; null when a mediator or the secretariat recorded it */
            requestedBy: string | null;
        };
        MeasureCorrectionDto: {
            /**
             * @description Not later than today (the latest date anywhere on Earth): the date something happened.
             * @example 2017-11-02
             */
            correctedOn: string;
            reason: string;
            /** @example 12.4 */
            value: number;
        };
        MeasureCorrectionViewDto: {
            correctedOn: string;
            previousValue: number;
            reason: string;
            value: number;
        };
        MeasureDto: {
            /**
             * @description Not later than today (the latest date anywhere on Earth): the date something happened.
             * @example 2017-06-01
             */
            definedOn: string;
            description: string;
            /**
             * @description Which way is better; null where neither is
             * @enum {string|null}
             */
            direction?: "higher-is-better" | "lower-is-better" | null;
            /**
             * @description Unique in the programme
             * @example unplanned-ltc-admissions
             */
            measureId: string;
            /** @example Unplanned admissions of people with a long-term condition */
            name: string;
            /** @example per 1,000 population */
            unit: string;
        };
        MeasureQuarterValueDto: {
            corrections: components["schemas"]["MeasureCorrectionViewDto"][];
            note: string | null;
            /** @example 2017-18-Q2 */
            quarter: string;
            recordedOn: string;
            /** @description The latest value: the corrected one where it was corrected */
            value: number;
        };
        MeasuresDto: {
            /** Format: uuid */
            compactId: string;
            measures: components["schemas"]["MeasureViewDto"][];
            revision: number | null;
        };
        MeasureValueDto: {
            note?: string | null;
            /**
             * @description A financial-year quarter: 2017-18-Q1 is April to June 2017
             * @example 2017-18-Q2
             */
            quarter: string;
            /**
             * @description After the quarter has ended. Not later than today (the latest date anywhere on Earth): the date something happened.
             * @example 2017-10-19
             */
            recordedOn: string;
            /** @example 12.3 */
            value: number;
        };
        MeasureViewDto: {
            definedOn: string;
            description: string;
            /** @enum {string|null} */
            direction: "higher-is-better" | "lower-is-better" | null;
            measureId: string;
            name: string;
            unit: string;
            values: components["schemas"]["MeasureQuarterValueDto"][];
        };
        MediatorAppointmentDto: {
            appointedOn: string;
            level: number;
            /** @example Ann Example */
            name: string;
            /** @example null */
            organisation?: string | null;
            /** @example Lay Chair of the Transformation Board */
            role: string;
            /**
             * @description The mediator's identity: the `sub` of their token
             * @example cis2-555012
             */
            subject: string;
        };
        MediatorDto: {
            /** @example Ann Example */
            name: string;
            /** @example null */
            organisation?: string | null;
            /** @example Lay Chair of the Transformation Board */
            role: string;
            /**
             * @description The mediator's identity: the `sub` of their token
             * @example cis2-555012
             */
            subject: string;
        };
        MeetingDeadlinesDto: {
            /** @description Agenda items with their paperwork by this date */
            agendaItemsBy: string;
            /** @description Draft minutes circulated by this date */
            draftMinutesBy: string;
            /** @description Papers circulated by this date */
            papersBy: string;
        };
        MeetingDto: {
            agenda: components["schemas"]["AgendaItemViewDto"][];
            /** @description Null until the meeting is recorded as held */
            attendance: components["schemas"]["SeatAttendanceDto"][] | null;
            /** Format: uuid */
            boardId: string;
            boardName: string;
            cancellation: components["schemas"]["CancellationViewDto"] | null;
            /** Format: uuid */
            compactId: string;
            compactTitle: string;
            deadlines: components["schemas"]["MeetingDeadlinesDto"];
            decisions: components["schemas"]["DecisionViewDto"][];
            /** @description A partner sees its own organisation's declarations only */
            declarations: components["schemas"]["DeclarationViewDto"][];
            draftMinutes: components["schemas"]["DraftMinutesViewDto"] | null;
            /** @example 2015-02-24 */
            meetingDate: string;
            /** Format: uuid */
            meetingId: string;
            minutesApproval: components["schemas"]["MinutesApprovalViewDto"] | null;
            quorum: components["schemas"]["QuorumCountDto"] | null;
            /** @example 70% of 16 voting seats: 12 */
            quorumRule: string;
            /** @description The meeting stream's revision: If-Match for the next command */
            revision: number;
            seats: components["schemas"]["SeatDto"][];
            /** @enum {string} */
            status: "scheduled" | "held" | "cancelled";
            /** @description The version of the terms of reference the meeting is held under */
            termsVersion: string;
            title: string;
        };
        MeetingSummaryDto: {
            /** Format: uuid */
            boardId: string;
            /** Format: uuid */
            compactId: string;
            /** @example 2015-02-24 */
            meetingDate: string;
            /** Format: uuid */
            meetingId: string;
            /** @enum {string} */
            status: "scheduled" | "held" | "cancelled";
            title: string;
        };
        MembershipEndingDto: {
            /** @description asked-to-leave: the decision or dispute it rests on */
            basis: components["schemas"]["LeavingBasisDto"] | null;
            corrected: boolean;
            /** @description What a correction names */
            factId: string;
            /** @enum {string} */
            kind: "withdrew" | "asked-to-leave";
            /** @description withdrew: the date notice was given */
            noticeGivenOn: components["schemas"]["PaperDateDto"] | null;
            /** @description The reason given */
            reason: string;
            recorded: components["schemas"]["RecordedFactDto"];
        };
        MembershipPeriodDto: {
            /** @description The admission fact that opened it: what a correction names */
            admissionFactId: string;
            /** @description When the admission was recorded */
            admissionRecorded: components["schemas"]["RecordedFactDto"];
            /** @description True once a correction has changed the admission */
            corrected: boolean;
            ending: components["schemas"]["MembershipEndingDto"] | null;
            /** @description From when it is a partner, as the paper gives it */
            from: components["schemas"]["PaperDateDto"];
            /** @description The first day it is no longer a partner; null while it is one */
            until: components["schemas"]["PaperDateDto"] | null;
        };
        MinutesApprovalDto: {
            /**
             * Format: uuid
             * @description The meeting at which the minutes were approved: only the following meeting of the board may
             */
            approvedAtMeetingId: string;
        };
        MinutesApprovalViewDto: {
            /** Format: uuid */
            approvedAtMeetingId: string;
            approvedOn: string;
        };
        NamedPersonDto: {
            /** @example Dawn Smith */
            name: string;
            /**
             * @description Where the paper gives one
             * @example Chief Officer
             */
            role?: string | null;
        };
        NoticeDto: {
            /**
             * @description Agenda items this many working days before the meeting
             * @example 10
             */
            agendaItemsWorkingDaysBefore: number;
            /**
             * @description Draft minutes circulated within this many working days after the meeting
             * @example 10
             */
            draftMinutesWorkingDaysAfter: number;
            /**
             * @description Papers circulated this many working days before the meeting
             * @example 5
             */
            papersWorkingDaysBefore: number;
        };
        OutcomeDto: {
            /** @description vote: the seats abstaining */
            abstained?: string[];
            /** @description vote: the seats voting against */
            against?: string[];
            /** @description vote: the seats voting for */
            for?: string[];
            /**
             * @description Decided without a vote, or by the votes of the seats named
             * @enum {string}
             */
            kind: "consensus" | "vote";
        };
        OutcomeViewDto: {
            abstained?: string[];
            against?: string[];
            for?: string[];
            /** @enum {string} */
            kind: "consensus" | "vote";
        };
        PaperDateDto: {
            /** @description What the ledger supplied where the paper is silent, and why; null when every part is on the paper */
            assumed: components["schemas"]["DateAssumptionDto"] | null;
            /**
             * @description The paper's words, where they were transcribed
             * @example 25 Aug 2015
             */
            asWritten: string | null;
            /**
             * @description exact (a day), month, year, or not-given
             * @enum {string}
             */
            precision: "exact" | "month" | "year" | "not-given";
            /**
             * @description ISO 8601 at its precision (2015-08-25, 2014-09, 2015); null when not given
             * @example 2015-08-25
             */
            value: string | null;
        };
        PapersDto: {
            /**
             * @description Not later than today (the latest date anywhere on Earth): the date something happened.
             * @example 2015-02-17
             */
            circulatedOn: string;
            /**
             * @description The agenda item the papers are for
             * @example 4
             */
            item: string;
            /** @example Urgent care strategy: options paper */
            title: string;
        };
        PapersViewDto: {
            circulatedOn: string;
            dueBy: string;
            late: boolean;
            title: string;
            /** @description Working days from circulation to the meeting */
            workingDaysBefore: number;
        };
        PartnerViewDto: {
            deputy: components["schemas"]["RepresentativeDto"] | null;
            /** @description Null where the paper names no lead */
            lead: components["schemas"]["RepresentativeDto"] | null;
            /** @description Oldest first: an organisation may leave and join again */
            memberships: components["schemas"]["MembershipPeriodDto"][];
            /** @description As the paper writes it */
            name: string;
            /**
             * @description On the date asked: a member, or its dates leave it undetermined (always member without ?asOf=)
             * @enum {string}
             */
            onDate: "member" | "undetermined";
            /** @example kent-county-council */
            organisationId: string;
            /**
             * @description As the paper gives it; not-given where it gives none
             * @enum {string}
             */
            organisationType: "clinical-commissioning-group" | "nhs-trust" | "foundation-trust" | "primary-care-trust" | "local-authority" | "gp-federation" | "local-medical-committee" | "ambulance-service" | "healthwatch" | "voluntary-or-community-organisation" | "community-interest-company" | "provider" | "nhs-england" | "not-given";
        };
        PhraseReplacementCountDto: {
            /** @example patient */
            find: string;
            /** @description How many times it was replaced */
            occurrences: number;
            /** @example citizen */
            replaceWith: string;
        };
        PhraseReplacementDto: {
            /** @example patient */
            find: string;
            /** @example citizen */
            replaceWith: string;
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        ProblemDetails: {
            /** @description The request's X-Correlation-Id: quote it when reporting a problem */
            correlationId?: string;
            /** @description 409: the stream's revision now */
            currentRevision?: number | null;
            detail: string;
            /** @description 400: each failing field and what is wrong with it */
            errors?: {
                field: string;
                message: string;
            }[];
            /** @description 503: that event's type */
            eventType?: string;
            /** @description The request path */
            instance?: string;
            /** @description 413: the largest upload, or append, accepted (null when the event store does not say) */
            limitBytes?: number | null;
            /** @description 503: that event's revision */
            revision?: number;
            /** @description 422: the domain rule that refused the command */
            rule?: string;
            status: number;
            /** @description 503: the stream holding an event this version does not know */
            streamId?: string;
            title: string;
            /** @example urn:compact-ledger:problem:validation-failed */
            type: string;
        };
        ProjectionErrorDto: {
            /** Format: date-time */
            at: string;
            message: string;
        };
        ProjectionHealthDto: {
            /** @description Whether it has caught up with the log since it started */
            caughtUp: boolean;
            /** @description Why it is failing now, if it is */
            error: string | null;
            /** @description How many positions it is behind the head of the log */
            lag: number;
            /** @description The last failure it met, kept once it has recovered */
            lastError: components["schemas"]["ProjectionErrorDto"] | null;
            /** @example compact_state_v1 */
            name: string;
            /** @description The last position applied */
            position: number;
        };
        PublishVersionDto: {
            /** @description Amendment (instead of sections): new sections */
            add?: components["schemas"]["SectionDto"][];
            /** @description The date on the paper, with its precision (a version table's "27.2" with the year the ledger assumed, in the object form) */
            dated: string | {
                assumed?: {
                    /** @description What the assumption rests on */
                    basis: string;
                    /** @description For a date not given (value null): the days it must lie between */
                    between?: {
                        /** Format: date */
                        earliest: string;
                        /** Format: date */
                        latest: string;
                    } | null;
                    /** @description The parts of value that are the ledger's, not the paper's */
                    parts?: ("year" | "month" | "day")[];
                } | null;
                /**
                 * @description The paper's words
                 * @example 25 Aug 2015
                 */
                asWritten?: string | null;
                /**
                 * @description Optional: the form of value gives it
                 * @enum {string}
                 */
                precision?: "exact" | "month" | "year" | "not-given";
                /** @description Null where the paper gives no date */
                value: string | null;
            };
            /** @description With a whole version: what its note says it changed, in a form a diff can show */
            describedChanges?: components["schemas"]["DescribedChangesDto"] | null;
            /**
             * @description Greater than the last: 1, 1.1, 2.0 ... (a leading V is dropped)
             * @example 6.0
             */
            label: string;
            /**
             * @description What changed and why; null only for a first version the paper gives no note
             * @example Amendments following CE meeting on the 26 February, to include changing the word "patient" to "citizen".
             */
            note: string | null;
            /** @description Amendment (instead of sections): numbers of sections removed */
            remove?: string[];
            /** @description Amendment (instead of sections): sections whose text is replaced */
            replace?: components["schemas"]["SectionDto"][];
            /** @description Amendment (instead of sections): whole-word replacements across the text */
            replacePhrases?: components["schemas"]["PhraseReplacementDto"][];
            /** @description The whole text of a version, in the paper's order; null for a version the paper lists but whose text it does not carry (000's V1 to V5.0). Give either sections, or one or more of replace, add, remove and replacePhrases (an amendment of the current version): one or the other is required, never both. */
            sections?: components["schemas"]["SectionDto"][] | null;
        };
        QuarterlyReportDto: {
            /** Format: uuid */
            compactId: string;
            /** @example 2017-18-Q2 */
            quarter: string;
            rows: components["schemas"]["QuarterlyReportRowDto"][];
        };
        QuarterlyReportRowDto: {
            /** @description value - previousValue */
            change: number | null;
            /** @description The value was corrected after it was first recorded */
            corrected: boolean;
            /** @enum {string|null} */
            direction: "higher-is-better" | "lower-is-better" | null;
            measureId: string;
            name: string;
            note: string | null;
            previousQuarter: string;
            previousValue: number | null;
            quarter: string;
            /** @enum {string|null} */
            trend: "improving" | "worsening" | "unchanged" | null;
            unit: string;
            value: number | null;
            /** @description The same quarter a year before */
            yearBefore: string;
            yearBeforeValue: number | null;
        };
        QuorumCountDto: {
            /** @description Voting seats present (lead or deputy), less those excluded for an interest where counted for an item */
            counted: number;
            needed: number;
            quorate: boolean;
            /** @example 70% */
            rule: string;
            votingSeats: number;
        };
        QuorumDto: {
            /** @example 10 */
            denominator: number;
            /**
             * @description The quorum is numerator/denominator of the voting seats: 70% is 7/10
             * @example 7
             */
            numerator: number;
        };
        RaiseDisputeDto: {
            about: components["schemas"]["DisputeSubjectDto"][];
            /**
             * @example [
             *       "nottingham-university-hospitals"
             *     ]
             */
            against: string[];
            /** Format: uuid */
            compactId: string;
            /**
             * @description The organisation raising it: a partner raises for its own organisation only
             * @example nottingham-city-ccg
             */
            raisedBy: string;
            /**
             * @description Not later than today (the latest date anywhere on Earth): the date something happened.
             * @example 2017-09-01
             */
            raisedOn: string;
            /** @example Quarterly system measures not shared with partner boards */
            summary: string;
        };
        RebuildResultDto: {
            /** @example compact_state_v1 */
            name: string;
            /** @description The position it has caught up to */
            position: number;
            /** @description How long the rebuild took, in milliseconds */
            tookMs: number;
        };
        RecordedEventDto: {
            /** @description The event's facts, as hashed */
            data: {
                [key: string]: unknown;
            };
            metadata: components["schemas"]["EventEnvelopeDto"];
            /** @description Its place in the whole log */
            position: number;
            /** @description Its place in its stream, from 0 */
            revision: number;
            /** @example compact-01a2360d-ee2f-75aa-8d25-8755442c02e7 */
            streamId: string;
            /** @example PartnerSigned */
            type: string;
        };
        RecordedFactDto: {
            position: number;
            /** Format: date-time */
            recordedAt: string;
            recordedBy: components["schemas"]["ActorDto"];
        };
        RefusedConsequenceDto: {
            /** Format: date-time */
            at: string;
            attempts: number;
            /** Format: uuid */
            causeEventId: string;
            decision: string;
            detail: string;
            /** @description The rule of the stream that refused it */
            rule: string | null;
            /** @enum {string} */
            status: "recorded" | "refused";
            streamId: string;
        };
        RegisterRowDto: {
            /** @description What the ledger took that the paper does not plainly say */
            assumption: string | null;
            contentHash: string;
            corrected: boolean;
            /** @description The signature's fact id (what a correction names); null for an unsigned slot */
            factId: string | null;
            /** @description The organisation's name */
            organisation: string;
            organisationId: string;
            /**
             * Format: date-time
             * @description When the ledger recorded it
             */
            recordedAt: string | null;
            signatory: components["schemas"]["RepresentativeDto"] | null;
            /** @description The date on the paper, with its precision */
            signedOn: components["schemas"]["PaperDateDto"] | null;
            /** @description What signing signifies, where the paper says */
            signifies: string[];
            /** @enum {string} */
            status: "signed" | "not-signed";
            versionLabel: string;
        };
        ReplayStepDto: {
            /** @description The event's facts, as hashed */
            data: {
                [key: string]: unknown;
            };
            metadata: components["schemas"]["EventEnvelopeDto"];
            revision: number;
            /** @description The dispute as it stood after this event (the shape of GET /disputes/{id}) */
            state: {
                [key: string]: unknown;
            };
            /** @example DisputeEscalated */
            type: string;
        };
        RepresentativeDto: {
            /** @example Hazel Carpenter */
            name: string;
            /**
             * @description Null where the paper gives no role
             * @example Accountable Officer
             */
            role: string | null;
        };
        ReservedMatterDto: {
            bases: ("capital" | "annual-revenue")[];
            /** @description In the paper's words */
            description: string;
            directions: ("investment" | "disinvestment")[];
            /** @example 2017-04-01 */
            effectiveFrom: string;
            /** @example significant-investment-or-disinvestment */
            matterId: string;
            /**
             * @description Decisions over (not at) this many whole pounds
             * @example 250000
             */
            thresholdPounds: number;
        };
        ReservedMatterRefDto: {
            matterId: string;
            thresholdPounds: number;
        };
        ResolutionDto: {
            /** @description Every party */
            agreedBy: string[];
            /**
             * @description Not later than today (the latest date anywhere on Earth): the date something happened.
             * @example 2017-12-01
             */
            resolvedOn: string;
            /** @example Measures shared monthly from January; reviewed at the Transformation Board */
            terms: string;
        };
        ScheduleMeetingDto: {
            /**
             * Format: uuid
             * @description The board that meets
             */
            boardId: string;
            /**
             * @description May lie ahead: notice deadlines are counted back from it in working days
             * @example 2015-02-24
             */
            meetingDate: string;
            /** @example South Nottinghamshire Transformation Board, February 2015 */
            title: string;
        };
        SeatAttendanceDto: {
            /** @description Who attended: the named lead or deputy */
            person: string | null;
            seatId: string;
            /** @enum {string} */
            status: "lead-present" | "deputy-present" | "apologies" | "absent";
            voting: boolean;
        };
        SeatAttendanceTotalDto: {
            absent: number;
            apologies: number;
            /** @description Lead or deputy: the partner attended either way */
            attended: number;
            /** @description The named deputy attending in the absence of the named lead */
            deputyPresent: number;
            leadPresent: number;
            /** @description Meetings held in the period at which the seat existed */
            meetings: number;
            seatId: string;
            title: string;
            voting: boolean;
        };
        SeatDto: {
            /** @description The named deputy, who attends in the absence of the lead */
            deputy?: components["schemas"]["NamedPersonDto"] | null;
            /** @enum {string} */
            kind: "chair" | "citizen-representative" | "partner" | "programme" | "other";
            /** @description The named lead; null while the paper says "Tbc" */
            lead?: components["schemas"]["NamedPersonDto"] | null;
            /**
             * @description The partner the seat is for (kind partner)
             * @example nhs-nottingham-city-ccg
             */
            organisationId?: string | null;
            /**
             * @description Unique on the board
             * @example nhs-nottingham-city-ccg
             */
            seatId: string;
            /**
             * @description As the paper names the row
             * @example NHS Nottingham City CCG
             */
            title: string;
            /** @description Members vote and count towards the quorum; those in attendance do neither */
            voting: boolean;
        };
        SectionComparisonDto: {
            /** @enum {string} */
            change: "added" | "removed" | "changed";
            heading: components["schemas"]["HeadingChangeDto"];
            /** @example 2.4 */
            number: string;
            /** @description Word by word, for a changed section's text */
            words: components["schemas"]["WordChangeDto"][] | null;
        };
        SectionDto: {
            /** @example Vision/Strategy */
            heading?: string | null;
            /**
             * @description How the section is cited: 2.4, 4.2 1, Commitment 3, Appendix 1, 4 (one line, at most 200 characters)
             * @example 2.4
             */
            number: string;
            text: string;
        };
        SectionReferenceDto: {
            /**
             * @description The note's words
             * @example new section 3.9
             */
            asWritten: string;
            /**
             * @description number: the note gives it; heading: a heading matches; heading-words: a heading holding the same words (the ledger's reading)
             * @enum {string}
             */
            resolvedBy: "number" | "heading" | "heading-words";
            /**
             * @description The section it is, as the text the paper carries numbers it
             * @example 3.9
             */
            section: string;
        };
        SetTermDto: {
            decisionReference?: string | null;
            /**
             * @description 002: "for the next 24 months"
             * @example 24
             */
            durationMonths?: number | null;
            /** @description The date the term runs from (003: "2015", to the year); null: from coming into force */
            effectiveFrom?: (string | {
                assumed?: {
                    /** @description What the assumption rests on */
                    basis: string;
                    /** @description For a date not given (value null): the days it must lie between */
                    between?: {
                        /** Format: date */
                        earliest: string;
                        /** Format: date */
                        latest: string;
                    } | null;
                    /** @description The parts of value that are the ledger's, not the paper's */
                    parts?: ("year" | "month" | "day")[];
                } | null;
                /**
                 * @description The paper's words
                 * @example 25 Aug 2015
                 */
                asWritten?: string | null;
                /**
                 * @description Optional: the form of value gives it
                 * @enum {string}
                 */
                precision?: "exact" | "month" | "year" | "not-given";
                /** @description Null where the paper gives no date */
                value: string | null;
            }) | null;
            /** @description The last day of the term (003: "2018", to the year) */
            expiresOn?: (string | {
                assumed?: {
                    /** @description What the assumption rests on */
                    basis: string;
                    /** @description For a date not given (value null): the days it must lie between */
                    between?: {
                        /** Format: date */
                        earliest: string;
                        /** Format: date */
                        latest: string;
                    } | null;
                    /** @description The parts of value that are the ledger's, not the paper's */
                    parts?: ("year" | "month" | "day")[];
                } | null;
                /**
                 * @description The paper's words
                 * @example 25 Aug 2015
                 */
                asWritten?: string | null;
                /**
                 * @description Optional: the form of value gives it
                 * @enum {string}
                 */
                precision?: "exact" | "month" | "year" | "not-given";
                /** @description Null where the paper gives no date */
                value: string | null;
            }) | null;
            /**
             * @description all-partners-signed, or explicit-decision
             * @enum {string}
             */
            inForceRule: "all-partners-signed" | "explicit-decision";
            /** @description The date on the paper, with its precision */
            refreshDueBy?: (string | {
                assumed?: {
                    /** @description What the assumption rests on */
                    basis: string;
                    /** @description For a date not given (value null): the days it must lie between */
                    between?: {
                        /** Format: date */
                        earliest: string;
                        /** Format: date */
                        latest: string;
                    } | null;
                    /** @description The parts of value that are the ledger's, not the paper's */
                    parts?: ("year" | "month" | "day")[];
                } | null;
                /**
                 * @description The paper's words
                 * @example 25 Aug 2015
                 */
                asWritten?: string | null;
                /**
                 * @description Optional: the form of value gives it
                 * @enum {string}
                 */
                precision?: "exact" | "month" | "year" | "not-given";
                /** @description Null where the paper gives no date */
                value: string | null;
            }) | null;
        };
        SignatureDto: {
            /** @description What the ledger takes that the paper does not plainly say (003: SECAMB's "Signed" place is blank, its name and date written) */
            assumption?: string | null;
            /** @description The content hash of the version's text the signatory signed */
            contentHash: string;
            /** @example south-kent-coast-ccg */
            organisationId: string;
            signatory: components["schemas"]["RepresentativeDto"];
            /** @description The date on the paper, with its precision. Not later than today (the latest date anywhere on Earth): the date something happened. */
            signedOn: string | {
                assumed?: {
                    /** @description What the assumption rests on */
                    basis: string;
                    /** @description For a date not given (value null): the days it must lie between */
                    between?: {
                        /** Format: date */
                        earliest: string;
                        /** Format: date */
                        latest: string;
                    } | null;
                    /** @description The parts of value that are the ledger's, not the paper's */
                    parts?: ("year" | "month" | "day")[];
                } | null;
                /**
                 * @description The paper's words
                 * @example 25 Aug 2015
                 */
                asWritten?: string | null;
                /**
                 * @description Optional: the form of value gives it
                 * @enum {string}
                 */
                precision?: "exact" | "month" | "year" | "not-given";
                /** @description Null where the paper gives no date */
                value: string | null;
            };
            /** @description What signing signifies (001 section 9); empty where the paper does not say */
            signifies: ("supports-strategic-direction" | "agrees-principles" | "agrees-work-programme-and-leadership" | "agrees-quarterly-system-measures")[];
            /** @example 1.0 */
            versionLabel: string;
        };
        SignInOptionsDto: {
            /**
             * @description With oidc: the audience the access token must be issued for (the resource to ask for)
             * @example compact-ledger
             */
            audience?: string;
            /**
             * @description With oidc: the web app's public client id at the provider (authorisation code with PKCE, redirect URI <origin>/app/signed-in), or null when none is configured (then only a pasted token signs in)
             * @example compact-ledger-web
             */
            clientId?: string | null;
            /**
             * @description With oidc: the provider's issuer, where its /.well-known/openid-configuration is
             * @example https://login.example.org
             */
            issuer?: string;
            /**
             * @description embedded: the ledger signs its own tokens (npx compact-ledger token); oidc: an identity provider issues them
             * @enum {string}
             */
            mode: "embedded" | "oidc";
        };
        StorageFaultDto: {
            /**
             * Format: date-time
             * @description When it was first seen
             */
            at: string;
            detail: string;
            /** @enum {string} */
            kind: "disk-full" | "read-only" | "file-gone" | "io-error" | "unreachable";
        };
        StoreHealthDto: {
            appends: components["schemas"]["AppendsStatusDto"];
            /** @description The hash-chain check of the log (the SQLite store) */
            chain?: components["schemas"]["ChainStatusDto"];
            /** @description Why the store cannot be read */
            detail?: string;
            /** @description Global position of the newest event */
            headPosition: number;
            /** @enum {string} */
            kind: "sqlite" | "esdb";
            /** @description The last storage fault seen, kept once cleared */
            lastFault: components["schemas"]["StorageFaultDto"] | null;
            readable: boolean;
        };
        StreamHeadEvidenceDto: {
            /** @description The checkpoint (C2SP tlog-checkpoint, a signed note), as GET /ledger/checkpoint?size= gives it */
            checkpoint: string;
            /** @description C2SP tlog-proof that the head event is in the checkpoint */
            headProof: string;
            /** @description A signed note (compact-ledger stream head v1): the log, the checkpoint's size and root, and the stream's event count, head revision, head position and head hash at it; signed with the log key */
            streamHead: string;
        };
        SupersessionDto: {
            /** @description A board decision as meeting/<meetingId>/decisions/<decisionId> (which must exist), or the paper's words */
            decisionReference?: string | null;
            /** @description The date on the paper, with its precision */
            effectiveOn: string | {
                assumed?: {
                    /** @description What the assumption rests on */
                    basis: string;
                    /** @description For a date not given (value null): the days it must lie between */
                    between?: {
                        /** Format: date */
                        earliest: string;
                        /** Format: date */
                        latest: string;
                    } | null;
                    /** @description The parts of value that are the ledger's, not the paper's */
                    parts?: ("year" | "month" | "day")[];
                } | null;
                /**
                 * @description The paper's words
                 * @example 25 Aug 2015
                 */
                asWritten?: string | null;
                /**
                 * @description Optional: the form of value gives it
                 * @enum {string}
                 */
                precision?: "exact" | "month" | "year" | "not-given";
                /** @description Null where the paper gives no date */
                value: string | null;
            };
            reason: string;
            /**
             * Format: uuid
             * @description The compact that replaces this one: it must have been drafted (422 referenced-compact-not-found)
             */
            successorCompactId: string;
        };
        TargetAsOfDto: {
            daysOverdue: number | null;
            /** @description The due date in effect on the date */
            dueOn: string | null;
            metOn: string | null;
            /** @description Not met and past due on the date */
            overdue: boolean;
            revisions: components["schemas"]["TargetRevisionViewDto"][];
            /** @enum {string} */
            status: "open" | "met" | "missed";
            /** @description Every step recorded on or before the date */
            steps: components["schemas"]["TargetStepDto"][];
            /** @example 3.1 */
            targetId: string;
            text: string;
            /** @example by June 2017 */
            wording: string;
        };
        TargetDto: {
            /**
             * @description The date it is overdue after; null where the paper gives none
             * @example 2017-06-30
             */
            dueOn?: string | null;
            /**
             * @description As the paper numbers it; unique in the programme
             * @example 3.1
             */
            targetId: string;
            /** @description In the paper's words */
            text: string;
            /**
             * @description The paper's words for the date, and how the ledger read them where it had to
             * @example by June 2017
             */
            wording: string;
        };
        TargetMetDto: {
            /**
             * @description Not later than today (the latest date anywhere on Earth): the date something happened.
             * @example 2017-06-28
             */
            metOn: string;
            /** @example Each organisation’s programme shared at the Partnership Board */
            note: string;
        };
        TargetMissedDto: {
            reason: string;
            /**
             * @description After the target’s due date. Not later than today (the latest date anywhere on Earth): the date something happened.
             * @example 2018-01-02
             */
            recordedOn: string;
        };
        TargetRevisionDto: {
            /** @example 2018-03-31 */
            newDueOn: string;
            /** @example by March 2018 */
            newWording: string;
            reason: string;
            /**
             * @description Not later than today (the latest date anywhere on Earth): the date something happened.
             * @example 2018-01-16
             */
            revisedOn: string;
        };
        TargetRevisionViewDto: {
            newDueOn: string;
            previousDueOn: string | null;
            reason: string;
            revisedOn: string;
        };
        TargetStepDto: {
            /** @enum {string} */
            kind: "met" | "missed" | "revised";
            newDueOn?: string;
            newWording?: string;
            note?: string;
            on: string;
            previousDueOn?: string | null;
            reason?: string;
        };
        TermDto: {
            /** @description True once a correction has changed it */
            corrected: boolean;
            decisionReference: string | null;
            durationMonths: number | null;
            /** @description The date the term runs from; null: from coming into force */
            effectiveFrom: components["schemas"]["PaperDateDto"] | null;
            /** @description The last day of the term */
            expiresOn: components["schemas"]["PaperDateDto"] | null;
            /** @description What a correction names */
            factId: string;
            /** @enum {string} */
            inForceRule: "all-partners-signed" | "explicit-decision";
            recorded: components["schemas"]["RecordedFactDto"];
            refreshDueBy: components["schemas"]["PaperDateDto"] | null;
        };
        TerminationDto: {
            /** @description A board decision as meeting/<meetingId>/decisions/<decisionId> (which must exist), or the paper's words */
            decisionReference?: string | null;
            /** @description The date on the paper, with its precision */
            effectiveOn: string | {
                assumed?: {
                    /** @description What the assumption rests on */
                    basis: string;
                    /** @description For a date not given (value null): the days it must lie between */
                    between?: {
                        /** Format: date */
                        earliest: string;
                        /** Format: date */
                        latest: string;
                    } | null;
                    /** @description The parts of value that are the ledger's, not the paper's */
                    parts?: ("year" | "month" | "day")[];
                } | null;
                /**
                 * @description The paper's words
                 * @example 25 Aug 2015
                 */
                asWritten?: string | null;
                /**
                 * @description Optional: the form of value gives it
                 * @enum {string}
                 */
                precision?: "exact" | "month" | "year" | "not-given";
                /** @description Null where the paper gives no date */
                value: string | null;
            };
            reason: string;
        };
        TermsOfReferenceDto: {
            /** @example 2014-09-30 */
            effectiveOn: string;
            /**
             * @description The board meets every so many months; null where the paper sets none
             * @example 1
             */
            meetingEveryMonths?: number | null;
            notice: components["schemas"]["NoticeDto"];
            quorum: components["schemas"]["QuorumDto"];
            /** @description Matters that must come to this board */
            reservedMatters?: components["schemas"]["ReservedMatterDto"][];
            /**
             * @description Reviewed every so many months; null where the paper sets none
             * @example 12
             */
            reviewEveryMonths?: number | null;
            /** @description Members (voting) and those in attendance (not voting), in the paper’s order */
            seats: components["schemas"]["SeatDto"][];
            /** @example Appendix 1 to the Compact: South Nottinghamshire Transformation Board Terms of Reference, September 2014 */
            source: string;
            /** @example 1 */
            version: string;
        };
        TransparencyLogKeyDto: {
            /** @description Whether this ledger keeps the log (false on EventStoreDB: its transparency routes answer 501) */
            available: boolean;
            /**
             * @description The log's name: the origin line of its checkpoints
             * @example ledger.example.org/compacts
             */
            origin: string;
            /**
             * @description The log key in C2SP signed-note verifier form (<name>+<key id>+base64(0x01 || Ed25519 public key)): what verify.mjs --key takes
             * @example ledger.example.org/compacts+1a2b3c4d+AbC...
             */
            verifierKey: string;
        };
        UndeterminedFactDto: {
            date: components["schemas"]["PaperDateDto"];
            /** @example version 1 dated */
            fact: string;
            factId: string | null;
        };
        VersionComparisonDto: {
            /** @description For each version after from up to to: what its note says it changed */
            described: components["schemas"]["DescribedVersionDto"][];
            from: components["schemas"]["VersionReferenceDto"];
            sections: components["schemas"]["SectionComparisonDto"][];
            /** @description False where either version's text is not recorded: sections and unchanged are then empty, and described says what the notes say */
            textCompared: boolean;
            to: components["schemas"]["VersionReferenceDto"];
            /** @description The references of the sections left as they were */
            unchanged: string[];
        };
        VersionDto: {
            /** @description For an amendment of the text, what it changed; null for a whole text */
            amendment: components["schemas"]["AmendmentSummaryDto"] | null;
            /** @description SHA-256 of the RFC 8785 text of {label, sections}: what a signature names; null without the text */
            contentHash: string | null;
            /** @description True once a correction has changed its date or note */
            corrected: boolean;
            /** @description The date on the paper, with its precision and what the ledger assumed */
            dated: components["schemas"]["PaperDateDto"];
            /** @description What the version's note says it changed, where the paper says (000's V4.0: 2.4 and 4.1 amended, 3.9 added) */
            describedChanges: components["schemas"]["DescribedChangesDto"] | null;
            /** @description What a correction of its date or note names */
            factId: string;
            /** @example 6.0 */
            label: string;
            /** @description What changed and why; null where the paper gives no note */
            note: string | null;
            /** @description Global position of the event that published it */
            position: number;
            /** Format: date-time */
            recordedAt: string;
            recordedBy: components["schemas"]["ActorDto"];
            /** @description In the paper's order; null where the paper does not carry the text */
            sections: components["schemas"]["VersionSectionDto"][] | null;
        };
        VersionReferenceDto: {
            contentHash: string | null;
            label: string;
        };
        VersionSectionDto: {
            heading: string | null;
            /** @example 2.4 */
            number: string;
            text: string;
        };
        WithdrawalDto: {
            /** @description The date on the paper, with its precision */
            effectiveOn: string | {
                assumed?: {
                    /** @description What the assumption rests on */
                    basis: string;
                    /** @description For a date not given (value null): the days it must lie between */
                    between?: {
                        /** Format: date */
                        earliest: string;
                        /** Format: date */
                        latest: string;
                    } | null;
                    /** @description The parts of value that are the ledger's, not the paper's */
                    parts?: ("year" | "month" | "day")[];
                } | null;
                /**
                 * @description The paper's words
                 * @example 25 Aug 2015
                 */
                asWritten?: string | null;
                /**
                 * @description Optional: the form of value gives it
                 * @enum {string}
                 */
                precision?: "exact" | "month" | "year" | "not-given";
                /** @description Null where the paper gives no date */
                value: string | null;
            };
            /** @description The date on the paper, with its precision. Not later than today (the latest date anywhere on Earth): the date something happened. */
            noticeGivenOn: string | {
                assumed?: {
                    /** @description What the assumption rests on */
                    basis: string;
                    /** @description For a date not given (value null): the days it must lie between */
                    between?: {
                        /** Format: date */
                        earliest: string;
                        /** Format: date */
                        latest: string;
                    } | null;
                    /** @description The parts of value that are the ledger's, not the paper's */
                    parts?: ("year" | "month" | "day")[];
                } | null;
                /**
                 * @description The paper's words
                 * @example 25 Aug 2015
                 */
                asWritten?: string | null;
                /**
                 * @description Optional: the form of value gives it
                 * @enum {string}
                 */
                precision?: "exact" | "month" | "year" | "not-given";
                /** @description Null where the paper gives no date */
                value: string | null;
            };
            reason: string;
        };
        WitnessHealthDto: {
            /** @description Events in the newest checkpoint beyond what it cosigned */
            behind: number | null;
            /**
             * Format: date-time
             * @description When it cosigned it (its timestamp)
             */
            cosignedAt: string | null;
            /** @description Size of the last checkpoint it cosigned */
            cosignedSize: number | null;
            /** @description Its last failure or alarm */
            lastError: string | null;
            /** Format: date-time */
            lastErrorAt: string | null;
            /**
             * @description The witness's name (its key's)
             * @example witness.kent-county-council.example
             */
            name: string;
            /**
             * Format: date-time
             * @description When it will be asked again after a failure
             */
            retryAt: string | null;
            /**
             * @description cosigned: its last answer was a cosignature; unreachable: no answer in time; refused: another refusal (a configuration to fix); inconsistent: it found a checkpoint inconsistent with what it cosigned before (422), an alarm; ahead: it has cosigned more of the log than the log now holds, an alarm
             * @enum {string}
             */
            state: "waiting" | "cosigned" | "unreachable" | "refused" | "inconsistent" | "ahead";
            /**
             * @description Its submission prefix
             * @example http://witness.kent-county-council.example:7380
             */
            url: string;
        };
        WordChangeDto: {
            /** @enum {string} */
            change: "same" | "added" | "removed";
            text: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AdminController_rebuild: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The read model was dropped and replayed from position 0; it has caught up with the log. Events are not touched. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RebuildResultDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The events are larger than the event store's append limit (`limitBytes`, null when the store does not say) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A ledger rule refused the command: named in `rule` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SignInController_options: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Public: the sign-in page reads it before anyone has a token. Names no secret. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInOptionsDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The store or the data files are unavailable, or the read models have not reached ?minPosition= in time (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReadBoardsController_list: {
        parameters: {
            query?: {
                /** @description The next page: the boards established after this one */
                after?: string;
                /** @description Only this compact's boards */
                compactId?: string;
                /** @description At most this many; the next page is in the Link header */
                limit?: number;
                /** @description Wait until the read models include the event at this global position (from a command response); decimal digits only. Beyond the end of the log it is 400. */
                minPosition?: number;
            };
            header?: {
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Boards in the order established; the next page in the Link header */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoardSummaryDto"][];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The store or the data files are unavailable, or the read models have not reached ?minPosition= in time (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    EstablishBoardController_establish: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EstablishBoardDto"];
            };
        };
        responses: {
            /** @description BoardEstablished; Location names the new board */
            201: {
                headers: {
                    /** @description The stream revision after the command, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No compact with that compactId */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The events are larger than the event store's append limit (`limitBytes`, null when the store does not say) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A ledger rule refused the command: named in `rule` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReadBoardsController_get: {
        parameters: {
            query?: {
                /** @description The date the terms in force are for (default today) */
                asOf?: string;
                /** @description Wait until the read models include the event at this global position (from a command response); decimal digits only. Beyond the end of the log it is 400. */
                minPosition?: number;
            };
            header?: {
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every version of its terms of reference, and the one in force on ?asOf= (default today) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoardDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The store or the data files are unavailable, or the read models have not reached ?minPosition= in time (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReadBoardsController_attendance: {
        parameters: {
            query?: {
                /** @description Meetings held on or after (default: the board’s establishment) */
                from?: string;
                /** @description Wait until the read models include the event at this global position (from a command response); decimal digits only. Beyond the end of the log it is 400. */
                minPosition?: number;
                /** @description Meetings held on or before (default today) */
                to?: string;
            };
            header?: {
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Per seat: meetings, lead present, deputy present (counted as attending), apologies, absent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceReportDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The store or the data files are unavailable, or the read models have not reached ?minPosition= in time (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReadBoardsController_decisions: {
        parameters: {
            query?: {
                /** @description The next page: the decisions after this one */
                after?: string;
                /** @description Decisions at meetings on or after */
                from?: string;
                /** @description At most this many; the next page is in the Link header */
                limit?: number;
                /** @description Wait until the read models include the event at this global position (from a command response); decimal digits only. Beyond the end of the log it is 400. */
                minPosition?: number;
                /** @description Decisions at meetings on or before */
                to?: string;
            };
            header?: {
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Each decision: meeting, item, quorum count, who was excluded and why, the value, and what followed. A mediator sees those resolving its disputes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionLogEntryDto"][];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The store or the data files are unavailable, or the read models have not reached ?minPosition= in time (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReadBoardsController_interests: {
        parameters: {
            query?: {
                /** @description The next page: the entries after this declaration */
                after?: string;
                /** @description The register as at this date: declarations made on or before it (default today) */
                asOf?: string;
                /** @description At most this many; the next page is in the Link header */
                limit?: number;
                /** @description Wait until the read models include the event at this global position (from a command response); decimal digits only. Beyond the end of the log it is 400. */
                minPosition?: number;
                /** @description Only this organisation's declarations */
                organisationId?: string;
                /** @description Only this person's declarations */
                person?: string;
            };
            header?: {
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description By person then date, each entry with the meeting, items and decisions it affected. A partner sees its own organisation’s entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterestEntryDto"][];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The store or the data files are unavailable, or the read models have not reached ?minPosition= in time (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AdoptTermsOfReferenceController_adopt: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The stream revision this command expects, as a read's ETag gave it ("3"), or *; another is 409 */
                "If-Match"?: string;
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TermsOfReferenceDto"];
            };
        };
        responses: {
            /** @description TermsOfReferenceAdopted: seats with lead and deputy, quorum, notice in working days, reserved matters */
            201: {
                headers: {
                    /** @description The stream revision after the command, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The events are larger than the event store's append limit (`limitBytes`, null when the store does not say) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A ledger rule refused the command: named in `rule` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReadCompactsController_list: {
        parameters: {
            query?: {
                /** @description The next page: the compacts drafted after this one (the last of the previous page) */
                after?: string;
                /** @description How a date known only to a span (a month, a year, or bounds the ledger assumed) counts on the effective axis. none (the default): a fact counts as having happened on the date only if every day it may fall on is on or before it, and as not yet having happened only if every such day is after it; what is neither is left out and listed under undetermined (a compact in force "from 2015" is not in force on 2015-01-01). earliest / latest: every such date is placed on the first / last of its days. A date not given and not bounded is placed by none. Dates the ledger assumed (marked assumed, with their basis) count as the record holds them. */
                assume?: "none" | "earliest" | "latest";
                /** @description At most this many compacts */
                limit?: number;
                /** @description Wait until the read models include the event at this global position (from a command response); decimal digits only. Beyond the end of the log it is 400. */
                minPosition?: number;
                /** @description The date each compact's status is given for (default today) */
                on?: string;
                /** @description Only the compacts with this status on the date (?on=, default today) */
                status?: "draft" | "open-for-signature" | "in-force" | "refresh-overdue" | "expired" | "superseded" | "terminated";
            };
            header?: {
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The compacts in the order drafted, each with its status on the date (?on=, default today), a page at a time (?limit=, ?after=; a Link header with rel="next" when more follow) */
            200: {
                headers: {
                    /** @description The next page (RFC 8288): <...>; rel="next" */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompactSummaryDto"][];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The store or the data files are unavailable, or the read models have not reached ?minPosition= in time (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DraftCompactController_draft: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DraftCompactDto"];
            };
        };
        responses: {
            /** @description CompactDrafted recorded */
            201: {
                headers: {
                    /** @description The stream revision after the command, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The events are larger than the event store's append limit (`limitBytes`, null when the store does not say) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A ledger rule refused the command: named in `rule` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReadCompactsController_get: {
        parameters: {
            query?: {
                /** @description A real date (2018-04-01) or a date-time with its offset (2026-03-03T10:00:00Z) */
                asOf?: string;
                /** @description How a date known only to a span (a month, a year, or bounds the ledger assumed) counts on the effective axis. none (the default): a fact counts as having happened on the date only if every day it may fall on is on or before it, and as not yet having happened only if every such day is after it; what is neither is left out and listed under undetermined (a compact in force "from 2015" is not in force on 2015-01-01). earliest / latest: every such date is placed on the first / last of its days. A date not given and not bounded is placed by none. Dates the ledger assumed (marked assumed, with their basis) count as the record holds them. */
                assume?: "none" | "earliest" | "latest";
                /** @description effective: what was true in the world on that date, as the ledger knows it now; recorded: what the ledger showed at that moment, before later corrections */
                axis?: "effective" | "recorded";
                /** @description Wait until the read models include the event at this global position (from a command response); decimal digits only. Beyond the end of the log it is 400. */
                minPosition?: number;
            };
            header?: {
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The compact on a date (?asOf=, default today) on either clock (?axis=effective|recorded), its uncertain dates placed as ?assume= says: status, current version, term, in-force records, partners, and the facts left undetermined */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompactViewDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The store or the data files are unavailable, or the read models have not reached ?minPosition= in time (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReadProgrammeController_commitments: {
        parameters: {
            query?: {
                /** @description The programme as at this date (default today) */
                asOf?: string;
                /** @description Wait until the read models include the event at this global position (from a command response); decimal digits only. Beyond the end of the log it is 400. */
                minPosition?: number;
                /** @description Only the targets overdue on the date */
                overdue?: "true" | "false";
            };
            header?: {
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Each commitment made by the date, each target as it stood then: open, met or missed, overdue or not */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JointProgrammeDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The store or the data files are unavailable, or the read models have not reached ?minPosition= in time (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DefineCommitmentController_define: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The stream revision this command expects, as a read's ETag gave it ("3"), or *; another is 409 */
                "If-Match"?: string;
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommitmentDto"];
            };
        };
        responses: {
            /** @description CommitmentDefined (JointProgrammeStarted before the first); the id is the compact’s */
            201: {
                headers: {
                    /** @description The stream revision after the command, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No compact with that id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The events are larger than the event store's append limit (`limitBytes`, null when the store does not say) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A ledger rule refused the command: named in `rule` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RecordTargetMetController_met: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The stream revision this command expects, as a read's ETag gave it ("3"), or *; another is 409 */
                "If-Match"?: string;
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
                /** @description The target as the paper numbers it */
                targetId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TargetMetDto"];
            };
        };
        responses: {
            /** @description TargetMet */
            201: {
                headers: {
                    /** @description The stream revision after the command, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The events are larger than the event store's append limit (`limitBytes`, null when the store does not say) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A ledger rule refused the command: named in `rule` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RecordTargetMissedController_missed: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The stream revision this command expects, as a read's ETag gave it ("3"), or *; another is 409 */
                "If-Match"?: string;
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
                /** @description The target as the paper numbers it */
                targetId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TargetMissedDto"];
            };
        };
        responses: {
            /** @description TargetMissed */
            201: {
                headers: {
                    /** @description The stream revision after the command, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The events are larger than the event store's append limit (`limitBytes`, null when the store does not say) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A ledger rule refused the command: named in `rule` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReviseTargetController_revise: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The stream revision this command expects, as a read's ETag gave it ("3"), or *; another is 409 */
                "If-Match"?: string;
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
                /** @description The target as the paper numbers it */
                targetId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TargetRevisionDto"];
            };
        };
        responses: {
            /** @description TargetRevised, with the previous and the new date */
            201: {
                headers: {
                    /** @description The stream revision after the command, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The events are larger than the event store's append limit (`limitBytes`, null when the store does not say) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A ledger rule refused the command: named in `rule` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CorrectFactsController_correct: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The stream revision this command expects, as a read's ETag gave it ("3"), or *; another is 409 */
                "If-Match"?: string;
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectionsDto"];
            };
        };
        responses: {
            /** @description One EventCorrected per correction, appended together; the original facts stay in the history */
            201: {
                headers: {
                    /** @description The stream revision after the command, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The events are larger than the event store's append limit (`limitBytes`, null when the store does not say) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A ledger rule refused the command: named in `rule` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReadVersionsController_diff: {
        parameters: {
            query: {
                /** @description A real date (2018-04-01) or a date-time with its offset (2026-03-03T10:00:00Z) */
                asOf?: string;
                /** @description How a date known only to a span (a month, a year, or bounds the ledger assumed) counts on the effective axis. none (the default): a fact counts as having happened on the date only if every day it may fall on is on or before it, and as not yet having happened only if every such day is after it; what is neither is left out and listed under undetermined (a compact in force "from 2015" is not in force on 2015-01-01). earliest / latest: every such date is placed on the first / last of its days. A date not given and not bounded is placed by none. Dates the ledger assumed (marked assumed, with their basis) count as the record holds them. */
                assume?: "none" | "earliest" | "latest";
                /** @description effective: what was true in the world on that date, as the ledger knows it now; recorded: what the ledger showed at that moment, before later corrections */
                axis?: "effective" | "recorded";
                from: string;
                /** @description Wait until the read models include the event at this global position (from a command response); decimal digits only. Beyond the end of the log it is 400. */
                minPosition?: number;
                to: string;
            };
            header?: {
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Section by section: added, removed, changed with word-level changes, where both texts are recorded; and what each version's note says it changed (000's V1 to V5.0 are known only so) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionComparisonDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The store or the data files are unavailable, or the read models have not reached ?minPosition= in time (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReadPartnersController_endorsementRequests: {
        parameters: {
            query?: {
                /** @description A real date (2018-04-01) or a date-time with its offset (2026-03-03T10:00:00Z) */
                asOf?: string;
                /** @description How a date known only to a span (a month, a year, or bounds the ledger assumed) counts on the effective axis. none (the default): a fact counts as having happened on the date only if every day it may fall on is on or before it, and as not yet having happened only if every such day is after it; what is neither is left out and listed under undetermined (a compact in force "from 2015" is not in force on 2015-01-01). earliest / latest: every such date is placed on the first / last of its days. A date not given and not bounded is placed by none. Dates the ledger assumed (marked assumed, with their basis) count as the record holds them. */
                assume?: "none" | "earliest" | "latest";
                /** @description effective: what was true in the world on that date, as the ledger knows it now; recorded: what the ledger showed at that moment, before later corrections */
                axis?: "effective" | "recorded";
                /** @description Wait until the read models include the event at this global position (from a command response); decimal digits only. Beyond the end of the log it is 400. */
                minPosition?: number;
            };
            header?: {
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Each request to a board to endorse a version (001: the Health and Wellbeing Board, 28 January 2015) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndorsementRequestViewDto"][];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The store or the data files are unavailable, or the read models have not reached ?minPosition= in time (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RecordEndorsementRequestController_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The stream revision this command expects, as a read's ETag gave it ("3"), or *; another is 409 */
                "If-Match"?: string;
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndorsementRequestDto"];
            };
        };
        responses: {
            /** @description EndorsementRequested: the board asked, with no outcome on the paper */
            201: {
                headers: {
                    /** @description The stream revision after the command, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The events are larger than the event store's append limit (`limitBytes`, null when the store does not say) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A ledger rule refused the command: named in `rule` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReadPartnersController_endorsements: {
        parameters: {
            query?: {
                /** @description A real date (2018-04-01) or a date-time with its offset (2026-03-03T10:00:00Z) */
                asOf?: string;
                /** @description How a date known only to a span (a month, a year, or bounds the ledger assumed) counts on the effective axis. none (the default): a fact counts as having happened on the date only if every day it may fall on is on or before it, and as not yet having happened only if every such day is after it; what is neither is left out and listed under undetermined (a compact in force "from 2015" is not in force on 2015-01-01). earliest / latest: every such date is placed on the first / last of its days. A date not given and not bounded is placed by none. Dates the ledger assumed (marked assumed, with their basis) count as the record holds them. */
                assume?: "none" | "earliest" | "latest";
                /** @description effective: what was true in the world on that date, as the ledger knows it now; recorded: what the ledger showed at that moment, before later corrections */
                axis?: "effective" | "recorded";
                /** @description Wait until the read models include the event at this global position (from a command response); decimal digits only. Beyond the end of the log it is 400. */
                minPosition?: number;
            };
            header?: {
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Each partner board's endorsement, with concerns and responses */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndorsementViewDto"][];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The store or the data files are unavailable, or the read models have not reached ?minPosition= in time (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RecordEndorsementController_endorse: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The stream revision this command expects, as a read's ETag gave it ("3"), or *; another is 409 */
                "If-Match"?: string;
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndorsementDto"];
            };
        };
        responses: {
            /** @description BoardEndorsementRecorded */
            201: {
                headers: {
                    /** @description The stream revision after the command, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The events are larger than the event store's append limit (`limitBytes`, null when the store does not say) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A ledger rule refused the command: named in `rule` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReadPartnersController_escalationPath: {
        parameters: {
            query?: {
                /** @description Wait until the read models include the event at this global position (from a command response); decimal digits only. Beyond the end of the log it is 400. */
                minPosition?: number;
            };
            header?: {
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The compact's current escalation path, or 404 when none is defined */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompactEscalationPathDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The store or the data files are unavailable, or the read models have not reached ?minPosition= in time (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DefineEscalationPathController_define: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The stream revision this command expects, as a read's ETag gave it ("3"), or *; another is 409 */
                "If-Match"?: string;
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EscalationPathDto"];
            };
        };
        responses: {
            /** @description EscalationPathDefined: disputes raised from now on follow it; those raised before keep theirs */
            201: {
                headers: {
                    /** @description The stream revision after the command, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The events are larger than the event store's append limit (`limitBytes`, null when the store does not say) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A ledger rule refused the command: named in `rule` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ExportCompactEvidenceController_export: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A zip, streamed: VERIFY.txt, verify.mjs (the dependency-free checker), checkpoint (the signed checkpoint it is anchored to, issued for it), events.jsonl (every event of its streams up to the checkpoint, full envelopes, RFC 8785), proofs/<position>.tlog-proof (each stream head in the checkpoint), evidence/sha256/<hash> (the disputes’ evidence files), report.html (made from the pack’s events) and manifest (signed with the log key). Check it with `node verify.mjs --key <verifier key>`. The export is recorded (EvidencePackExported on evidence-exports-<compactId>) before the first byte is sent */
            200: {
                headers: {
                    /** @description attachment; the file name names the compact or dispute and the checkpoint */
                    "Content-Disposition"?: string;
                    /** @description The size of the checkpoint the pack is anchored to */
                    "Ledger-Checkpoint-Size"?: number;
                    /** @description The export, as recorded (and named in the manifest’s subject) */
                    "Ledger-Export-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This ledger keeps no transparency log (it runs on EventStoreDB): no packs */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description As many packs are being written as the ledger writes at once (LEDGER_EVIDENCE_PACKS_AT_ONCE): problem details of type urn:compact-ledger:problem:evidence-packs-busy, with Retry-After; nothing was recorded */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReadCompactsController_history: {
        parameters: {
            query?: {
                /** @description A real date (2018-04-01) or a date-time with its offset (2026-03-03T10:00:00Z) */
                asOf?: string;
                /** @description How a date known only to a span (a month, a year, or bounds the ledger assumed) counts on the effective axis. none (the default): a fact counts as having happened on the date only if every day it may fall on is on or before it, and as not yet having happened only if every such day is after it; what is neither is left out and listed under undetermined (a compact in force "from 2015" is not in force on 2015-01-01). earliest / latest: every such date is placed on the first / last of its days. A date not given and not bounded is placed by none. Dates the ledger assumed (marked assumed, with their basis) count as the record holds them. */
                assume?: "none" | "earliest" | "latest";
                /** @description effective: what was true in the world on that date, as the ledger knows it now; recorded: what the ledger showed at that moment, before later corrections */
                axis?: "effective" | "recorded";
                /** @description Wait until the read models include the event at this global position (from a command response); decimal digits only. Beyond the end of the log it is 400. */
                minPosition?: number;
            };
            header?: {
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The compact stream's events in order, each with its full envelope and hashes. Without ?asOf= it is the whole stream, whose chain a verifier checks end to end. With ?asOf= it is a view: the Omitted-Revisions header names the revisions it leaves out, where the chain it shows has gaps (each event still verifies by its own hash). The stream-head headers name the checkpoint the read is consistent with and prove the stream's head in it (the README's verification script checks them). */
            200: {
                headers: {
                    /** @description Base64 of a C2SP tlog-proof that the head event is in that checkpoint (the checkpoint verbatim at its end). With the stream head, a copy of the read that was cut short is caught: its last event is not the signed head */
                    "Ledger-Head-Proof"?: string;
                    /** @description Base64 of a signed note (compact-ledger stream head v1) naming the checkpoint this read is consistent with and the stream's head at it: event count, head revision, position and hash. Signed with the log key (GET /ledger/keys). Absent where the ledger keeps no transparency log */
                    "Ledger-Stream-Head"?: string;
                    /** @description With ?asOf=: the revisions left out, as ranges (3-5, 9), or none */
                    "Omitted-Revisions"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordedEventDto"][];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The store or the data files are unavailable, or the read models have not reached ?minPosition= in time (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RecordComingIntoForceController_cameIntoForce: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The stream revision this command expects, as a read's ETag gave it ("3"), or *; another is 409 */
                "If-Match"?: string;
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CameIntoForceDto"];
            };
        };
        responses: {
            /** @description CompactCameIntoForce, by an explicit decision */
            201: {
                headers: {
                    /** @description The stream revision after the command, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The events are larger than the event store's append limit (`limitBytes`, null when the store does not say) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A ledger rule refused the command: named in `rule` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReadProgrammeController_measures: {
        parameters: {
            query?: {
                /** @description Wait until the read models include the event at this global position (from a command response); decimal digits only. Beyond the end of the log it is 400. */
                minPosition?: number;
            };
            header?: {
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Each measure with its values by quarter, corrections included */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasuresDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The store or the data files are unavailable, or the read models have not reached ?minPosition= in time (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DefineMeasureController_define: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The stream revision this command expects, as a read's ETag gave it ("3"), or *; another is 409 */
                "If-Match"?: string;
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeasureDto"];
            };
        };
        responses: {
            /** @description MeasureDefined; the id is the compact’s */
            201: {
                headers: {
                    /** @description The stream revision after the command, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No compact with that id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The events are larger than the event store's append limit (`limitBytes`, null when the store does not say) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A ledger rule refused the command: named in `rule` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RecordMeasureValueController_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The stream revision this command expects, as a read's ETag gave it ("3"), or *; another is 409 */
                "If-Match"?: string;
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
                measureId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeasureValueDto"];
            };
        };
        responses: {
            /** @description MeasureValueRecorded */
            201: {
                headers: {
                    /** @description The stream revision after the command, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The events are larger than the event store's append limit (`limitBytes`, null when the store does not say) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A ledger rule refused the command: named in `rule` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CorrectMeasureValueController_correct: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The stream revision this command expects, as a read's ETag gave it ("3"), or *; another is 409 */
                "If-Match"?: string;
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
                measureId: string;
                /** @description A financial-year quarter: 2017-18-Q1 is April to June 2017 */
                quarter: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeasureCorrectionDto"];
            };
        };
        responses: {
            /** @description MeasureValueCorrected */
            201: {
                headers: {
                    /** @description The stream revision after the command, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The events are larger than the event store's append limit (`limitBytes`, null when the store does not say) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A ledger rule refused the command: named in `rule` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReadProgrammeController_report: {
        parameters: {
            query: {
                /** @description csv: the report as text/csv (Accept: text/csv does the same) */
                format?: "json" | "csv";
                /** @description Wait until the read models include the event at this global position (from a command response); decimal digits only. Beyond the end of the log it is 400. */
                minPosition?: number;
                /** @description A financial-year quarter: 2017-18-Q1 is April to June 2017 */
                quarter: string;
            };
            header?: {
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One row per measure: the quarter’s value, the previous quarter’s, the change and trend, the same quarter a year before */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuarterlyReportDto"];
                    "text/csv": string;
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The store or the data files are unavailable, or the read models have not reached ?minPosition= in time (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReadPartnersController_partners: {
        parameters: {
            query?: {
                /** @description A real date (2018-04-01) or a date-time with its offset (2026-03-03T10:00:00Z) */
                asOf?: string;
                /** @description How a date known only to a span (a month, a year, or bounds the ledger assumed) counts on the effective axis. none (the default): a fact counts as having happened on the date only if every day it may fall on is on or before it, and as not yet having happened only if every such day is after it; what is neither is left out and listed under undetermined (a compact in force "from 2015" is not in force on 2015-01-01). earliest / latest: every such date is placed on the first / last of its days. A date not given and not bounded is placed by none. Dates the ledger assumed (marked assumed, with their basis) count as the record holds them. */
                assume?: "none" | "earliest" | "latest";
                /** @description effective: what was true in the world on that date, as the ledger knows it now; recorded: what the ledger showed at that moment, before later corrections */
                axis?: "effective" | "recorded";
                /** @description Wait until the read models include the event at this global position (from a command response); decimal digits only. Beyond the end of the log it is 400. */
                minPosition?: number;
            };
            header?: {
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Partners with their membership periods and representatives; with ?asOf=, those on the date (members, and those whose dates leave it undetermined) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerViewDto"][];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The store or the data files are unavailable, or the read models have not reached ?minPosition= in time (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AdmitPartnerController_admit: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The stream revision this command expects, as a read's ETag gave it ("3"), or *; another is 409 */
                "If-Match"?: string;
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdmitPartnerDto"];
            };
        };
        responses: {
            /** @description PartnerAdmitted */
            201: {
                headers: {
                    /** @description The stream revision after the command, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The events are larger than the event store's append limit (`limitBytes`, null when the store does not say) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A ledger rule refused the command: named in `rule` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AskPartnerToLeaveController_expel: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The stream revision this command expects, as a read's ETag gave it ("3"), or *; another is 409 */
                "If-Match"?: string;
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
                org: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExpulsionDto"];
            };
        };
        responses: {
            /** @description PartnerAskedToLeave */
            201: {
                headers: {
                    /** @description The stream revision after the command, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The events are larger than the event store's append limit (`limitBytes`, null when the store does not say) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A ledger rule refused the command: named in `rule` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WithdrawPartnerController_withdraw: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The stream revision this command expects, as a read's ETag gave it ("3"), or *; another is 409 */
                "If-Match"?: string;
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
                org: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawalDto"];
            };
        };
        responses: {
            /** @description PartnerWithdrawn */
            201: {
                headers: {
                    /** @description The stream revision after the command, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The events are larger than the event store's append limit (`limitBytes`, null when the store does not say) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A ledger rule refused the command: named in `rule` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReadPartnersController_signatures: {
        parameters: {
            query?: {
                /** @description A real date (2018-04-01) or a date-time with its offset (2026-03-03T10:00:00Z) */
                asOf?: string;
                /** @description How a date known only to a span (a month, a year, or bounds the ledger assumed) counts on the effective axis. none (the default): a fact counts as having happened on the date only if every day it may fall on is on or before it, and as not yet having happened only if every such day is after it; what is neither is left out and listed under undetermined (a compact in force "from 2015" is not in force on 2015-01-01). earliest / latest: every such date is placed on the first / last of its days. A date not given and not bounded is placed by none. Dates the ledger assumed (marked assumed, with their basis) count as the record holds them. */
                assume?: "none" | "earliest" | "latest";
                /** @description effective: what was true in the world on that date, as the ledger knows it now; recorded: what the ledger showed at that moment, before later corrections */
                axis?: "effective" | "recorded";
                /** @description Wait until the read models include the event at this global position (from a command response); decimal digits only. Beyond the end of the log it is 400. */
                minPosition?: number;
            };
            header?: {
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The register: one row per partner and version, signed or not yet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisterRowDto"][];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The store or the data files are unavailable, or the read models have not reached ?minPosition= in time (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SignVersionController_sign: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The stream revision this command expects, as a read's ETag gave it ("3"), or *; another is 409 */
                "If-Match"?: string;
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignatureDto"];
            };
        };
        responses: {
            /** @description PartnerSigned (and CompactCameIntoForce when it was the last signature needed) */
            201: {
                headers: {
                    /** @description The stream revision after the command, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The events are larger than the event store's append limit (`limitBytes`, null when the store does not say) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A ledger rule refused the command: named in `rule` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RecordSupersessionController_supersede: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The stream revision this command expects, as a read's ETag gave it ("3"), or *; another is 409 */
                "If-Match"?: string;
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupersessionDto"];
            };
        };
        responses: {
            /** @description CompactSuperseded */
            201: {
                headers: {
                    /** @description The stream revision after the command, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The events are larger than the event store's append limit (`limitBytes`, null when the store does not say) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A ledger rule refused the command: named in `rule` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SetTermController_setTerm: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The stream revision this command expects, as a read's ETag gave it ("3"), or *; another is 409 */
                "If-Match"?: string;
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetTermDto"];
            };
        };
        responses: {
            /** @description CompactTermSet (and CompactCameIntoForce when the rule is already met) */
            201: {
                headers: {
                    /** @description The stream revision after the command, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The events are larger than the event store's append limit (`limitBytes`, null when the store does not say) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A ledger rule refused the command: named in `rule` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    TerminateCompactController_terminate: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The stream revision this command expects, as a read's ETag gave it ("3"), or *; another is 409 */
                "If-Match"?: string;
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TerminationDto"];
            };
        };
        responses: {
            /** @description CompactTerminated */
            201: {
                headers: {
                    /** @description The stream revision after the command, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The events are larger than the event store's append limit (`limitBytes`, null when the store does not say) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A ledger rule refused the command: named in `rule` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReadVersionsController_list: {
        parameters: {
            query?: {
                /** @description A real date (2018-04-01) or a date-time with its offset (2026-03-03T10:00:00Z) */
                asOf?: string;
                /** @description How a date known only to a span (a month, a year, or bounds the ledger assumed) counts on the effective axis. none (the default): a fact counts as having happened on the date only if every day it may fall on is on or before it, and as not yet having happened only if every such day is after it; what is neither is left out and listed under undetermined (a compact in force "from 2015" is not in force on 2015-01-01). earliest / latest: every such date is placed on the first / last of its days. A date not given and not bounded is placed by none. Dates the ledger assumed (marked assumed, with their basis) count as the record holds them. */
                assume?: "none" | "earliest" | "latest";
                /** @description effective: what was true in the world on that date, as the ledger knows it now; recorded: what the ledger showed at that moment, before later corrections */
                axis?: "effective" | "recorded";
                /** @description Wait until the read models include the event at this global position (from a command response); decimal digits only. Beyond the end of the log it is 400. */
                minPosition?: number;
            };
            header?: {
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every version in the order published: label, date with its precision, note, content hash and sections (null where the paper does not carry the text) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionDto"][];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The store or the data files are unavailable, or the read models have not reached ?minPosition= in time (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PublishVersionController_publish: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The stream revision this command expects, as a read's ETag gave it ("3"), or *; another is 409 */
                "If-Match"?: string;
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishVersionDto"];
            };
        };
        responses: {
            /** @description CompactVersionPublished recorded; GET /compacts/{id}/versions/{label} gives its content hash (the hash partners sign) */
            201: {
                headers: {
                    /** @description The stream revision after the command, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The events are larger than the event store's append limit (`limitBytes`, null when the store does not say) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A ledger rule refused the command: named in `rule` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReadVersionsController_get: {
        parameters: {
            query?: {
                /** @description A real date (2018-04-01) or a date-time with its offset (2026-03-03T10:00:00Z) */
                asOf?: string;
                /** @description How a date known only to a span (a month, a year, or bounds the ledger assumed) counts on the effective axis. none (the default): a fact counts as having happened on the date only if every day it may fall on is on or before it, and as not yet having happened only if every such day is after it; what is neither is left out and listed under undetermined (a compact in force "from 2015" is not in force on 2015-01-01). earliest / latest: every such date is placed on the first / last of its days. A date not given and not bounded is placed by none. Dates the ledger assumed (marked assumed, with their basis) count as the record holds them. */
                assume?: "none" | "earliest" | "latest";
                /** @description effective: what was true in the world on that date, as the ledger knows it now; recorded: what the ledger showed at that moment, before later corrections */
                axis?: "effective" | "recorded";
                /** @description Wait until the read models include the event at this global position (from a command response); decimal digits only. Beyond the end of the log it is 400. */
                minPosition?: number;
            };
            header?: {
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
                label: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One version's sections, note and content hash */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The store or the data files are unavailable, or the read models have not reached ?minPosition= in time (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReadDeadlinesController_list: {
        parameters: {
            query?: {
                /** @description The next page: the deadlines after this one (the last of the previous page), in due-date order */
                after?: string;
                /** @description What is due or overdue on this date (default today) */
                asOf?: string;
                /** @description Only this compact's */
                compactId?: string;
                kind?: "agenda-items" | "papers" | "draft-minutes" | "escalation-level" | "commitment-target" | "refresh";
                /** @description At most this many; the next page is in the Link header */
                limit?: number;
                /** @description Wait until the read models include the event at this global position (from a command response); decimal digits only. Beyond the end of the log it is 400. */
                minPosition?: number;
                status?: "due" | "overdue";
            };
            header?: {
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description In due-date order: agenda items, papers, draft minutes, escalation levels, commitment targets, refreshes, not done by the date; the next page in the Link header */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadlineDto"][];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The store or the data files are unavailable, or the read models have not reached ?minPosition= in time (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReadDisputesController_list: {
        parameters: {
            query?: {
                /** @description The next page: the disputes raised after this one (the last of the previous page) */
                after?: string;
                /** @description Only this compact's disputes */
                compactId?: string;
                /** @description At most this many disputes */
                limit?: number;
                /** @description Only the disputes this person (a token subject) is appointed to mediate */
                mediator?: string;
                /** @description Wait until the read models include the event at this global position (from a command response); decimal digits only. Beyond the end of the log it is 400. */
                minPosition?: number;
                /** @description Only the disputes this organisation is a party to */
                party?: string;
                status?: "open" | "resolved" | "withdrawn";
            };
            header?: {
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The disputes you may read: a partner its own organisation’s, a mediator those it is appointed to */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisputeSummaryDto"][];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The store or the data files are unavailable, or the read models have not reached ?minPosition= in time (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RaiseDisputeController_raise: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RaiseDisputeDto"];
            };
        };
        responses: {
            /** @description DisputeRaised, at level 1 of the compact’s escalation path */
            201: {
                headers: {
                    /** @description The stream revision after the command, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No compact with that compactId */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The events are larger than the event store's append limit (`limitBytes`, null when the store does not say) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A ledger rule refused the command: named in `rule` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReadDisputesController_get: {
        parameters: {
            query?: {
                /** @description Wait until the read models include the event at this global position (from a command response); decimal digits only. Beyond the end of the log it is 400. */
                minPosition?: number;
            };
            header?: {
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dispute now: parties, subject, level, mediators, responses, evidence, outcome */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisputeDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The store or the data files are unavailable, or the read models have not reached ?minPosition= in time (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReadDisputesController_audit: {
        parameters: {
            query?: {
                /** @description The audit as at this date: an open level counts to it (default today) */
                asOf?: string;
                /** @description Wait until the read models include the event at this global position (from a command response); decimal digits only. Beyond the end of the log it is 400. */
                minPosition?: number;
            };
            header?: {
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Each level of the path: reached when, by whose act; calendar and working days spent (an open level to ?asOf=, default today), its limit and whether it is or was overdue; the responses, evidence and mediators at it; and any level skipped */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationAuditDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The store or the data files are unavailable, or the read models have not reached ?minPosition= in time (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    EscalateDisputeController_escalate: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The stream revision this command expects, as a read's ETag gave it ("3"), or *; another is 409 */
                "If-Match"?: string;
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EscalationDto"];
            };
        };
        responses: {
            /** @description DisputeEscalated to the next level */
            201: {
                headers: {
                    /** @description The stream revision after the command, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The events are larger than the event store's append limit (`limitBytes`, null when the store does not say) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A ledger rule refused the command: named in `rule` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SubmitEvidenceController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The stream revision this command expects, as a read's ETag gave it ("3"), or *; another is 409 */
                "If-Match"?: string;
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["EvidenceUploadDto"];
            };
        };
        responses: {
            /** @description DisputeEvidenceSubmitted: the file held by its SHA-256, which the event records */
            201: {
                headers: {
                    /** @description The stream revision after the command, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The file is larger than the upload limit (`limitBytes`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not multipart/form-data */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A ledger rule refused the command: named in `rule` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ExportDisputeEvidenceController_export: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A zip, streamed: VERIFY.txt, verify.mjs (the dependency-free checker), checkpoint (the signed checkpoint it is anchored to, issued for it), events.jsonl (every event of its streams up to the checkpoint, full envelopes, RFC 8785), proofs/<position>.tlog-proof (each stream head in the checkpoint), evidence/sha256/<hash> (the disputes’ evidence files), report.html (made from the pack’s events) and manifest (signed with the log key). Check it with `node verify.mjs --key <verifier key>`. The export is recorded (EvidencePackExported on evidence-exports-<compactId>) before the first byte is sent */
            200: {
                headers: {
                    /** @description attachment; the file name names the compact or dispute and the checkpoint */
                    "Content-Disposition"?: string;
                    /** @description The size of the checkpoint the pack is anchored to */
                    "Ledger-Checkpoint-Size"?: number;
                    /** @description The export, as recorded (and named in the manifest’s subject) */
                    "Ledger-Export-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This ledger keeps no transparency log (it runs on EventStoreDB): no packs */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description As many packs are being written as the ledger writes at once (LEDGER_EVIDENCE_PACKS_AT_ONCE): problem details of type urn:compact-ledger:problem:evidence-packs-busy, with Retry-After; nothing was recorded */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReadDisputesController_evidence: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                evidenceId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The evidence file, as submitted, in its own media type; its bytes checked against the SHA-256 its event recorded */
            200: {
                headers: {
                    /** @description attachment, with the filename it was submitted under */
                    "Content-Disposition"?: string;
                    /** @description sha-256=:<base64 of the recorded SHA-256>: (RFC 9530) */
                    "Repr-Digest"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The store or the data files are unavailable, or the read models have not reached ?minPosition= in time (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AgreeIndependentChairController_agree: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The stream revision this command expects, as a read's ETag gave it ("3"), or *; another is 409 */
                "If-Match"?: string;
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreeIndependentChairDto"];
            };
        };
        responses: {
            /** @description IndependentChairAgreed by every party */
            201: {
                headers: {
                    /** @description The stream revision after the command, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The events are larger than the event store's append limit (`limitBytes`, null when the store does not say) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A ledger rule refused the command: named in `rule` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AppointMediatorController_appoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The stream revision this command expects, as a read's ETag gave it ("3"), or *; another is 409 */
                "If-Match"?: string;
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppointMediatorDto"];
            };
        };
        responses: {
            /** @description MediatorAppointed at the current level */
            201: {
                headers: {
                    /** @description The stream revision after the command, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The events are larger than the event store's append limit (`limitBytes`, null when the store does not say) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A ledger rule refused the command: named in `rule` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReadDisputesController_replay: {
        parameters: {
            query?: {
                /** @description Wait until the read models include the event at this global position (from a command response); decimal digits only. Beyond the end of the log it is 400. */
                minPosition?: number;
                /** @description The last revision to replay to (0 is the raising), at most the dispute's last; decimal digits only */
                upTo?: number;
            };
            header?: {
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Each event up to ?upTo= (a revision), with its envelope and the dispute as it stood after it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisputeReplayDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The store or the data files are unavailable, or the read models have not reached ?minPosition= in time (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ResolveDisputeController_resolve: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The stream revision this command expects, as a read's ETag gave it ("3"), or *; another is 409 */
                "If-Match"?: string;
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolutionDto"];
            };
        };
        responses: {
            /** @description DisputeResolved at the current level */
            201: {
                headers: {
                    /** @description The stream revision after the command, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The events are larger than the event store's append limit (`limitBytes`, null when the store does not say) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A ledger rule refused the command: named in `rule` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RespondToDisputeController_respond: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The stream revision this command expects, as a read's ETag gave it ("3"), or *; another is 409 */
                "If-Match"?: string;
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisputeResponseDto"];
            };
        };
        responses: {
            /** @description DisputeResponded */
            201: {
                headers: {
                    /** @description The stream revision after the command, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The events are larger than the event store's append limit (`limitBytes`, null when the store does not say) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A ledger rule refused the command: named in `rule` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WithdrawDisputeController_withdraw: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The stream revision this command expects, as a read's ETag gave it ("3"), or *; another is 409 */
                "If-Match"?: string;
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisputeWithdrawalDto"];
            };
        };
        responses: {
            /** @description DisputeWithdrawn by the raising party */
            201: {
                headers: {
                    /** @description The stream revision after the command, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The events are larger than the event store's append limit (`limitBytes`, null when the store does not say) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A ledger rule refused the command: named in `rule` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    HealthController_health: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Commands can be recorded: status ok, or degraded with the problems named */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The log cannot be read or no command can be recorded: the same report, status unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
        };
    };
    ReadLogController_checkpoint: {
        parameters: {
            query?: {
                /** @description An earlier checkpoint, by its tree size (every one issued is kept); default the latest */
                size?: number;
            };
            header?: {
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The checkpoint exactly as signed: a C2SP signed note whose text is the tlog-checkpoint (origin, tree size, base64 root hash), signed with the log key (GET /ledger/keys) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No checkpoint was issued at that size */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This ledger keeps no transparency log (it runs on EventStoreDB) */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The store or the data files are unavailable, or the read models have not reached ?minPosition= in time (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReadLogController_eventProof: {
        parameters: {
            query?: {
                /** @description Prove it in the checkpoint of this tree size (one issued); default the latest, or one issued now if the latest does not cover the event */
                size?: number;
            };
            header?: {
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The event’s global position */
                position: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description C2SP tlog-proof (c2sp.org/tlog-proof@v1): the index, the inclusion proof, and the checkpoint it leads to, verbatim */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This ledger keeps no transparency log (it runs on EventStoreDB) */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The store or the data files are unavailable, or the read models have not reached ?minPosition= in time (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    KeysController_keys: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A JWK Set (RFC 7517) of the key that signs the bearer tokens, where JWKS clients find it, and beside it (a member JWKS clients ignore) the transparency log's verifier key, which signs checkpoints, stream heads and evidence packs. The two keys are separate: rotating one leaves the other alone. Take the verifier key by a channel you trust before checking a pack with it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JwksDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The store or the data files are unavailable, or the read models have not reached ?minPosition= in time (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReadLogController_consistency: {
        parameters: {
            query: {
                /** @description The older tree size */
                from: number;
                /** @description The newer tree size */
                to: number;
            };
            header?: {
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The RFC 9162 consistency proof from the tree of `from` leaves to the tree of `to` leaves */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsistencyProofDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This ledger keeps no transparency log (it runs on EventStoreDB) */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The store or the data files are unavailable, or the read models have not reached ?minPosition= in time (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReadLogController_inclusion: {
        parameters: {
            query: {
                /** @description The leaf: the event at global position index + 1 */
                index: number;
                /** @description The tree size (a checkpoint’s size) the proof leads to */
                treeSize: number;
            };
            header?: {
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The audit path from leaf index (the event at position index + 1) to the root of the tree of treeSize leaves */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InclusionProofDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description This ledger keeps no transparency log (it runs on EventStoreDB) */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The store or the data files are unavailable, or the read models have not reached ?minPosition= in time (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReadMeetingsController_list: {
        parameters: {
            query?: {
                /** @description The next page: the meetings after this one (the last of the previous page), in date order */
                after?: string;
                /** @description Only this board's meetings */
                boardId?: string;
                /** @description Only the meetings of this compact's boards */
                compactId?: string;
                /** @description Meetings dated on or after */
                from?: string;
                /** @description At most this many; the next page is in the Link header */
                limit?: number;
                /** @description Wait until the read models include the event at this global position (from a command response); decimal digits only. Beyond the end of the log it is 400. */
                minPosition?: number;
                status?: "scheduled" | "held" | "cancelled";
                /** @description Meetings dated on or before */
                to?: string;
            };
            header?: {
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Meetings in date order; the next page in the Link header */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingSummaryDto"][];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The store or the data files are unavailable, or the read models have not reached ?minPosition= in time (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ScheduleMeetingController_schedule: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleMeetingDto"];
            };
        };
        responses: {
            /** @description MeetingScheduled, with its deadlines for agenda items, papers and draft minutes; Location names the meeting */
            201: {
                headers: {
                    /** @description The stream revision after the command, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No board with that boardId */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The events are larger than the event store's append limit (`limitBytes`, null when the store does not say) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A ledger rule refused the command: named in `rule` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReadMeetingsController_get: {
        parameters: {
            query?: {
                /** @description Wait until the read models include the event at this global position (from a command response); decimal digits only. Beyond the end of the log it is 400. */
                minPosition?: number;
            };
            header?: {
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deadlines, agenda and papers, attendance per seat, declarations, decisions with their quorum, minutes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The store or the data files are unavailable, or the read models have not reached ?minPosition= in time (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AddAgendaItemController_add: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The stream revision this command expects, as a read's ETag gave it ("3"), or *; another is 409 */
                "If-Match"?: string;
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgendaItemDto"];
            };
        };
        responses: {
            /** @description AgendaItemAdded, with its due date and whether it was late */
            201: {
                headers: {
                    /** @description The stream revision after the command, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The events are larger than the event store's append limit (`limitBytes`, null when the store does not say) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A ledger rule refused the command: named in `rule` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RecordMeetingHeldController_held: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The stream revision this command expects, as a read's ETag gave it ("3"), or *; another is 409 */
                "If-Match"?: string;
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttendanceDto"];
            };
        };
        responses: {
            /** @description MeetingHeld: every seat’s attendance and the quorum */
            201: {
                headers: {
                    /** @description The stream revision after the command, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The events are larger than the event store's append limit (`limitBytes`, null when the store does not say) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A ledger rule refused the command: named in `rule` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CancelMeetingController_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The stream revision this command expects, as a read's ETag gave it ("3"), or *; another is 409 */
                "If-Match"?: string;
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancellationDto"];
            };
        };
        responses: {
            /** @description MeetingCancelled */
            201: {
                headers: {
                    /** @description The stream revision after the command, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The events are larger than the event store's append limit (`limitBytes`, null when the store does not say) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A ledger rule refused the command: named in `rule` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RecordDecisionController_decide: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The stream revision this command expects, as a read's ETag gave it ("3"), or *; another is 409 */
                "If-Match"?: string;
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionDto"];
            };
        };
        responses: {
            /** @description DecisionRecorded, with its quorum count, those excluded for an interest and any reserved matter */
            201: {
                headers: {
                    /** @description The stream revision after the command, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The events are larger than the event store's append limit (`limitBytes`, null when the store does not say) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A ledger rule refused the command: named in `rule` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DeclareInterestController_declare: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The stream revision this command expects, as a read's ETag gave it ("3"), or *; another is 409 */
                "If-Match"?: string;
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclarationDto"];
            };
        };
        responses: {
            /** @description InterestDeclared, with the Chair's handling (for example excluded from item 4) */
            201: {
                headers: {
                    /** @description The stream revision after the command, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The events are larger than the event store's append limit (`limitBytes`, null when the store does not say) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A ledger rule refused the command: named in `rule` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CirculateDraftMinutesController_circulate: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The stream revision this command expects, as a read's ETag gave it ("3"), or *; another is 409 */
                "If-Match"?: string;
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DraftMinutesDto"];
            };
        };
        responses: {
            /** @description DraftMinutesCirculated, with the working days taken and whether late */
            201: {
                headers: {
                    /** @description The stream revision after the command, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The events are larger than the event store's append limit (`limitBytes`, null when the store does not say) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A ledger rule refused the command: named in `rule` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ApproveMinutesController_approve: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The stream revision this command expects, as a read's ETag gave it ("3"), or *; another is 409 */
                "If-Match"?: string;
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MinutesApprovalDto"];
            };
        };
        responses: {
            /** @description MinutesApproved, at the following meeting of the board */
            201: {
                headers: {
                    /** @description The stream revision after the command, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The events are larger than the event store's append limit (`limitBytes`, null when the store does not say) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A ledger rule refused the command: named in `rule` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CirculatePapersController_circulate: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body answers the first response again and records nothing more; the same key with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The stream revision this command expects, as a read's ETag gave it ("3"), or *; another is 409 */
                "If-Match"?: string;
                /** @description Kept when given (up to 128 letters, digits, `.`, `_`, `-`, `:`), otherwise made; copied into the events the request records and into problem details */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PapersDto"];
            };
        };
        responses: {
            /** @description PapersCirculated, with the due date and whether they were late */
            201: {
                headers: {
                    /** @description The stream revision after the command, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description The request is not valid: each failing field named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match named an old revision (the stream's revision now in `currentRevision`), or a request with the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The events are larger than the event store's append limit (`limitBytes`, null when the store does not say) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A ledger rule refused the command: named in `rule` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this subject */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The event store or the data files are unavailable, or the stream holds an event of a type a newer version of the ledger wrote (`streamId`, `revision`, `eventType`) (Retry-After when a retry can help) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
}
