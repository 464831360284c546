// Generated from libs/api-client/openapi.json by `npm run api-client` (openapi-typescript).
// Do not edit: change the API (its DTOs and @Operation decorators) and regenerate.
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and readiness: 200 when the database and Temporal answer */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/holidays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A year’s days off and compensatory working Saturdays */
        get: operations["listHolidays"];
        put?: never;
        /** Admin: add or replace a day (stages opening afterwards use it; running deadlines keep theirs) */
        post: operations["setHoliday"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/holidays/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Admin: remove a day from the calendar */
        delete: operations["removeHoliday"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller’s notifications (hộp thư), newest first */
        get: operations["listMyNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of the caller’s notifications read */
        post: operations["markNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every campaign */
        get: operations["listCampaigns"];
        put?: never;
        /** Admin: open a campaign (đợt phát động) for units to nominate into */
        post: operations["openCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A campaign with, per addressed unit, how many nominations it has sent */
        get: operations["getCampaign"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Admin: move the intake deadline later (reason required, audited) */
        post: operations["extendCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open and overdue nominations per stage; on-time rate and working days per stage for a period
         * @description For the office (secretary, appraiser, signer, auditor, admin), not for units.
         */
        get: operations["getStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/council-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Council sessions, newest first (at most 200) */
        get: operations["listCouncilSessions"];
        put?: never;
        /** The council secretary opens a session over nominations in council review */
        post: operations["openCouncilSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/council-sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A session and where each of its nominations stands */
        get: operations["getCouncilSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/council-sessions/{id}/votes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A member’s ballots on many nominations of the session, applied in order */
        post: operations["castSessionVotes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/council-sessions/{id}/absent-opinions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The secretary records an absent member’s written opinion (ý kiến bằng văn bản) */
        post: operations["recordAbsentOpinions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/council-sessions/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close voting: every nomination still in council review is tallied */
        post: operations["closeCouncilSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/nominations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Nominations, newest first, by stage, status, unit, award, campaign, year, overdue or name
         * @description Unit officers see their own unit’s only.
         */
        get: operations["listNominations"];
        put?: never;
        /**
         * Create a nomination (lập hồ sơ đề nghị) and submit it, or keep a draft
         * @description Unit officers only. With an Idempotency-Key, a repeat returns the first result with 200.
         */
        post: operations["createNomination"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/nominations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A nomination, with what the caller may do now */
        get: operations["getNomination"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a draft’s content (nominee, achievements, year, campaign) before it is submitted */
        patch: operations["editDraft"];
        trace?: never;
    };
    "/nominations/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The nomination’s audit trail, in order */
        get: operations["getNominationHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/nominations/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a draft (an electronic dossier must then be complete) */
        post: operations["submitDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/nominations/{id}/votes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A council member’s vote (biểu quyết) */
        post: operations["castVote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/nominations/{id}/appraisal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The appraiser’s decision (thẩm định): approve, ask for a supplement, or reject */
        post: operations["appraise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/nominations/{id}/supplement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The unit resubmits after a supplement request (bổ sung hồ sơ) */
        post: operations["resubmitSupplement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/nominations/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The unit withdraws its nomination (rút hồ sơ) */
        post: operations["withdrawNomination"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/nominations/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The signer returns the nomination to appraisal */
        post: operations["returnToAppraisal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/nominations/{id}/external-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the central level’s decision on a submitted nomination */
        post: operations["recordExternalDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/nominations/{id}/deadline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Admin: move the running stage’s deadline (reason required, audited); the timer follows */
        patch: operations["moveDeadline"];
        trace?: never;
    };
    "/nominations/{id}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pass a pending council vote or appraisal to another eligible person (chuyển xử lý), audited
         * @description For an admin, or for the person who holds the task (going on leave). The inbox, allowed actions and reminders follow the new person.
         */
        post: operations["reassignTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/nominations/{id}/reassignment-candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who a pending council vote or appraisal may pass to: exactly the people POST …/reassign would accept now, by name */
        get: operations["listReassignmentCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/nominations/{id}/documents/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest file of a kind, as uploaded (Digest: its SHA-256) */
        get: operations["downloadDocument"];
        /** Attach a file to a draft, or during a supplement round (the raw bytes are the body) */
        put: operations["uploadDocument"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/nominations/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dossier: the latest file of each kind, and every upload */
        get: operations["listDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/nominations/{id}/dossier/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changed in the dossier between two rounds */
        get: operations["diffDossier"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/nominations/{id}/checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The system’s checks for the appraiser: documents, prior titles, collective ratios, duplicates */
        get: operations["getChecks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign a batch of nominations into one numbered decision, all or nothing
         * @description Signers only. Runs as a durable workflow (a batch: a decision workflow; one nomination: one Update to that nomination’s own workflow): the same Idempotency-Key (or decisionId) again joins the decision under way, or returns it once signed (200). A decision of one nomination is answered before its PDF is made (GET …/document.pdf waits for it).
         */
        post: operations["signDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/decisions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A decision and the nominations it covers */
        get: operations["getDecision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/delegations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Delegations of signing authority, newest first
         * @description Admins and auditors see all; a signer sees those they gave or hold.
         */
        get: operations["listDelegations"];
        put?: never;
        /**
         * Lend signing authority for a period: KT. (a deputy signs on behalf) or TL. (the office chief signs by order)
         * @description A signer lends their own authority; an admin may record one for any signer (principalId). Audited (`delegation_created`).
         */
        post: operations["createDelegation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/delegations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a delegation from now on (decisions signed under it keep it)
         * @description The principal or an admin. Audited (`delegation_revoked`).
         */
        delete: operations["revokeDelegation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/decisions/{id}/document.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed decision (quyết định) as a PDF in the state format, with its annex of awardees
         * @description The bytes signed (PAdES) when the decision was sealed, or right after it for a decision of one nomination (asked meanwhile, this request waits for them, at most ACTION_WAIT_SECONDS, then 503); `Digest` is their SHA-256, as in the decision’s `decision_signed` (a batch) or `decision_document_signed` (a decision of one) audit event. Whoever may read the decision may read it.
         */
        get: operations["getDecisionDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/decisions/{id}/certificates/{nominationId}.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Bằng khen / Giấy khen of one awardee of a signed decision, A4 landscape PDF */
        get: operations["getAwardCertificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/awards.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Awards of a year by unit and award type (individuals, collectives, total), as XLSX
         * @description For the office (admin, Sở Nội vụ: secretary, appraiser) and auditors. Vietnamese headers; counts are numbers.
         */
        get: operations["exportAwardsReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/nominations.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The register of submitted nominations: stage, due date and on-time status, as XLSX
         * @description For the office (admin, Sở Nội vụ: secretary, appraiser) and auditors. Dates are date cells shown dd/mm/yyyy (Vietnam time).
         */
        get: operations["exportNominationsReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller’s work queue: nominations waiting for them to act */
        get: operations["getInbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/awards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The award registry (sổ khen thưởng): who received what, and by which decision */
        get: operations["listAwards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/award-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The award catalog */
        get: operations["listAwardTypes"];
        put?: never;
        /** Admin: add an award type to the catalog */
        post: operations["createAwardType"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/award-types/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One award type */
        get: operations["getAwardType"];
        /** Admin: replace an award type whole; nominations already started keep the rules they pinned */
        put: operations["replaceAwardType"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pipelines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every pipeline, with its newest version */
        get: operations["listPipelines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pipelines/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of a pipeline, newest first, each saying whether a nomination runs on it */
        get: operations["getPipelineVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pipelines/{code}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version of a pipeline (immutable) */
        get: operations["getPipelineVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pipelines/{code}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Admin: publish the next version of a pipeline (version 1 creates it) */
        post: operations["publishPipelineVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every unit (đơn vị) */
        get: operations["listUnits"];
        put?: never;
        /** Admin: add a unit */
        post: operations["createUnit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users, by unit or role (email addresses for admins only) */
        get: operations["listUsers"];
        put?: never;
        /** Admin: add a user */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Admin: change a user’s name, unit, roles, contact, signer authority, or deactivate them (their sessions end); the username stays */
        put: operations["replaceUser"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/councils": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every council (Hội đồng TĐKT) with its active members */
        get: operations["listCouncils"];
        put?: never;
        /** Admin: add a council (the provincial one, or a unit’s own) */
        post: operations["createCouncil"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/councils/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A council with its active members */
        get: operations["getCouncil"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/councils/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Admin: replace the active members (others are deactivated, never deleted); open reviews keep the members they pinned */
        put: operations["replaceCouncilMembers"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit events in (occurredAt, id) order, filtered by subject, actor, action or time */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recompute the hash chains: one subject’s, one type’s, or the whole trail’s */
        get: operations["verifyAuditTrail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stream an evidence bundle (NDJSON) of one chain, a time range, or both */
        get: operations["exportAuditTrail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with a username and password */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new bearer token for the refresh cookie (which is rotated) */
        post: operations["refreshSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the session: its refresh tokens are revoked and the cookie cleared */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the bearer token belongs to */
        get: operations["getSignedInUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Admin: set a user’s password (their sessions end, their backoff is cleared) */
        put: operations["setUserPassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/codec/decode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decrypt Temporal payloads for the Temporal UI or CLI (auditors and admins) */
        post: operations["decodePayloads"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/codec/encode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Encrypt payloads with the newest key, for input typed in the Temporal UI or CLI (auditors and admins) */
        post: operations["encodePayloads"];
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
        HealthResponse: {
            /** @enum {string} */
            status: "ok";
            /** @enum {string} */
            database: "up";
            /** @enum {string} */
            temporal: "up";
        };
        CalendarDayView: {
            /**
             * Format: date
             * @example 2026-09-02
             */
            date: string;
            /** @enum {string} */
            kind: "holiday" | "working_saturday";
            /** @example Quốc khánh */
            name: string;
            /** @description A lunar-calendar date not yet announced officially */
            estimated: boolean;
        };
        HolidayYear: {
            /** @example 2026 */
            year: number;
            days: components["schemas"]["CalendarDayView"][];
        };
        HolidayDto: {
            /**
             * Format: date
             * @example 2026-09-02
             */
            date: string;
            /**
             * @description A day off, or a Saturday worked to make up for a bridged day
             * @example holiday
             * @enum {string}
             */
            kind: "holiday" | "working_saturday";
            /** @example Quốc khánh */
            name: string;
            /**
             * @description A lunar-calendar date not yet announced officially
             * @example false
             */
            estimated?: boolean;
        };
        NotificationView: {
            /** Format: uuid */
            id: string;
            /**
             * @description What the notice is about (action_required, reminder, escalation, result…)
             * @example action_required
             */
            kind: string;
            /** @example Hồ sơ chờ Hội đồng biểu quyết */
            title: string;
            /** @example Hồ sơ đề nghị khen thưởng Nguyễn Thị Hoa đang chờ ý kiến của đồng chí. */
            body: string;
            /** Format: uuid */
            nominationId: string | null;
            /** Format: uuid */
            campaignId: string | null;
            /** Format: date-time */
            createdAt: string;
            read: boolean;
            /**
             * @description Whether it was also emailed (only with SMTP configured)
             * @example not_sent
             */
            email: string;
        };
        NotificationPage: {
            items: components["schemas"]["NotificationView"][];
            /** @description Pass it as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        CreateCampaignDto: {
            /** @example Đợt thi đua chào mừng kỷ niệm 80 năm Quốc khánh */
            name: string;
            /**
             * @example [
             *       "BANG_KHEN_CT_UBND",
             *       "CSTD_TINH"
             *     ]
             */
            awardCodes: string[];
            unitIds: string[];
            /**
             * @description An instant, or a date (YYYY-MM-DD) meaning the end of that day in Asia/Ho_Chi_Minh; in the future
             * @example 2026-12-31
             */
            intakeDeadline: string;
            /**
             * @description Reminders, in working days before the deadline
             * @example [
             *       5,
             *       2,
             *       0
             *     ]
             */
            reminderOffsets?: number[];
        };
        UnitIntake: {
            /** Format: uuid */
            unitId: string;
            /** @example VP-UBND */
            unitCode: string;
            /** @example Văn phòng UBND tỉnh */
            unitName: string;
            /** @description Drafts included */
            nominations: number;
            submitted: number;
        };
        CampaignWithIntake: {
            /** Format: uuid */
            id: string;
            /** @example Đợt thi đua chào mừng kỷ niệm 80 năm Quốc khánh */
            name: string;
            /**
             * @example [
             *       "BANG_KHEN_CT_UBND"
             *     ]
             */
            awardCodes: string[];
            unitIds: string[];
            /** Format: date-time */
            intakeDeadline: string;
            /**
             * @example [
             *       5,
             *       2,
             *       0
             *     ]
             */
            reminderOffsets: number[];
            /**
             * @description closed once the intake deadline has passed
             * @enum {string}
             */
            status: "open" | "closed";
            /** @example campaign-5b0c2f4e-8d1a-4c1e-9f8a-3c2b1a0f9e8d */
            workflowId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            closedAt: string | null;
            units: components["schemas"]["UnitIntake"][];
        };
        CampaignResponse: {
            /** Format: uuid */
            id: string;
            /** @example Đợt thi đua chào mừng kỷ niệm 80 năm Quốc khánh */
            name: string;
            /**
             * @example [
             *       "BANG_KHEN_CT_UBND"
             *     ]
             */
            awardCodes: string[];
            unitIds: string[];
            /** Format: date-time */
            intakeDeadline: string;
            /**
             * @example [
             *       5,
             *       2,
             *       0
             *     ]
             */
            reminderOffsets: number[];
            /**
             * @description closed once the intake deadline has passed
             * @enum {string}
             */
            status: "open" | "closed";
            /** @example campaign-5b0c2f4e-8d1a-4c1e-9f8a-3c2b1a0f9e8d */
            workflowId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            closedAt: string | null;
        };
        ExtendCampaignDto: {
            /**
             * @description An instant, or a date (YYYY-MM-DD) meaning the end of that day in Asia/Ho_Chi_Minh; later than the current one
             * @example 2027-01-15
             */
            intakeDeadline: string;
            /** @example Gia hạn theo đề nghị của các đơn vị */
            reason: string;
        };
        StatsPeriod: {
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
        };
        StageLoad: {
            /** @enum {string} */
            stage: "unit_proposal" | "council_review" | "appraisal" | "supplement" | "signing" | "external_decision";
            open: number;
            overdue: number;
        };
        StatsTotals: {
            open: number;
            overdue: number;
        };
        StageWorkingDays: {
            /** @enum {string} */
            stage: "unit_proposal" | "council_review" | "appraisal" | "supplement" | "signing" | "external_decision";
            /** @description Stage visits closed in the period */
            visits: number;
            median: number | null;
            p90: number | null;
        };
        StatsResponse: {
            period: components["schemas"]["StatsPeriod"];
            /** @description Open nominations per stage now */
            stages: components["schemas"]["StageLoad"][];
            totals: components["schemas"]["StatsTotals"];
            /** @description Stage visits closed in the period that had a deadline */
            closedWithDeadline: number;
            /** @description …of which closed by it */
            onTime: number;
            /** @example 0.989 */
            onTimeRate: number | null;
            /** @description Working days spent per stage visit closed in the period */
            workingDaysPerStage: components["schemas"]["StageWorkingDays"][];
        };
        CreateCouncilSessionDto: {
            /** @description Nominations on the agenda, each in council review */
            nominationIds: string[];
            /**
             * Format: date-time
             * @description When voting closes (the tally then uses the ballots cast); default: each stage’s own SLA
             * @example 2026-12-15T17:00:00+07:00
             */
            votingDeadline?: string;
        };
        CouncilProgress: {
            /** @example 5 */
            members: number;
            /** @example 0 */
            recused: number;
            /** @description Who holds a seat on this review (a reassigned vote changes seat) */
            memberIds: string[];
            votedMemberIds: string[];
            /** @description Members of the nominating unit, who do not vote on it */
            recusedMemberIds: string[];
        };
        TallyView: {
            members?: number;
            recused?: number;
            eligible?: number;
            /** @description Took part in the session (a ballot, not a written opinion) */
            present?: number;
            /** @description Written opinions of absent members */
            written?: number;
            agree?: number;
            disagree?: number;
            abstain?: number;
            base?: number;
            /** @description Smallest number of agree votes that passes */
            required?: number;
            quorumRequired?: number;
            quorumMet?: boolean;
            passed?: boolean;
            /** @description The vote rule pinned when the stage opened */
            rule?: {
                [key: string]: unknown;
            };
        };
        SessionNomination: {
            /** Format: uuid */
            nominationId: string;
            /** @example Nguyễn Thị Hoa */
            nomineeName: string;
            /** @enum {string|null} */
            stage: "unit_proposal" | "council_review" | "appraisal" | "supplement" | "signing" | "external_decision" | null;
            /** @enum {string} */
            status: "draft" | "in_progress" | "awarded" | "rejected" | "withdrawn" | "expired";
            council: components["schemas"]["CouncilProgress"] | null;
            tally: components["schemas"]["TallyView"] | null;
            /** @description What the caller may do on this nomination now (e.g. `vote`) */
            allowedActions: string[];
        };
        CouncilSessionResponse: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "open" | "closed";
            /** Format: date-time */
            votingDeadline: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            closedAt: string | null;
            nominations: components["schemas"]["SessionNomination"][];
        };
        CouncilSessionSummary: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "open" | "closed";
            /** Format: date-time */
            votingDeadline: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            closedAt: string | null;
            /** @example 12 */
            nominationCount: number;
        };
        BallotDto: {
            /** Format: uuid */
            nominationId: string;
            /**
             * @example agree
             * @enum {string}
             */
            choice: "agree" | "disagree" | "abstain";
        };
        SessionVotesDto: {
            votes: components["schemas"]["BallotDto"][];
        };
        SessionBallotResults: {
            /** Format: uuid */
            sessionId: string;
            /** @description Each ballot’s nomination after it, in order */
            results: components["schemas"]["SessionNomination"][];
        };
        AbsentOpinionDto: {
            /**
             * Format: uuid
             * @description The absent member whose written opinion (ý kiến bằng văn bản) this is
             */
            memberId: string;
            votes: components["schemas"]["BallotDto"][];
        };
        MemberCountsDto: {
            /**
             * @description Members in total
             * @example 42
             */
            total: number;
            /**
             * @description Members rated Lao động tiên tiến
             * @example 35
             */
            ldtt?: number;
            /**
             * @description Members holding Chiến sĩ thi đua cơ sở
             * @example 6
             */
            cstdCoSo?: number;
            /**
             * @description Members disciplined this year
             * @example 0
             */
            disciplined?: number;
        };
        NomineeDto: {
            /**
             * @example individual
             * @enum {string}
             */
            kind: "individual" | "collective";
            /**
             * @description The person’s full name, or the collective’s name, with Vietnamese diacritics
             * @example Nguyễn Thị Hoa
             */
            fullName: string;
            /** @example Chuyên viên */
            position?: string;
            /** @example Văn phòng UBND tỉnh */
            workplace?: string;
            memberCounts?: components["schemas"]["MemberCountsDto"];
        };
        CreateNominationDto: {
            /**
             * @description A code of the award catalog (GET /award-types)
             * @example BANG_KHEN_CT_UBND
             */
            awardCode: string;
            nominee: components["schemas"]["NomineeDto"];
            /**
             * @description Thành tích: what the nominee achieved
             * @example Hoàn thành xuất sắc nhiệm vụ năm 2026; sáng kiến cải cách thủ tục hành chính.
             */
            achievements: string;
            /**
             * @description The year the achievements belong to (default: the current year)
             * @example 2026
             */
            year?: number;
            /**
             * Format: uuid
             * @description The campaign (đợt phát động) this nomination answers, if any
             */
            campaignId?: string;
            /**
             * @description false keeps a draft; the default submits at once
             * @example true
             */
            submit?: boolean;
        };
        PipelineRef: {
            /** @example provincial */
            code: string;
            /** @example 1 */
            version: number | null;
        };
        DecisionRef: {
            /**
             * Format: uuid
             * @description null for a decision taken at the central level
             */
            id: string | null;
            /** @example 12/QĐ-UBND */
            number: string;
        };
        PersonActionView: {
            /** @example vote_cast */
            action: string;
            /** @example Thành viên Hội đồng biểu quyết */
            labelVi: string;
            /** @example Council member voted */
            labelEn: string;
            /** Format: uuid */
            actorId: string;
            /** @example Nguyễn Cao Sơn */
            actorName: string | null;
            /** @enum {string|null} */
            role: "unit_officer" | "council_member" | "council_secretary" | "appraiser" | "signer" | "auditor" | "admin" | null;
            /** Format: date-time */
            at: string;
            /** @enum {string|null} */
            stageBefore: "unit_proposal" | "council_review" | "appraisal" | "supplement" | "signing" | "external_decision" | null;
            /** @enum {string|null} */
            stageAfter: "unit_proposal" | "council_review" | "appraisal" | "supplement" | "signing" | "external_decision" | null;
        };
        NominationResponse: {
            /** Format: uuid */
            id: string;
            /** @example nomination-0b8a8f5e-3c1d-4e4f-9a57-2f0f4d2b6c11 */
            workflowId: string;
            /** @example BANG_KHEN_CT_UBND */
            awardCode: string;
            /** Format: uuid */
            unitId: string;
            /** @enum {string} */
            subject: "individual" | "collective";
            nominee: components["schemas"]["NomineeDto"];
            /** @example Hoàn thành xuất sắc nhiệm vụ năm 2026 */
            achievements: string;
            /** @example 2026 */
            year: number;
            /** Format: uuid */
            campaignId: string | null;
            /** @enum {string} */
            status: "draft" | "in_progress" | "awarded" | "rejected" | "withdrawn" | "expired";
            /**
             * @description null once the nomination has ended
             * @enum {string|null}
             */
            stage: "unit_proposal" | "council_review" | "appraisal" | "supplement" | "signing" | "external_decision" | null;
            /** Format: date-time */
            stageOpenedAt: string | null;
            /** Format: date-time */
            dueAt: string | null;
            overdue: boolean;
            /** @description Working days until dueAt on the Vietnamese calendar (negative when overdue) */
            workingDaysLeft: number | null;
            /** Format: date-time */
            breachedAt: string | null;
            pipeline: components["schemas"]["PipelineRef"] | null;
            /** @description In council review only */
            council: components["schemas"]["CouncilProgress"] | null;
            /**
             * Format: uuid
             * @description The appraiser the appraisal is named to (after a reassignment); null: every appraiser holds it
             */
            appraiserId: string | null;
            tally: components["schemas"]["TallyView"] | null;
            decision: components["schemas"]["DecisionRef"] | null;
            actions: components["schemas"]["PersonActionView"][];
            /** @description What the caller may do now */
            allowedActions: ("submit" | "vote" | "close_voting" | "appraise" | "supplement" | "sign" | "return" | "withdraw" | "record_external_decision" | "extend_deadline" | "schedule_voting" | "record_absent_opinion" | "reassign")[];
            /** @description The number of the last transition (grows with every change) */
            transition: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        UpdateDraftDto: {
            nominee?: components["schemas"]["NomineeDto"];
            /** @example Hoàn thành xuất sắc nhiệm vụ năm 2026; sáng kiến cải cách thủ tục hành chính. */
            achievements?: string;
            /** @example 2026 */
            year?: number;
            /** Format: uuid */
            campaignId?: string;
        };
        HistoryEvent: {
            /** @example 1 */
            sequence: number;
            /** Format: date-time */
            occurredAt: string;
            actorId: string | null;
            /** @example Nguyễn Thị Lan */
            actorName: string | null;
            /** @example unit_officer */
            actorRole: string | null;
            /** @example submitted */
            action: string;
            /** @example Đơn vị trình hồ sơ */
            labelVi: string;
            /** @example Submitted by the unit */
            labelEn: string;
            /** @example unit_proposal */
            stageBefore: string | null;
            /** @example council_review */
            stageAfter: string | null;
            reason: string | null;
            payload: {
                [key: string]: unknown;
            } | null;
            workflowId: string | null;
            runId: string | null;
            /** @description SHA-256 of the event and the previous hash (hex) */
            hash: string;
        };
        VoteDto: {
            /**
             * @description Tán thành, không tán thành, or abstain
             * @example agree
             * @enum {string}
             */
            choice: "agree" | "disagree" | "abstain";
        };
        AppraisalDto: {
            /**
             * @example approve
             * @enum {string}
             */
            decision: "approve" | "supplement" | "reject";
            /**
             * @description Why; required to ask for a supplement or to reject
             * @example Hồ sơ đầy đủ, đúng quy định
             */
            reason?: string;
            /**
             * @description What the unit must add (supplement)
             * @example [
             *       "Bổ sung biên bản họp xét"
             *     ]
             */
            items?: string[];
            /** @description Required to approve when a system check failed: why the appraiser approves anyway (audited) */
            override?: string;
        } | {
            decision?: unknown;
        } | unknown;
        SupplementDto: {
            /** @example Đã bổ sung biên bản họp xét */
            note?: string;
        };
        ReasonDto: {
            /** @example Đơn vị rút hồ sơ để bổ sung thành tích */
            reason?: string;
        };
        ReturnDto: {
            /**
             * @description Why the signer returns it to appraisal
             * @example Đề nghị thẩm định lại thành tích
             */
            comment: string;
        };
        ExternalDecisionDto: {
            /**
             * @description What the central level decided
             * @example awarded
             * @enum {string}
             */
            outcome: "awarded" | "refused";
            /**
             * @description The central decision’s number; required when awarded
             * @example 125/QĐ-TTg
             */
            decisionNumber?: string;
            /**
             * @description Required when refused
             * @example Chưa đủ tiêu chuẩn theo Nghị định 152/2025/NĐ-CP
             */
            reason?: string;
        } & (({
            outcome?: unknown;
        } | unknown) & ({
            outcome?: unknown;
        } | unknown));
        DeadlineDto: {
            /**
             * Format: date-time
             * @description The new due instant, later than the current one
             * @example 2026-12-31T17:00:00+07:00
             */
            dueAt?: string;
            /**
             * @description Working days added to the current due date
             * @example 5
             */
            extendByWorkingDays?: number;
            /**
             * @description Why (audited)
             * @example Hội đồng họp bổ sung theo chỉ đạo của Chủ tịch UBND tỉnh
             */
            reason: string;
        } & (unknown | unknown);
        ReassignDto: {
            /**
             * @description The pending task: a council member’s vote, or the appraisal
             * @example council_vote
             * @enum {string}
             */
            task: "council_vote" | "appraisal";
            /**
             * Format: uuid
             * @description Who holds the task now (a user id); an admin, or this person, may pass it on
             */
            from: string;
            /**
             * Format: uuid
             * @description Who takes it over (a user id): same role, same council, active, no other duty on this nomination
             */
            to: string;
            /**
             * @description Why (audited)
             * @example Nghỉ phép năm từ 01/12 đến 12/12
             */
            reason: string;
        };
        ReassignmentCandidate: {
            /** Format: uuid */
            id: string;
            /** @example Phan Thị Bích */
            fullName: string;
            /** Format: uuid */
            unitId: string;
        };
        DossierDocument: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "to_trinh" | "bao_cao_thanh_tich" | "bien_ban_hop" | "xac_nhan_sang_kien" | "y_kien_btv_tinh_uy" | "y_kien_hiep_y";
            /**
             * @description The dossier round it was uploaded in (1, then one more per supplement request)
             * @example 1
             */
            round: number;
            /** @example Tờ trình đề nghị.pdf */
            fileName: string;
            /** @example application/pdf */
            contentType: string;
            /** @example 183204 */
            size: number;
            /**
             * @description SHA-256 of the bytes (hex)
             * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
             */
            sha256: string;
            /** Format: uuid */
            uploadedBy: string;
            /** Format: date-time */
            uploadedAt: string;
        };
        DossierDocuments: {
            /**
             * @description The current round
             * @example 2
             */
            round: number;
            /** @description The latest upload of each kind */
            documents: components["schemas"]["DossierDocument"][];
            /** @description Every upload, in order */
            history: components["schemas"]["DossierDocument"][];
        };
        DossierFileView: {
            /** @enum {string} */
            kind: "to_trinh" | "bao_cao_thanh_tich" | "bien_ban_hop" | "xac_nhan_sang_kien" | "y_kien_btv_tinh_uy" | "y_kien_hiep_y";
            round: number;
            sha256: string;
            /** @example Báo cáo thành tích.pdf */
            fileName: string;
            /** Format: date-time */
            uploadedAt: string;
        };
        DossierChange: {
            /** @enum {string} */
            kind: "to_trinh" | "bao_cao_thanh_tich" | "bien_ban_hop" | "xac_nhan_sang_kien" | "y_kien_btv_tinh_uy" | "y_kien_hiep_y";
            /** @enum {string} */
            change: "added" | "removed" | "changed" | "unchanged";
            from?: components["schemas"]["DossierFileView"];
            to?: components["schemas"]["DossierFileView"];
        };
        DossierDiff: {
            /** @example 1 */
            from: number;
            /** @example 2 */
            to: number;
            changes: components["schemas"]["DossierChange"][];
        };
        CheckResultView: {
            /** @enum {string} */
            code: "required_documents" | "prior_titles" | "collective_ratios" | "duplicate_nomination";
            ok: boolean;
            /**
             * @description Worded for the appraiser, in Vietnamese
             * @example Đã đính kèm đủ tài liệu theo quy định
             */
            message: string;
        };
        SignDecisionDto: {
            nominationIds: string[];
            /** Format: uuid */
            decisionId?: string;
        };
        DecisionSignatureResponse: {
            /** @enum {string} */
            capacity: "direct" | "KT" | "TL";
            /**
             * Format: uuid
             * @description The delegation signed under (null when direct)
             */
            delegationId: string | null;
            /**
             * Format: uuid
             * @description Whose authority: the head (the signer themself when direct)
             */
            signedForId: string | null;
            /** @example Nguyễn Cao Sơn */
            signedForName: string | null;
            /**
             * @description Who actually signed
             * @example Phạm Văn Phó
             */
            signerName: string | null;
            /**
             * @description First signature line under a delegation (null when direct)
             * @example KT. CHỦ TỊCH
             */
            heading: string | null;
            /**
             * @description Second signature line under a delegation (null when direct)
             * @example PHÓ CHỦ TỊCH
             */
            title: string | null;
        };
        DecisionResponse: {
            /** Format: uuid */
            id: string;
            /**
             * @description <sequence>/QĐ-<authority>, gap-free per authority and year
             * @example 12/QĐ-UBND
             */
            number: string;
            /** @enum {string} */
            kind: "decision" | "submission";
            /** @example UBND */
            authority: string;
            /** Format: date-time */
            signedAt: string;
            /** Format: uuid */
            signerId: string;
            nominationIds: string[];
            /** @enum {string} */
            status: "numbered" | "signed";
            signature: components["schemas"]["DecisionSignatureResponse"];
        };
        CreateDelegationDto: {
            /**
             * @description KT. (ký thay: a deputy signs on behalf of the head) or TL. (thừa lệnh: the office chief signs by order)
             * @example KT
             * @enum {string}
             */
            kind: "KT" | "TL";
            /**
             * Format: uuid
             * @description Who will sign: a user holding the signer role
             */
            delegateId: string;
            /**
             * Format: uuid
             * @description Whose authority is lent (admins only; a signer always lends their own)
             */
            principalId?: string;
            /**
             * Format: date
             * @description First day in force (Vietnam time), inclusive
             * @example 2026-12-01
             */
            validFrom: string;
            /**
             * Format: date
             * @description Last day in force (Vietnam time), inclusive; not before validFrom
             * @example 2026-12-31
             */
            validTo: string;
            /**
             * @description Title of the head on the first signature line (default CHỦ TỊCH)
             * @example CHỦ TỊCH
             */
            principalTitle?: string;
            /**
             * @description Title of the person who signs (default PHÓ CHỦ TỊCH for KT., CHÁNH VĂN PHÒNG for TL.)
             * @example PHÓ CHỦ TỊCH
             */
            delegateTitle?: string;
            /**
             * @description Why (e.g. đi công tác, nghỉ phép)
             * @example Chủ tịch đi công tác nước ngoài
             */
            reason?: string;
        };
        DelegationResponse: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "KT" | "TL";
            /**
             * @description The authority lent
             * @example UBND
             */
            authority: string;
            /** Format: uuid */
            principalId: string;
            /** @example Nguyễn Cao Sơn */
            principalName: string;
            /** Format: uuid */
            delegateId: string;
            /** @example Phạm Văn Phó */
            delegateName: string;
            /** @example CHỦ TỊCH */
            principalTitle: string;
            /** @example PHÓ CHỦ TỊCH */
            delegateTitle: string;
            /**
             * @description First signature line
             * @example KT. CHỦ TỊCH
             */
            heading: string;
            /** Format: date */
            validFrom: string;
            /** Format: date */
            validTo: string;
            /** @example Chủ tịch đi công tác */
            reason: string | null;
            /** Format: uuid */
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            revokedAt: string | null;
            /** Format: uuid */
            revokedBy: string | null;
        };
        NominationSummary: {
            /** Format: uuid */
            id: string;
            /** @example BANG_KHEN_CT_UBND */
            awardCode: string;
            /** @enum {string} */
            subject: "individual" | "collective";
            /** @example Nguyễn Thị Hoa */
            nomineeName: string;
            /** Format: uuid */
            unitId: string;
            /** @enum {string} */
            status: "draft" | "in_progress" | "awarded" | "rejected" | "withdrawn" | "expired";
            /** @enum {string|null} */
            stage: "unit_proposal" | "council_review" | "appraisal" | "supplement" | "signing" | "external_decision" | null;
            /** Format: date-time */
            stageOpenedAt: string | null;
            /** Format: date-time */
            dueAt: string | null;
            overdue: boolean;
            /** @example 2026 */
            year: number;
            /** Format: uuid */
            campaignId: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        NominationPage: {
            items: components["schemas"]["NominationSummary"][];
            /** @description Pass it as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        InboxItem: {
            /** Format: uuid */
            id: string;
            /** @example BANG_KHEN_CT_UBND */
            awardCode: string;
            /** @enum {string} */
            subject: "individual" | "collective";
            /** @example Nguyễn Thị Hoa */
            nomineeName: string;
            /** Format: uuid */
            unitId: string;
            /** @enum {string} */
            status: "draft" | "in_progress" | "awarded" | "rejected" | "withdrawn" | "expired";
            /** @enum {string|null} */
            stage: "unit_proposal" | "council_review" | "appraisal" | "supplement" | "signing" | "external_decision" | null;
            /** Format: date-time */
            stageOpenedAt: string | null;
            /** Format: date-time */
            dueAt: string | null;
            overdue: boolean;
            /** @example 2026 */
            year: number;
            /** Format: uuid */
            campaignId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Working days until dueAt on the Vietnamese calendar (negative when overdue) */
            workingDaysLeft: number | null;
            /** @description What the caller is expected to do */
            expectedActions: ("submit" | "vote" | "close_voting" | "appraise" | "supplement" | "sign" | "return" | "withdraw" | "record_external_decision" | "extend_deadline" | "schedule_voting" | "record_absent_opinion" | "reassign")[];
            /** @description Everything the caller may do (withdrawing is allowed, never expected) */
            allowedActions: ("submit" | "vote" | "close_voting" | "appraise" | "supplement" | "sign" | "return" | "withdraw" | "record_external_decision" | "extend_deadline" | "schedule_voting" | "record_absent_opinion" | "reassign")[];
        };
        InboxPage: {
            items: components["schemas"]["InboxItem"][];
            /** @description Pass it as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        DecisionNumberRef: {
            /** Format: uuid */
            id: string | null;
            /** @example 12/QĐ-UBND */
            number: string;
        };
        AwardRecordView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            nominationId: string;
            /** @example BANG_KHEN_CT_UBND */
            awardCode: string;
            /** @example Bằng khen của Chủ tịch UBND tỉnh */
            awardName: string | null;
            /** @example 2026 */
            year: number;
            /** @enum {string} */
            subject: "individual" | "collective";
            /** @example Nguyễn Thị Hoa */
            nomineeName: string;
            /** Format: uuid */
            unitId: string;
            /** @example Văn phòng UBND tỉnh */
            unitName: string | null;
            decision: components["schemas"]["DecisionNumberRef"];
            /** Format: date-time */
            awardedAt: string;
        };
        AwardPage: {
            items: components["schemas"]["AwardRecordView"][];
            /** @description Pass it as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        VoteRuleDto: {
            /**
             * @description Fraction of the base that must agree: 0.5 with more_than for a majority, 0.9 with at_least
             * @example 0.5
             */
            threshold: number;
            /** @enum {string} */
            comparison: "at_least" | "more_than";
            /** @enum {string} */
            base: "all_members" | "present";
            quorum: number;
            secret: boolean;
            recusedCountInBase?: boolean;
        };
        RewardMultiplierDto: {
            individual?: number;
            collective?: number;
        };
        PriorTitleDto: {
            code: string;
            /**
             * @description Consecutive previous years the title is needed in (0: in the current year)
             * @example 2
             */
            consecutiveYears: number;
        };
        CollectiveCriteriaDto: {
            minLdttRatio?: number;
            minCstdCoSo?: number;
            maxDisciplined?: number;
        };
        EligibilityDto: {
            priorTitles?: components["schemas"]["PriorTitleDto"][];
            collective?: components["schemas"]["CollectiveCriteriaDto"];
        };
        AwardTypeResponse: {
            /** Format: date-time */
            updatedAt: string;
            /** @example GIAY_KHEN_SNV */
            code: string;
            /** @example Bằng khen của Chủ tịch UBND tỉnh */
            nameVi: string;
            /** @example Certificate of Merit of the Provincial Chairman */
            nameEn: string;
            subjects: ("individual" | "collective")[];
            /** @enum {string} */
            decidingLevel: "unit" | "province" | "central";
            pipelineCode: string;
            voteRule: components["schemas"]["VoteRuleDto"];
            requiredDocuments: ("to_trinh" | "bao_cao_thanh_tich" | "bien_ban_hop" | "xac_nhan_sang_kien" | "y_kien_btv_tinh_uy" | "y_kien_hiep_y")[];
            rewardMultiplier: components["schemas"]["RewardMultiplierDto"];
            eligibility?: components["schemas"]["EligibilityDto"];
        };
        CreateAwardTypeDto: {
            /** @example GIAY_KHEN_SNV */
            code: string;
            /** @example Bằng khen của Chủ tịch UBND tỉnh */
            nameVi: string;
            /** @example Certificate of Merit of the Provincial Chairman */
            nameEn: string;
            subjects: ("individual" | "collective")[];
            /** @enum {string} */
            decidingLevel: "unit" | "province" | "central";
            pipelineCode: string;
            voteRule: components["schemas"]["VoteRuleDto"];
            requiredDocuments: ("to_trinh" | "bao_cao_thanh_tich" | "bien_ban_hop" | "xac_nhan_sang_kien" | "y_kien_btv_tinh_uy" | "y_kien_hiep_y")[];
            rewardMultiplier: components["schemas"]["RewardMultiplierDto"];
            eligibility?: components["schemas"]["EligibilityDto"];
        };
        ReplaceAwardTypeDto: {
            /** @description Optional, so a GET body can be sent back as it is; it must match the path */
            code?: string;
            /** @example Bằng khen của Chủ tịch UBND tỉnh */
            nameVi: string;
            /** @example Certificate of Merit of the Provincial Chairman */
            nameEn: string;
            subjects: ("individual" | "collective")[];
            /** @enum {string} */
            decidingLevel: "unit" | "province" | "central";
            pipelineCode: string;
            voteRule: components["schemas"]["VoteRuleDto"];
            requiredDocuments: ("to_trinh" | "bao_cao_thanh_tich" | "bien_ban_hop" | "xac_nhan_sang_kien" | "y_kien_btv_tinh_uy" | "y_kien_hiep_y")[];
            rewardMultiplier: components["schemas"]["RewardMultiplierDto"];
            eligibility?: components["schemas"]["EligibilityDto"];
        };
        PipelineSummaryResponse: {
            /** @example provincial */
            code: string;
            /** @example 2 */
            latestVersion: number;
            /** @example Quy trình khen thưởng cấp tỉnh */
            name: string;
            /** @description How many versions exist */
            versions: number;
            /** Format: date-time */
            latestCreatedAt: string;
            /**
             * @description Award types whose nominations start on the newest version
             * @example [
             *       "BANG_KHEN_CT_UBND"
             *     ]
             */
            awardCodes: string[];
        };
        StageDto: {
            /**
             * @example appraisal
             * @enum {string}
             */
            kind: "unit_proposal" | "council_review" | "appraisal" | "supplement" | "signing" | "external_decision";
            /**
             * @description Deadline in working days; 0: none
             * @example 10
             */
            slaWorkingDays: number;
            /**
             * @description Reminders, in working days before the due date (0 = on it)
             * @example [
             *       3,
             *       1
             *     ]
             */
            reminderOffsets?: number[];
            /** @enum {string} */
            onBreach: "tally" | "escalate" | "expire" | "remind" | "none";
            /** @enum {string} */
            councilScope?: "province" | "unit";
            authority?: string;
            /** @enum {string} */
            produces?: "decision" | "submission";
            supplementSlaWorkingDays?: number;
            /** @enum {string} */
            escalateTo?: "unit_officer" | "council_member" | "council_secretary" | "appraiser" | "signer" | "auditor" | "admin";
        };
        PipelineVersionResponse: {
            /** @example provincial */
            code: string;
            /** @example 2 */
            version: number;
            /** @example Quy trình khen thưởng cấp tỉnh */
            name: string;
            stages: components["schemas"]["StageDto"][];
            /** Format: date-time */
            createdAt: string;
            /** @description Some nomination runs on this version (every version is immutable anyway) */
            inUse: boolean;
        };
        PipelineVersionsResponse: {
            /** @example provincial */
            code: string;
            /** @example 2 */
            latestVersion: number;
            /** @description Newest first */
            versions: components["schemas"]["PipelineVersionResponse"][];
        };
        PublishPipelineVersionDto: {
            /** @example Quy trình khen thưởng cấp tỉnh */
            name: string;
            stages: components["schemas"]["StageDto"][];
        };
        UnitResponse: {
            /** Format: uuid */
            id: string;
            /** @example VP-UBND */
            code: string;
            /** @example Văn phòng UBND tỉnh */
            name: string;
            /** @example office */
            kind: string;
            /** Format: uuid */
            parentId: string | null;
        };
        CreateUnitDto: {
            /** @example SO-NOI-VU */
            code: string;
            /** @example Sở Nội vụ */
            name: string;
            /**
             * @description office, department, commune, ward, school… (free, lower-case)
             * @example department
             */
            kind: string;
            /**
             * Format: uuid
             * @description The unit this one belongs to
             */
            parentId?: string;
        };
        UserResponse: {
            /** Format: uuid */
            id: string;
            /** @example officer.vp */
            username: string;
            /** @example Nguyễn Thị Lan */
            fullName: string;
            /** Format: uuid */
            unitId: string;
            roles: ("unit_officer" | "council_member" | "council_secretary" | "appraiser" | "signer" | "auditor" | "admin")[];
            /**
             * @description Shown to admins only
             * @example lan.nt@vpubnd.example.gov.vn
             */
            email?: string | null;
            /** @example UBND */
            signerAuthority: string | null;
            /** @description False once deactivated: no sign-in, no council seat (never deleted) */
            active: boolean;
        };
        CreateUserDto: {
            /** @example chuyenvien.snv */
            username: string;
            /** @example Trần Văn Nam */
            fullName: string;
            /** Format: uuid */
            unitId: string;
            /**
             * @example [
             *       "appraiser"
             *     ]
             */
            roles: ("unit_officer" | "council_member" | "council_secretary" | "appraiser" | "signer" | "auditor" | "admin")[];
            /**
             * Format: email
             * @example tvnam@snv.example.gov.vn
             */
            email?: string;
            /**
             * @description Signers only: the authority whose decisions they sign (UBND, or a unit code for a unit head)
             * @example UBND
             */
            signerAuthority?: string;
        };
        ReplaceUserDto: {
            /**
             * @description False deactivates the user: no sign-in, their sessions end, no council seat. Never deleted.
             * @example true
             */
            active: boolean;
            /** @example Trần Văn Nam */
            fullName: string;
            /** Format: uuid */
            unitId: string;
            /**
             * @example [
             *       "appraiser"
             *     ]
             */
            roles: ("unit_officer" | "council_member" | "council_secretary" | "appraiser" | "signer" | "auditor" | "admin")[];
            /**
             * Format: email
             * @example tvnam@snv.example.gov.vn
             */
            email?: string;
            /**
             * @description Signers only: the authority whose decisions they sign (UBND, or a unit code for a unit head)
             * @example UBND
             */
            signerAuthority?: string;
        };
        CouncilMemberView: {
            /** Format: uuid */
            id: string;
            /** @example council.1 */
            username: string | null;
            /** @example Trần Văn Minh */
            fullName: string | null;
        };
        CouncilResponse: {
            /** Format: uuid */
            id: string;
            /** @example HD-TDKT-TINH */
            code: string;
            /** @example Hội đồng Thi đua - Khen thưởng tỉnh */
            name: string;
            /** @enum {string} */
            level: "province" | "unit";
            /** Format: uuid */
            unitId: string | null;
            /** @description Active members */
            memberIds: string[];
            members: components["schemas"]["CouncilMemberView"][];
        };
        CreateCouncilDto: {
            /** @example HD-TDKT-SNV */
            code: string;
            /** @example Hội đồng Thi đua - Khen thưởng Sở Nội vụ */
            name: string;
            /**
             * @example unit
             * @enum {string}
             */
            level: "province" | "unit";
            /**
             * Format: uuid
             * @description The unit whose own council this is: given exactly when level is unit
             */
            unitId?: string;
        } | {
            /** @enum {unknown} */
            level: "unit";
        } | {
            level?: unknown;
        };
        CouncilMembersDto: {
            memberIds: string[];
        };
        ChainBreakView: {
            /** @example 0b8a8f5e-3c1d-4e4f-9a57-2f0f4d2b6c11 */
            subject: string;
            /** @example nomination */
            subjectType: string;
            sequence: number;
            /** @example hash mismatch */
            reason: string;
        };
        VerifyScope: {
            /**
             * @description The subject type, or all
             * @example nomination
             */
            subjectType: string;
            subject?: string;
        };
        VerifyResult: {
            ok: boolean;
            /** @description Events checked */
            checked: number;
            firstBroken: components["schemas"]["ChainBreakView"] | null;
            chains: number;
            brokenCount: number;
            /** @description The first breaks, in reading order (at most 20) */
            broken: components["schemas"]["ChainBreakView"][];
            scope: components["schemas"]["VerifyScope"];
            elapsedMs: number;
            eventsPerSecond: number | null;
        };
        AuditEventView: {
            /**
             * @description Row id (a big integer, as text)
             * @example 1042
             */
            id: string;
            /** @enum {string} */
            subjectType: "nomination" | "decision" | "campaign" | "access" | "catalog" | "notification" | "account" | "delegation";
            /** @example 0b8a8f5e-3c1d-4e4f-9a57-2f0f4d2b6c11 */
            subjectId: string;
            /** @example 5 */
            sequence: number;
            /** Format: date-time */
            occurredAt: string;
            actorId: string | null;
            /** @example council_member */
            actorRole: string | null;
            /** @example vote_cast */
            action: string;
            /** @example Thành viên Hội đồng biểu quyết */
            labelVi: string;
            /** @example Council member voted */
            labelEn: string;
            /** @example council_review */
            stageBefore: string | null;
            /** @example council_review */
            stageAfter: string | null;
            reason: string | null;
            payload: {
                [key: string]: unknown;
            } | null;
            /** @description The Temporal workflow that produced it (null for events the API records itself) */
            workflowId: string | null;
            runId: string | null;
            /** @description The previous event’s hash (64 zeros for the first) */
            prevHash: string;
            /** @description SHA-256 (hex) of the canonical event and prevHash */
            hash: string;
            /** @description When the database stored it */
            recordedAt: string | null;
        };
        AuditEventPage: {
            items: components["schemas"]["AuditEventView"][];
            /** @description Pass it as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        LoginDto: {
            /** @example officer.vp */
            username: string;
            /** Format: password */
            password: string;
        };
        SignedInUserDto: {
            /** Format: uuid */
            id: string;
            username: string;
            fullName: string;
            roles: ("unit_officer" | "council_member" | "council_secretary" | "appraiser" | "signer" | "auditor" | "admin")[];
            /** Format: uuid */
            unitId: string | null;
            unitName?: string;
        };
        TokenResponseDto: {
            /** @description bearer token for the Authorization header */
            accessToken: string;
            /** @enum {string} */
            tokenType: "Bearer";
            /** @description seconds the access token is valid for */
            expiresIn: number;
            user: components["schemas"]["SignedInUserDto"];
        };
        SetPasswordDto: {
            /**
             * Format: password
             * @description the new password (at least AUTH_PASSWORD_MIN_LENGTH characters, default 12)
             */
            password: string;
        };
        CodecPayloadDto: {
            metadata?: {
                [key: string]: string;
            };
            data?: string;
        };
        CodecRequestDto: {
            payloads: components["schemas"]["CodecPayloadDto"][];
        };
        CodecPayload: {
            /**
             * @description Metadata name → base64 value
             * @example {
             *       "encoding": "anNvbi9wbGFpbg=="
             *     }
             */
            metadata: {
                [key: string]: unknown;
            };
            /**
             * @description base64
             * @example eyJjaG9pY2UiOiJhZ3JlZSJ9
             */
            data: string;
        };
        CodecResponse: {
            payloads: components["schemas"]["CodecPayload"][];
        };
        ProblemDocument: {
            /**
             * @description urn:ktf:problem:<code> for domain errors, urn:ktf:problem:http-<status> otherwise
             * @example urn:ktf:problem:stage_conflict
             */
            type: string;
            /** @example Not allowed in the current stage */
            title: string;
            /** @example 409 */
            status: number;
            /** @example appraise is not allowed in stage council_review */
            detail: string;
            /**
             * @description The request path
             * @example /nominations/0b8a8f5e-3c1d-4e4f-9a57-2f0f4d2b6c11/appraisal
             */
            instance: string;
            /**
             * @description The domain error code (absent for HTTP-level errors)
             * @enum {string}
             */
            code?: "invalid_input" | "forbidden" | "not_found" | "stage_conflict" | "rule_failed" | "unsupported_media_type" | "unauthenticated" | "rate_limited";
            /** @description Per-field messages (400), or the rules a whole definition broke (422) */
            errors?: (components["schemas"]["FieldErrors"] | string)[];
            /**
             * @description The stage the nomination is in (409)
             * @example council_review
             */
            stage?: string | null;
        } & {
            [key: string]: unknown;
        };
        FieldErrors: {
            /**
             * @description The field, as a path into the request (nominee.fullName, votes.0.choice)
             * @example nominee.fullName
             */
            field: string;
            /**
             * @example [
             *       "nominee.fullName should not be empty"
             *     ]
             */
            messages: string[];
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
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            /** @description Too many requests: retry after the time in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    listHolidays: {
        parameters: {
            query: {
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidayYear"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    setHoliday: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HolidayDto"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarDayView"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A working_saturday that is not a Saturday */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many requests: retry after the time in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    removeHoliday: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The day */
                date: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many requests: retry after the time in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    listMyNotifications: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The cursor is not one this list returned */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    markNotificationRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The notification */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many requests: retry after the time in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    listCampaigns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignResponse"][];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    openCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCampaignDto"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignWithIntake"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The deadline is not in the future, or an award code or unit does not exist */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many requests: retry after the time in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    getCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The campaign */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignWithIntake"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    extendCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The campaign */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtendCampaignDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignWithIntake"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such campaign (or its intake has ended) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The new deadline is not later than the current one and in the future */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many requests: retry after the time in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    getStats: {
        parameters: {
            query?: {
                /** @description Start of the period (default: 1 January, Vietnam time). An instant, or a date (its start, UTC) */
                from?: string;
                /** @description End of the period (default: now), after from */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsResponse"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description from is not before to */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    listCouncilSessions: {
        parameters: {
            query?: {
                /** @description Only sessions in this state */
                status?: "open" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilSessionSummary"][];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    openCouncilSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCouncilSessionDto"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilSessionResponse"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A nomination does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A nomination is not in council review */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description votingDeadline is not in the future */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many requests: retry after the time in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    getCouncilSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The council session */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilSessionResponse"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    castSessionVotes: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. The same key with the same ballots again (a retry after a lost answer) takes none twice: the ballots already taken are answered as they were, where they would otherwise be refused (409 already voted). Any 1–200 visible ASCII characters, unique per batch you mean */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The council session */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionVotesDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionBallotResults"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The session is closed, or a nomination is past council review */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A ballot names a nomination that is not on this session’s agenda (`outside`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many requests: retry after the time in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    recordAbsentOpinions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. The same key with the same ballots again (a retry after a lost answer) takes none twice: the ballots already taken are answered as they were, where they would otherwise be refused (409 already voted). Any 1–200 visible ASCII characters, unique per batch you mean */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The council session */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AbsentOpinionDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionBallotResults"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The session is closed, or a nomination is past council review */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A ballot names a nomination that is not on this session’s agenda (`outside`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many requests: retry after the time in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    closeCouncilSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The council session */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilSessionResponse"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The session is already closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many requests: retry after the time in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    listNominations: {
        parameters: {
            query?: {
                stage?: "unit_proposal" | "council_review" | "appraisal" | "supplement" | "signing" | "external_decision";
                status?: "draft" | "in_progress" | "awarded" | "rejected" | "withdrawn" | "expired";
                unitId?: string;
                awardCode?: string;
                /** @description Another name of awardCode (DESIGN §5 spells it so); give one, or the same value */
                awardType?: string;
                campaignId?: string;
                year?: number;
                overdue?: boolean;
                /** @description Part of the nominee’s name, with or without diacritics */
                q?: string;
                /** @description The nextCursor of the previous page, unchanged */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NominationPage"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A unit officer asked for another unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The cursor is not one this list returned, or the filters contradict each other */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    createNomination: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any 1–200 visible ASCII characters, unique per request you mean */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateNominationDto"];
            };
        };
        responses: {
            /** @description The same Idempotency-Key again: the nomination it created */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NominationResponse"];
                };
            };
            /** @description Created (submitted unless `submit: false`) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NominationResponse"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not allowed in the current stage (`stage` in the body) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The award type is not in the catalog or not for this nominee, the campaign does not take it, or no council can vote for the unit (the problem names what is missing: `missing`, `councilScope`, `unitCode`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many requests: retry after the time in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    getNomination: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The nomination */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NominationResponse"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    editDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The nomination */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateDraftDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NominationResponse"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not allowed in the current stage (`stage` in the body) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed, but a rule refused it (catalog, calendar, deadlines, completeness…, or text that cannot be stored: a NUL character, a lone surrogate) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many requests: retry after the time in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    getNominationHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The nomination */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryEvent"][];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    submitDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. The same key with the same body again (a retry after a lost answer) is not taken twice: it answers 200 with the nomination as it is now, where it would otherwise be refused (409 already voted, stage moved on). Any 1–200 visible ASCII characters, unique per action you mean */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The nomination */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NominationResponse"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not allowed in the current stage (`stage` in the body) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The electronic dossier is incomplete (`missing` lists what), or the pipeline cannot start */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many requests: retry after the time in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    castVote: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. The same key with the same body again (a retry after a lost answer) is not taken twice: it answers 200 with the nomination as it is now, where it would otherwise be refused (409 already voted, stage moved on). Any 1–200 visible ASCII characters, unique per action you mean */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The nomination */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VoteDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NominationResponse"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not allowed in the current stage (`stage` in the body) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed, but a rule refused it (catalog, calendar, deadlines, completeness…, or text that cannot be stored: a NUL character, a lone surrogate) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many requests: retry after the time in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    appraise: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. The same key with the same body again (a retry after a lost answer) is not taken twice: it answers 200 with the nomination as it is now, where it would otherwise be refused (409 already voted, stage moved on). Any 1–200 visible ASCII characters, unique per action you mean */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The nomination */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppraisalDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NominationResponse"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not allowed in the current stage (`stage` in the body) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Approving over a failed system check needs `override` (`failedChecks` lists them) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many requests: retry after the time in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    resubmitSupplement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. The same key with the same body again (a retry after a lost answer) is not taken twice: it answers 200 with the nomination as it is now, where it would otherwise be refused (409 already voted, stage moved on). Any 1–200 visible ASCII characters, unique per action you mean */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The nomination */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SupplementDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NominationResponse"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not allowed in the current stage (`stage` in the body) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed, but a rule refused it (catalog, calendar, deadlines, completeness…, or text that cannot be stored: a NUL character, a lone surrogate) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many requests: retry after the time in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    withdrawNomination: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. The same key with the same body again (a retry after a lost answer) is not taken twice: it answers 200 with the nomination as it is now, where it would otherwise be refused (409 already voted, stage moved on). Any 1–200 visible ASCII characters, unique per action you mean */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The nomination */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NominationResponse"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not allowed in the current stage (`stage` in the body) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed, but a rule refused it (catalog, calendar, deadlines, completeness…, or text that cannot be stored: a NUL character, a lone surrogate) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many requests: retry after the time in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    returnToAppraisal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. The same key with the same body again (a retry after a lost answer) is not taken twice: it answers 200 with the nomination as it is now, where it would otherwise be refused (409 already voted, stage moved on). Any 1–200 visible ASCII characters, unique per action you mean */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The nomination */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NominationResponse"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not allowed in the current stage (`stage` in the body) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed, but a rule refused it (catalog, calendar, deadlines, completeness…, or text that cannot be stored: a NUL character, a lone surrogate) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many requests: retry after the time in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    recordExternalDecision: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. The same key with the same body again (a retry after a lost answer) is not taken twice: it answers 200 with the nomination as it is now, where it would otherwise be refused (409 already voted, stage moved on). Any 1–200 visible ASCII characters, unique per action you mean */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The nomination */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExternalDecisionDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NominationResponse"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not allowed in the current stage (`stage` in the body) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed, but a rule refused it (catalog, calendar, deadlines, completeness…, or text that cannot be stored: a NUL character, a lone surrogate) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many requests: retry after the time in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    moveDeadline: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. The same key with the same body again (a retry after a lost answer) is not taken twice: it answers 200 with the nomination as it is now, where it would otherwise be refused (409 already voted, stage moved on). Any 1–200 visible ASCII characters, unique per action you mean */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The nomination */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeadlineDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NominationResponse"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The nomination has ended, or its stage has no deadline */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description dueAt is not later than the current deadline */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many requests: retry after the time in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    reassignTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. The same key with the same body again (a retry after a lost answer) is not taken twice: it answers 200 with the nomination as it is now, where it would otherwise be refused (409 already voted, stage moved on). Any 1–200 visible ASCII characters, unique per action you mean */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The nomination */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReassignDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NominationResponse"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Neither an admin nor the person who holds the task */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The nomination is not in the task’s stage, is being signed, or the task is no longer pending with `from` (voted, recused, not theirs) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The new person is not eligible (`reason`: role, council, already_member, recused, separation_of_duties, inactive, unknown_user) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many requests: retry after the time in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    listReassignmentCandidates: {
        parameters: {
            query: {
                /** @description The pending task to pass on */
                task: "council_vote" | "appraisal";
            };
            header?: never;
            path: {
                /** @description The nomination */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReassignmentCandidate"][];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Neither an admin nor the person who holds the task */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The nomination is not in the task’s stage */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    downloadDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The nomination */
                id: string;
                /** @description The kind of document (tờ trình, báo cáo thành tích, biên bản họp…) */
                kind: "to_trinh" | "bao_cao_thanh_tich" | "bien_ban_hop" | "xac_nhan_sang_kien" | "y_kien_btv_tinh_uy" | "y_kien_hiep_y";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file’s bytes, with the Content-Type it was uploaded with */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": Blob;
                    "application/octet-stream": Blob;
                    "image/png": Blob;
                    "image/jpeg": Blob;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": Blob;
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    uploadDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description The file name, percent-encoded (encodeURIComponent); default `<kind>.pdf` */
                "X-File-Name"?: string;
            };
            path: {
                /** @description The nomination */
                id: string;
                /** @description The kind of document (tờ trình, báo cáo thành tích, biên bản họp…) */
                kind: "to_trinh" | "bao_cao_thanh_tich" | "bien_ban_hop" | "xac_nhan_sang_kien" | "y_kien_btv_tinh_uy" | "y_kien_hiep_y";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/pdf": Blob;
                "application/octet-stream": Blob;
                "image/png": Blob;
                "image/jpeg": Blob;
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document": Blob;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierDocument"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not allowed in the current stage (`stage` in the body) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Larger than MAX_DOCUMENT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The bytes are not a file of the declared type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed, but a rule refused it (catalog, calendar, deadlines, completeness…, or text that cannot be stored: a NUL character, a lone surrogate) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many requests: retry after the time in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    listDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The nomination */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierDocuments"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    diffDossier: {
        parameters: {
            query: {
                from: number;
                to: number;
            };
            header?: never;
            path: {
                /** @description The nomination */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierDiff"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    getChecks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The nomination */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckResultView"][];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The nomination’s award type is no longer in the catalog */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    signDecision: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any 1–200 visible ASCII characters, unique per batch you mean */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignDecisionDto"];
            };
        };
        responses: {
            /** @description The same Idempotency-Key or decisionId again: the decision it signed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionResponse"];
                };
            };
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionResponse"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A nomination does not exist (`missing`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A nomination is not awaiting signature, or is being signed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The batch mixes decisions and central submissions, or the key was used for another batch */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many requests: retry after the time in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    getDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The decision */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionResponse"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    listDelegations: {
        parameters: {
            query?: {
                /** @description Only delegations in force on this day (Vietnam time) */
                activeOn?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DelegationResponse"][];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    createDelegation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDelegationDto"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DelegationResponse"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The principal or the delegate does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A delegation of this authority to this person overlaps the period (`delegationId`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The principal has no authority, the delegate is not a signer or is the principal, or the period is reversed or over */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many requests: retry after the time in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    revokeDelegation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The delegation */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revoked delegation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DelegationResponse"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Revoked already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many requests: retry after the time in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    getDecisionDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The decision */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": Blob;
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such decision, or it has no document (not signed yet, a submission, or signed before documents existed) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    getAwardCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The decision */
                id: string;
                /** @description A nomination the decision awards */
                nominationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The certificate */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": Blob;
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such decision, it awards nothing yet, or the nomination is not one it awards */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    exportAwardsReport: {
        parameters: {
            query: {
                /** @description The year of the awards (năm khen thưởng) */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    exportNominationsReport: {
        parameters: {
            query?: {
                /** @description Only nominations for this year */
                year?: number;
                /** @description Only nominations of this unit */
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many nominations for one file: filter by year or unit */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    getInbox: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page, unchanged */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxPage"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The cursor is not one this list returned, or the filters contradict each other */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    listAwards: {
        parameters: {
            query?: {
                /** @description Part of a person’s (or collective’s) name, with or without diacritics */
                person?: string;
                unitId?: string;
                awardCode?: string;
                /** @description The registry may hold records imported from before the service existed */
                year?: number;
                /** @description The nextCursor of the previous page, unchanged */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardPage"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The cursor is not one this list returned, or the filters contradict each other */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    listAwardTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardTypeResponse"][];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    createAwardType: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAwardTypeDto"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardTypeResponse"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The code is taken, or: The definition breaks a catalog rule, or refers to a pipeline or prior title that does not exist (`errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many requests: retry after the time in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    getAwardType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The award type’s catalog code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardTypeResponse"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    replaceAwardType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The award type’s catalog code */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplaceAwardTypeDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardTypeResponse"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body's code differs from the path's, or: The definition breaks a catalog rule, or refers to a pipeline or prior title that does not exist (`errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many requests: retry after the time in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    listPipelines: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineSummaryResponse"][];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    getPipelineVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The pipeline’s code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineVersionsResponse"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    getPipelineVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The pipeline’s code */
                code: string;
                /** @description The version number */
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineVersionResponse"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    publishPipelineVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The pipeline’s code */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishPipelineVersionDto"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineVersionResponse"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The stages break a pipeline rule (`errors`), e.g. the first stage must be unit_proposal */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many requests: retry after the time in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    listUnits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitResponse"][];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    createUnit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUnitDto"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitResponse"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The code is taken, or the parent unit does not exist */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many requests: retry after the time in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                unitId?: string;
                role?: "unit_officer" | "council_member" | "council_secretary" | "appraiser" | "signer" | "auditor" | "admin";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"][];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The username is taken, the unit does not exist, or signerAuthority is missing for a signer (or given to a non-signer) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many requests: retry after the time in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    replaceUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplaceUserDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The unit does not exist, signerAuthority is missing for a signer (or given to a non-signer), the admin would lock themselves out, or the user sits on a council and would lose the council_member role or be deactivated */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many requests: retry after the time in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    listCouncils: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilResponse"][];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    createCouncil: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCouncilDto"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilResponse"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The code is taken, the unit does not exist, or that level or unit already has a council */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many requests: retry after the time in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    getCouncil: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The council */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilResponse"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    replaceCouncilMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The council */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CouncilMembersDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilResponse"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A user does not exist or lacks the council_member role */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many requests: retry after the time in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                subjectType?: "nomination" | "decision" | "campaign" | "access" | "catalog" | "notification" | "account" | "delegation";
                /** @description The subject’s id (a nomination, decision or campaign id); needs subjectType */
                subjectId?: string;
                actorId?: string;
                action?: string;
                /** @description Inclusive lower bound on occurredAt. An instant, or a date (its start, UTC) */
                from?: string;
                /** @description Exclusive upper bound on occurredAt. An instant, or a date (its start, UTC) */
                to?: string;
                /** @description Opaque: the nextCursor of the previous page, unchanged */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPage"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description subjectId without subjectType, or a cursor this list did not return */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    verifyAuditTrail: {
        parameters: {
            query?: {
                /** @description One chain’s subject id; absent: the whole trail */
                subject?: string;
                /** @description The subject’s type (default nomination), or, without subject, one type’s chains */
                subjectType?: "nomination" | "decision" | "campaign" | "access" | "catalog" | "notification" | "account" | "delegation";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verification result (or, as NDJSON, progress then the result) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerifyResult"];
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No events for that subject */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    exportAuditTrail: {
        parameters: {
            query?: {
                /** @description One chain’s subject id; absent: the whole trail */
                subject?: string;
                /** @description The subject’s type (default nomination), or, without subject, one type’s chains */
                subjectType?: "nomination" | "decision" | "campaign" | "access" | "catalog" | "notification" | "account" | "delegation";
                /** @description Inclusive lower bound. An instant, or a date (its start, UTC) */
                from?: string;
                /** @description Exclusive upper bound. An instant, or a date (its start, UTC) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bundle, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No events for that subject */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Neither subject nor a time range was given, or from is not before to */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description A short-lived bearer token; also sets the ktf_refresh cookie (HttpOnly, SameSite=Strict, Path=/auth) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponseDto"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong username or password (the same answer either way) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed, but a rule refused it (catalog, calendar, deadlines, completeness…, or text that cannot be stored: a NUL character, a lone surrogate) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many failed sign-ins for this name: Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    refreshSession: {
        parameters: {
            query?: never;
            header: {
                /** @description must be `ktf-console` (CSRF protection) */
                "X-Requested-With": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description And a new ktf_refresh cookie; the presented one is spent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponseDto"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No refresh cookie, or one expired, revoked or already spent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Without the X-Requested-With header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many requests: retry after the time in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header: {
                /** @description must be `ktf-console` (CSRF protection) */
                "X-Requested-With": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Without the X-Requested-With header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many requests: retry after the time in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    getSignedInUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedInUserDto"];
                };
            };
            /** @description The token’s subject is no user (a machine client) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many requests: retry after the time in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    setUserPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetPasswordDto"];
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The password breaks the password rules (length from AUTH_PASSWORD_MIN_LENGTH, no padding or control characters) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many requests: retry after the time in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    decodePayloads: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Temporal namespace the payloads come from (sent by the Temporal UI and CLI); another than this service’s answers 404 */
                "X-Namespace"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CodecRequestDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodecResponse"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description X-Namespace names another namespace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A payload was encrypted with a key the ring no longer holds, or was altered */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many requests: retry after the time in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    encodePayloads: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Temporal namespace the payloads come from (sent by the Temporal UI and CLI); another than this service’s answers 404 */
                "X-Namespace"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CodecRequestDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodecResponse"];
                };
            };
            /** @description Invalid input: the request does not match this document; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Wrong role, or another unit’s nomination */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description X-Namespace names another namespace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the API accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Well-formed, but a rule refused it (catalog, calendar, deadlines, completeness…, or text that cannot be stored: a NUL character, a lone surrogate) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many requests: retry after the time in Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description A dependency (database or Temporal) is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
}
