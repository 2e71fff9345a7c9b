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
    "/compacts/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct a recorded fact */
        post: operations["CorrectFactController_correct"];
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
            /** @example 2015-08-25 */
            effectiveOn: string;
            lead: components["schemas"]["RepresentativeDto"];
            /** @example Kent County Council */
            name: string;
            /** @example kent-county-council */
            organisationId: string;
            /** @enum {string} */
            organisationType: "clinical-commissioning-group" | "nhs-trust" | "foundation-trust" | "local-authority" | "gp-federation" | "ambulance-service" | "healthwatch" | "voluntary-or-community-organisation" | "nhs-england";
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
            /** @enum {string} */
            axis: "effective" | "recorded";
            /** @example 2018-04-01 */
            date: string;
        };
        AuditChairDto: {
            agreedBy: string[];
            agreedOn: string;
            /** @example Sam Example */
            name: string;
            /** @description Their organisation; it may not be a party */
            organisation?: string | null;
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
        CameIntoForceDto: {
            /** @example Partnership Board, 2017-05 */
            decisionReference: string;
            /** @example 2017-06-01 */
            effectiveOn: string;
            /** @example 1 */
            versionLabel: string;
        };
        CommandResultDto: {
            /** @description Id of the resource the command acted on */
            id: string;
            /** @description Global position of the last event; pass it as ?minPosition= to read your own write */
            position: number;
            /** @description Revision of the stream after the command; send it as If-Match to make the next command conditional */
            streamRevision: number;
        };
        CompactSummaryDto: {
            /** Format: uuid */
            compactId: string;
            covers: string;
            /** @description The newest version, or null before the first is published */
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
            /** @description The newest version, or null before the first is published */
            currentVersion: components["schemas"]["CurrentVersionDto"] | null;
            description: string | null;
            /** Format: date-time */
            draftedAt: string;
            draftedBy: components["schemas"]["ActorDto"];
            /** @description Each version that came into force, oldest first */
            inForce: components["schemas"]["InForceDto"][];
            /** @description The partners who were members on the date */
            partners: components["schemas"]["PartnerDto"][];
            position: number;
            /** @description The compact stream's revision: If-Match for the next command */
            revision: number;
            /** @enum {string} */
            status: "draft" | "open-for-signature" | "in-force" | "refresh-overdue" | "expired" | "superseded" | "terminated";
            term: components["schemas"]["SetTermDto"] | null;
            title: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ConcernDto: {
            concern: string;
            response?: string | null;
        };
        ConsistencyProofDto: {
            from: number;
            /** @description RFC 6962 / RFC 9162 consistency proof, base64 hashes */
            hashes: string[];
            to: number;
        };
        CorrectionDto: {
            boardName?: string;
            /** @description endorsement: the board's concerns and the responses, in place of those recorded */
            concerns?: components["schemas"]["ConcernDto"][];
            /** @example 2015-08-01 */
            effectiveOn?: string;
            /** @description endorsement: the board's reason for its outcome (`reason` above is why the correction is made) */
            endorsementReason?: string | null;
            /** @enum {string} */
            fact: "signature" | "endorsement" | "admission";
            /** Format: uuid */
            factId: string;
            /**
             * @description Not later than today (the latest date anywhere on Earth): the date something happened.
             * @example 2016-03-30
             */
            meetingDate?: string;
            name?: string;
            /**
             * @description admission: the organisation's type
             * @enum {string}
             */
            organisationType?: "clinical-commissioning-group" | "nhs-trust" | "foundation-trust" | "local-authority" | "gp-federation" | "ambulance-service" | "healthwatch" | "voluntary-or-community-organisation" | "nhs-england";
            /**
             * @description endorsement: the board's outcome
             * @enum {string}
             */
            outcome?: "endorsed" | "endorsed-with-concerns" | "declined";
            /** @example The paper is dated 25 Aug 2015, not 25 Jul */
            reason: string;
            signatory?: components["schemas"]["RepresentativeDto"];
            /**
             * @description Not later than today (the latest date anywhere on Earth): the date something happened.
             * @example 2015-08-25
             */
            signedOn?: string;
            /** @description signature: what signing signifies, as the paper says */
            signifies?: ("supports-strategic-direction" | "agrees-principles" | "agrees-work-programme-and-leadership" | "agrees-quarterly-system-measures")[];
        };
        CurrentVersionDto: {
            contentHash: string;
            /**
             * @description The date on the paper
             * @example 2015-08-25
             */
            dated: string;
            label: string;
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
            escalationPath: components["schemas"]["EscalationPathDto"];
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
             * @description A section number of the compact's current version, or a commitment's name
             * @example 2.4
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
        EndorsementDto: {
            /** @example Governing Body */
            boardName: string;
            concerns?: components["schemas"]["ConcernDto"][];
            /**
             * @description Not later than today (the latest date anywhere on Earth): the date something happened.
             * @example 2016-03-22
             */
            meetingDate: string;
            /** @example nottingham-city-ccg */
            organisationId: string;
            /** @enum {string} */
            outcome: "endorsed" | "endorsed-with-concerns" | "declined";
            reason?: string | null;
            /** @example 1.0 */
            versionLabel: string;
        };
        EndorsementViewDto: {
            boardName: string;
            concerns: components["schemas"]["ConcernDto"][];
            contentHash: string;
            /** @description True once a correction has changed it (the original stays in the history) */
            corrected: boolean;
            /**
             * Format: uuid
             * @description What a correction names
             */
            factId: string;
            /** @example 2016-03-22 */
            meetingDate: string;
            organisationId: string;
            /** @enum {string} */
            outcome: "endorsed" | "endorsed-with-concerns" | "declined";
            /** @description The board's reason, where it gave one */
            reason: string | null;
            /** Format: date-time */
            recordedAt: string | null;
            versionLabel: string;
        };
        EscalationAuditDto: {
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
            /** @description Days spent at the level */
            days: number | null;
            independentChair: components["schemas"]["AuditChairDto"] | null;
            leftOn: string | null;
            level: number;
            mediators: components["schemas"]["AuditMediatorDto"][];
            name: string;
            /** @enum {string|null} */
            outcome: "escalated" | "resolved" | "withdrawn" | null;
            reached: boolean;
            /** @enum {string|null} */
            reachedBy: "raised" | "escalated" | null;
            reachedOn: string | null;
            reason: string | null;
            /** Format: date-time */
            recordedAt: string | null;
            requestedBy: string | null;
            whoActs: string;
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
        };
        EscalationPathDto: {
            /** @example 2016-01-25 */
            effectiveOn: string;
            levels: components["schemas"]["EscalationLevelDto"][];
            /** @example Section 8 of the compact */
            note: string;
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
        ExpulsionDto: {
            basis: components["schemas"]["LeavingBasisDto"];
            /** @example 2018-09-30 */
            effectiveOn: string;
            reason: string;
        };
        HeadingChangeDto: {
            from: string | null;
            to: string | null;
        };
        HealthDto: {
            projections: components["schemas"]["ProjectionHealthDto"][];
            /** @enum {string} */
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
            effectiveOn?: string;
            /**
             * Format: uuid
             * @description signature: the signature that completed the set
             */
            factId?: string;
            /** @enum {string} */
            kind: "signature" | "departure" | "rule-set";
            /** @description departure: the unsigned partner whose leaving completed it */
            organisationId?: string;
        };
        InForceDto: {
            completedBy: components["schemas"]["InForceCompletionDto"] | null;
            contentHash: string;
            decisionReference: string | null;
            /** @example 2017-06-01 */
            effectiveOn: string;
            /** @enum {string} */
            rule: "all-partners-signed" | "explicit-decision";
            /** @description The signatures that brought it into force, by fact id */
            signatureFactIds: string[];
            versionLabel: string;
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
            /** @example Partnership Board minute 2018/07 */
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
        MembershipEndingDto: {
            /** @description asked-to-leave: the decision or dispute it rests on */
            basis?: components["schemas"]["LeavingBasisDto"];
            /** @enum {string} */
            kind: "withdrew" | "asked-to-leave";
            /** @description withdrew: the date notice was given */
            noticeGivenOn?: string;
            /** @description The reason given */
            reason: string;
        };
        MembershipPeriodDto: {
            /**
             * Format: uuid
             * @description The admission fact that opened it: what a correction names
             */
            admissionFactId: string;
            ending: components["schemas"]["MembershipEndingDto"] | null;
            /** @example 2015-08-25 */
            from: string;
            /** @description The first day it is no longer a partner; null while it is one */
            until: string | null;
        };
        PartnerDto: {
            deputy: components["schemas"]["RepresentativeDto"] | null;
            lead: components["schemas"]["RepresentativeDto"];
            /** @description Oldest first: an organisation may leave and join again */
            memberships: components["schemas"]["MembershipPeriodDto"][];
            name: string;
            /** @example kent-county-council */
            organisationId: string;
            /** @enum {string} */
            organisationType: "clinical-commissioning-group" | "nhs-trust" | "foundation-trust" | "local-authority" | "gp-federation" | "ambulance-service" | "healthwatch" | "voluntary-or-community-organisation" | "nhs-england";
        };
        PartnerViewDto: {
            /** @description When each membership's admission was recorded, in the order of memberships */
            admissionsRecorded: components["schemas"]["RecordedFactDto"][];
            deputy: components["schemas"]["RepresentativeDto"] | null;
            lead: components["schemas"]["RepresentativeDto"];
            /** @description Oldest first: an organisation may leave and join again */
            memberships: components["schemas"]["MembershipPeriodDto"][];
            name: string;
            /** @example kent-county-council */
            organisationId: string;
            /** @enum {string} */
            organisationType: "clinical-commissioning-group" | "nhs-trust" | "foundation-trust" | "local-authority" | "gp-federation" | "ambulance-service" | "healthwatch" | "voluntary-or-community-organisation" | "nhs-england";
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
        ProjectionHealthDto: {
            /** @description Whether it has caught up with the log since it started */
            caughtUp: boolean;
            /** @description Why it stopped, if it did */
            error: string | null;
            /** @description How many positions it is behind the head of the log */
            lag: number;
            /** @example compact_state_v1 */
            name: string;
            /** @description The last position applied */
            position: number;
        };
        PublishVersionDto: {
            /** @description Amendment (instead of sections): new sections */
            add?: components["schemas"]["SectionDto"][];
            /**
             * @description The date on the paper (YYYY-MM-DD)
             * @example 2016-02-27
             */
            dated: string;
            /**
             * @description Greater than the last: 1, 1.1, 2.0 ... (a leading V is dropped)
             * @example 6.0
             */
            label: string;
            /** @example Amendments following CE meeting on the 26 February, to include changing the word "patient" to "citizen". */
            note: string;
            /** @description Amendment (instead of sections): numbers of sections removed */
            remove?: string[];
            /** @description Amendment (instead of sections): sections whose text is replaced */
            replace?: components["schemas"]["SectionDto"][];
            /** @description Amendment (instead of sections): whole-word replacements across the text */
            replacePhrases?: components["schemas"]["PhraseReplacementDto"][];
            /** @description The whole text of a version. Give either sections, or one or more of replace, add, remove and replacePhrases (an amendment of the current version): one or the other is required, never both. */
            sections?: components["schemas"]["SectionDto"][];
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
        RegisterRowDto: {
            contentHash: string;
            corrected: boolean;
            /**
             * Format: uuid
             * @description The signature's fact id (what a correction names); null for an unsigned slot
             */
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
            /** @description The date on the paper */
            signedOn: string | null;
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
            /** @example Accountable Officer */
            role: string;
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
            /** @example 2.4 */
            number: string;
            text: string;
        };
        SetTermDto: {
            decisionReference?: string | null;
            /**
             * @description 002: "for the next 24 months"
             * @example 24
             */
            durationMonths?: number | null;
            /** @example 2017-06-01 */
            effectiveFrom?: string | null;
            /** @example 2020-03-31 */
            expiresOn?: string | null;
            /**
             * @description all-partners-signed, or explicit-decision
             * @enum {string}
             */
            inForceRule: "all-partners-signed" | "explicit-decision";
            /** @example 2018-03-31 */
            refreshDueBy?: string | null;
        };
        SignatureDto: {
            /** @description The content hash of the version's text the signatory signed */
            contentHash: string;
            /** @example south-kent-coast-ccg */
            organisationId: string;
            signatory: components["schemas"]["RepresentativeDto"];
            /**
             * @description The date on the paper. Not later than today (the latest date anywhere on Earth): the date something happened.
             * @example 2015-08-25
             */
            signedOn: string;
            /** @description What signing signifies (001 section 9); empty where the paper does not say */
            signifies: ("supports-strategic-direction" | "agrees-principles" | "agrees-work-programme-and-leadership" | "agrees-quarterly-system-measures")[];
            /** @example 1.0 */
            versionLabel: string;
        };
        StoreHealthDto: {
            /** @description Why the store cannot be read */
            detail?: string;
            /** @description Global position of the newest event */
            headPosition: number;
            /** @enum {string} */
            kind: "sqlite" | "esdb";
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
            decisionReference?: string | null;
            /** @example 2020-03-31 */
            effectiveOn: string;
            reason: string;
            /**
             * Format: uuid
             * @description The compact that replaces this one
             */
            successorCompactId: string;
        };
        TerminationDto: {
            decisionReference?: string | null;
            /** @example 2020-03-31 */
            effectiveOn: string;
            reason: string;
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
        VersionComparisonDto: {
            from: components["schemas"]["VersionReferenceDto"];
            sections: components["schemas"]["SectionComparisonDto"][];
            to: components["schemas"]["VersionReferenceDto"];
            /** @description The numbers of the sections left as they were */
            unchanged: string[];
        };
        VersionDto: {
            /** @description For an amendment, what it changed; null for a whole text */
            amendment: components["schemas"]["AmendmentSummaryDto"] | null;
            /** @description SHA-256 of the RFC 8785 text of {label, sections}: what a signature names */
            contentHash: string;
            /**
             * @description The date on the paper
             * @example 2016-02-27
             */
            dated: string;
            /** @example 6.0 */
            label: string;
            note: string;
            /** @description Global position of the event that published it */
            position: number;
            /** Format: date-time */
            recordedAt: string;
            recordedBy: components["schemas"]["ActorDto"];
            sections: components["schemas"]["VersionSectionDto"][];
        };
        VersionReferenceDto: {
            contentHash: string;
            label: string;
        };
        VersionSectionDto: {
            heading: string | null;
            /** @example 2.4 */
            number: string;
            text: string;
        };
        WithdrawalDto: {
            /** @example 2017-04-30 */
            effectiveOn: string;
            /**
             * @description Not later than today (the latest date anywhere on Earth): the date something happened.
             * @example 2017-01-31
             */
            noticeGivenOn: string;
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
    ReadCompactsController_list: {
        parameters: {
            query?: {
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
            /** @description Every compact, in the order drafted */
            200: {
                headers: {
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
            /** @description The compact on a date (?asOf=, default today) on either clock (?axis=effective|recorded): status, current version, term, partners */
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
    CorrectFactController_correct: {
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
                "application/json": components["schemas"]["CorrectionDto"];
            };
        };
        responses: {
            /** @description EventCorrected: the original fact stays in the history */
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
            /** @description Section by section: added, removed, changed with word-level changes */
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
    ReadPartnersController_endorsements: {
        parameters: {
            query?: {
                /** @description A real date (2018-04-01) or a date-time with its offset (2026-03-03T10:00:00Z) */
                asOf?: string;
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
                    "application/json": components["schemas"]["EscalationPathDto"];
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
    ReadCompactsController_history: {
        parameters: {
            query?: {
                /** @description A real date (2018-04-01) or a date-time with its offset (2026-03-03T10:00:00Z) */
                asOf?: string;
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
            /** @description The compact stream's events in order, each with its full envelope and hashes; the headers name the checkpoint the read is consistent with and prove the stream's head in it (the README's verification script checks them) */
            200: {
                headers: {
                    /** @description Base64 of a C2SP tlog-proof that the head event is in that checkpoint (the checkpoint verbatim at its end). With the stream head, a copy of the read that was cut short is caught: its last event is not the signed head */
                    "Ledger-Head-Proof"?: string;
                    /** @description Base64 of a signed note (compact-ledger stream head v1) naming the checkpoint this read is consistent with and the stream's head at it: event count, head revision, position and hash. Signed with the log key (GET /ledger/keys). Absent where the ledger keeps no transparency log */
                    "Ledger-Stream-Head"?: string;
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
    ReadPartnersController_partners: {
        parameters: {
            query?: {
                /** @description A real date (2018-04-01) or a date-time with its offset (2026-03-03T10:00:00Z) */
                asOf?: string;
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
            /** @description Partners with their membership periods and representatives */
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
            /** @description Every version in the order published: label, date, note, content hash and sections */
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
            /** @description Each level of the path: reached when, by whose act, for how long; and any level skipped */
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
            /** @description The store is readable; each projection with its lag behind the head of the log */
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
            /** @description The store cannot be read: the same report, status unavailable */
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
}
