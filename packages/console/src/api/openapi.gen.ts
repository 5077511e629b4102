/**
 * Generated from the API's OpenAPI document (functions/src/http/openapi/openapi.ts), itself
 * generated from the zod schemas the handlers validate with. Do not edit: run
 * `pnpm --filter @double-random/console gen` (the console's build does it too).
 */
/* biome-ignore-all lint: generated */
/* biome-ignore-all format: generated */
export interface paths {
    "/audit-log/chains/{chain}/inclusion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A chain's logged entries with one batch inclusion proof (public) */
        get: operations["getAuditLogChainsChainInclusion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit-log/checkpoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest signed checkpoint of the audit log and its public key (public) */
        get: operations["getAuditLogCheckpoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit-log/consistency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** RFC 9162 consistency proof between two sizes of the audit log (public) */
        get: operations["getAuditLogConsistency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit-log/leaves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Leaves of the audit log in order, at most 1000, for witnesses (public) */
        get: operations["getAuditLogLeaves"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The working-day schedule in force for a year, official or provisional (public) */
        get: operations["getCalendarYear"];
        /** Load a year's State Council holiday schedule; provisional deadlines are recomputed (office) */
        put: operations["putCalendarYear"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published cases of a year, newest first, without personal data (public) */
        get: operations["getCases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/departments/{dept}/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A department's cases received in a year (the department, the office) */
        get: operations["getDepartmentsDeptCases"];
        put?: never;
        /** Record a case inspection from a complaint, referral or data monitoring; the item must be on the department's list (清单之外无检查) (the department) */
        post: operations["postDepartmentsDeptCases"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/departments/{dept}/cases/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One case, whole (the department, the office) */
        get: operations["getDepartmentsDeptCasesCaseId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/departments/{dept}/cases/{caseId}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case's audit chain: its record (with the evidence hashes) and its publication (the department, the office) */
        get: operations["getDepartmentsDeptCasesCaseIdAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/departments/{dept}/cases/{caseId}/evidence/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hash the case's evidence files again against its case.record entry (the department, the office) */
        get: operations["getDepartmentsDeptCasesCaseIdEvidenceVerify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/departments/{dept}/cases/{caseId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a case beside the draws with the kind 个案 (the department) */
        post: operations["postDepartmentsDeptCasesCaseIdPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/departments/{dept}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Declare an evidence file of the department's cases (个案) and get where to PUT it (the department) */
        post: operations["postDepartmentsDeptEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/departments/{dept}/inspectors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a department's inspectors */
        get: operations["getDepartmentsDeptInspectors"];
        put?: never;
        /** Add an inspector */
        post: operations["postDepartmentsDeptInspectors"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/departments/{dept}/inspectors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an inspector */
        get: operations["getDepartmentsDeptInspectorsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an inspector */
        patch: operations["patchDepartmentsDeptInspectorsId"];
        trace?: never;
    };
    "/departments/{dept}/inspectors/{id}/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Declare a conflict (回避) with a target */
        post: operations["postDepartmentsDeptInspectorsIdConflicts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/departments/{dept}/inspectors/{id}/conflicts/{targetId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the responsible official's decision on a requested recusal (回避决定, 《行政处罚法》第43条) */
        post: operations["postDepartmentsDeptInspectorsIdConflictsTargetIdDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/departments/{dept}/inspectors/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate an inspector */
        post: operations["postDepartmentsDeptInspectorsIdDeactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/departments/{dept}/inspectors/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import inspectors from CSV or JSON */
        post: operations["postDepartmentsDeptInspectorsImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/departments/{dept}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a department's inspection items (public) */
        get: operations["getDepartmentsDeptItems"];
        put?: never;
        /** Add an inspection item */
        post: operations["postDepartmentsDeptItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/departments/{dept}/items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an inspection item (public) */
        get: operations["getDepartmentsDeptItemsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an inspection item */
        patch: operations["patchDepartmentsDeptItemsId"];
        trace?: never;
    };
    "/departments/{dept}/items/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate an inspection item */
        post: operations["postDepartmentsDeptItemsIdDeactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/departments/{dept}/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a department's targets */
        get: operations["getDepartmentsDeptTargets"];
        put?: never;
        /** Add a target to the directory */
        post: operations["postDepartmentsDeptTargets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/departments/{dept}/targets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a target */
        get: operations["getDepartmentsDeptTargetsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a target */
        patch: operations["patchDepartmentsDeptTargetsId"];
        trace?: never;
    };
    "/departments/{dept}/targets/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate a target */
        post: operations["postDepartmentsDeptTargetsIdDeactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/departments/{dept}/targets/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import targets from CSV or JSON */
        post: operations["postDepartmentsDeptTargetsImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/draws/{drawId}/bundle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dr-draw/1 bundle exactly as drawn (public) */
        get: operations["getDrawsDrawIdBundle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/draws/{drawId}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dr-draw/1 result of a draw (public) */
        get: operations["getDrawsDrawIdResult"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/evidence/{sha256}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Upload an evidence file to the local blob folder; its bytes must hash to the path (in AWS, files go straight to S3) */
        put: operations["putEvidenceSha256"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exchange/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The events sent to the provincial platform, with their receipts, by status (office) */
        get: operations["getExchangeEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exchange/events/{id}/ack": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The platform acknowledges a delivered event (or the office on its behalf); repeating it changes nothing */
        post: operations["postExchangeEventsIdAck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exports/plans/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a year's plans, one row per planned task (office: all; department: own) */
        get: operations["getExportsPlansYear"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exports/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a year's results: published ones in the national publication's fields, or all with the internal record (office: all; department: own) */
        get: operations["getExportsResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exports/tasks/{taskId}/draw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a task's draws: drawn and reserve targets with their teams */
        get: operations["getExportsTasksTaskIdDraw"];
        put?: never;
        post?: never;
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
        /** Liveness check */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The outbox with delivery records: everything for the office, a department’s with department=, an inspector’s own */
        get: operations["getNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/office/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 亮灯: overdue and due-soon publications of results and penalties (office) */
        get: operations["getOfficeDeadlines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/office/views/rebuild": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rebuild the tasks' public views from the source records, all years or one (office) */
        post: operations["postOfficeViewsRebuild"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This document: OpenAPI 3.1, generated from the schemas the handlers validate with */
        get: operations["getOpenapiJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a year's published plans */
        get: operations["getPlansYear"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/{year}/departments/{dept}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a published plan (the same for everyone; staff read drafts at …/internal) */
        get: operations["getPlansYearDepartmentsDept"];
        /** File a department's annual plan (or save it as a draft) */
        put: operations["putPlansYearDepartmentsDept"];
        /** File a department's annual plan (or save it as a draft) */
        post: operations["postPlansYearDepartmentsDept"];
        delete?: never;
        options?: never;
        head?: never;
        /** Amend the tasks of a plan before approval */
        patch: operations["patchPlansYearDepartmentsDept"];
        trace?: never;
    };
    "/plans/{year}/departments/{dept}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a filed plan (office) */
        post: operations["postPlansYearDepartmentsDeptApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/{year}/departments/{dept}/internal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a plan in any state, with its history (its department and the office) */
        get: operations["getPlansYearDepartmentsDeptInternal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/{year}/departments/{dept}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish an approved plan */
        post: operations["postPlansYearDepartmentsDeptPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/{year}/departments/{dept}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Return a filed plan to its department with a reason (office) */
        post: operations["postPlansYearDepartmentsDeptReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/{year}/district": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the approved district plan of a year */
        get: operations["getPlansYearDistrict"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/{year}/district/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve the district plan; refused while joint draws are below 10 % (office) */
        post: operations["postPlansYearDistrictApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/{year}/district/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Consolidation report of the year's plans, joint share included (office) */
        get: operations["getPlansYearDistrictReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/{year}/internal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a year's plans in every state, with their history (office) */
        get: operations["getPlansYearInternal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published results by 统一社会信用代码 or name prefix, newest first (public) */
        get: operations["getResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/targets/{targetId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An enterprise's published results and the draws it was in (public) */
        get: operations["getTargetsTargetIdResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tasks of a year, newest first (public) */
        get: operations["getTasks"];
        put?: never;
        /** Create a task from an approved plan's planned task and start its workflow (office) */
        post: operations["postTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One task with its commitment and draws (public) */
        get: operations["getTasksTaskId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{taskId}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A task's assignments a page at a time, by draw and target (office, its departments) */
        get: operations["getTasksTaskIdAssignments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{taskId}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A task's audit chain in full (office) */
        get: operations["getTasksTaskIdAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{taskId}/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verify a task's hash-chained audit log (public; no personal data) */
        get: operations["getTasksTaskIdAuditVerify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{taskId}/detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The whole task with red lights and handoffs, and its assignments and results up to limit each, with cursors to the rest (office, its departments) */
        get: operations["getTasksTaskIdDetail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{taskId}/entropy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enter the committed drand round's signature, verified offline against the pinned quicknet key; the draw follows (office) */
        post: operations["postTasksTaskIdEntropy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{taskId}/entropy/fetch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Fetch the committed drand round from the configured relays, check its signature and enter it (office; 503 where the server has no relays) */
        post: operations["postTasksTaskIdEntropyFetch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{taskId}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Declare an evidence file (SHA-256, size, type; photos, audio, video, documents) and get where to PUT it: a presigned S3 URL, or /evidence/{sha256} locally (inspectors and departments of the task) */
        post: operations["postTasksTaskIdEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{taskId}/evidence/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hash every evidence file of the task's results again against its audit entry (departments of the task, the office) */
        get: operations["getTasksTaskIdEvidenceVerify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{taskId}/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One joint group per target: the members every department drew, the suggested and the appointed leader (office, the task departments) */
        get: operations["getTasksTaskIdGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{taskId}/groups/{targetId}/leader": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Appoint a target's joint group leader from its drawn members who may lead (the initiating department or the office) */
        post: operations["postTasksTaskIdGroupsTargetIdLeader"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{taskId}/handoffs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand a problem to the department in charge or the judicial authorities */
        post: operations["postTasksTaskIdHandoffs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{taskId}/handoffs/{handoffId}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the receipt of a handoff */
        post: operations["postTasksTaskIdHandoffsHandoffIdAcknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{taskId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the department's unpublished results of a task (谁公开) */
        post: operations["postTasksTaskIdPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{taskId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A task's results a page at a time, by target and item (office, its departments) */
        get: operations["getTasksTaskIdResults"];
        put?: never;
        /** Record the result of one item on one drawn target (the inspecting department or its team) */
        post: operations["postTasksTaskIdResults"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{taskId}/results/{targetId}/{item}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Append a follow-up to a result: final outcome, penalty decision (its 7 working days run from the decision date), rectification (the inspecting department) */
        post: operations["postTasksTaskIdResultsTargetIdItemFollowUps"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{taskId}/teams/{targetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The team drawn for a target, as its result records it: each member's 执法证号 (certificatesShown) and the department's 日常监管人员 who may accompany it (office, the team's department, an inspector on the team) */
        get: operations["getTasksTaskIdTeamsTargetId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{taskId}/witnesses/{witness}/commitment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A witness publishes SHA-256 of its secret for a planned task, before the task is created (witness:<id> or dept:<id>; never the office) */
        post: operations["postTasksTaskIdWitnessesWitnessCommitment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{taskId}/witnesses/{witness}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A witness reveals its secret after the commitment; it must match its SHA-256; the last reveal sets the entropy */
        post: operations["postTasksTaskIdWitnessesWitnessReveal"];
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
        Error: {
            error: {
                /** @description stable code, e.g. PLAN.RATIO_OUT_OF_RANGE */
                code: string;
                details?: {
                    [key: string]: unknown;
                };
                field?: string;
                /** @description readable reason naming the rule and the values */
                message: string;
                rule?: string;
            };
        };
        GatewayError: {
            message: string;
            /** @description local gateway only: why the token was refused (AWS sends message alone) */
            reason?: string;
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
    getAuditLogChainsChainInclusion: {
        parameters: {
            query?: {
                size?: number;
            };
            header?: never;
            path: {
                chain: string | "calendar";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the proof */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        chain: string;
                        leaves: {
                            hash: string;
                            index: number;
                            seq: number;
                        }[];
                        /** @description the batch proof of docs/audit-log.md */
                        proof: string[];
                        treeSize: number;
                    };
                };
            };
            /** @description the proof of a long chain when above the inline limit (1 MiB unless configured): the same bytes, kept as a blob; follow Location with a GET, as fetch and browsers do (curl -L) */
            303: {
                headers: {
                    /** @description a short-lived link (5 minutes) to the stored answer: a presigned S3 GET in AWS, /blobs/… on the local server */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAuditLogCheckpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the checkpoint */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        algorithm: string;
                        /** @description the signed note, exactly as signed */
                        checkpoint: string;
                        /** @description the 4-byte key id in the signature line, hex */
                        keyId: string;
                        origin: string;
                        /** @description SubjectPublicKeyInfo DER, base64 */
                        publicKey: string;
                        rootHash: string;
                        size: number;
                        time: string;
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAuditLogConsistency: {
        parameters: {
            query: {
                from: number;
                to: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the proof */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: number;
                        /** @description RFC 9162 §2.1.4 PROOF(from, D[0:to]) */
                        proof: string[];
                        to: number;
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAuditLogLeaves: {
        parameters: {
            query: {
                end: number;
                start: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the leaves */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        end: number;
                        leaves: {
                            chain: string;
                            hash: string;
                            seq: number;
                        }[];
                        start: number;
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCalendarYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the schedule */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        holidays: string[];
                        loadedAt?: string;
                        makeUpWorkdays: string[];
                        /** @enum {string} */
                        source: "chinese-days" | "office" | "weekdays";
                        /** @enum {string} */
                        status: "official" | "provisional";
                        year: number;
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putCalendarYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    holidays: string[];
                    /** @default [] */
                    makeUpWorkdays?: string[];
                };
            };
        };
        responses: {
            /** @description the schedule stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        recomputed: number;
                        year: {
                            holidays: string[];
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            loadedAt?: string;
                            loadedBy?: string;
                            makeUpWorkdays: string[];
                            /** @enum {string} */
                            source: "chinese-days" | "office";
                            year: number;
                        };
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCases: {
        parameters: {
            query: {
                cursor?: string;
                limit?: number;
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cursor?: string;
                        items: {
                            completedOn: string;
                            department: string;
                            departmentName: string;
                            /** @description how many evidence files (photos, audio, video, documents) back it; never the files */
                            evidenceCount?: number;
                            /** @description 后续处理 in order: a final outcome (the wording shown is the one that stands), a penalty decision (ordinary procedure only), a rectification */
                            followUps?: {
                                date: string;
                                outcome?: string;
                                penalty?: {
                                    decidedOn: string;
                                    decisionNumber: string;
                                    summary: string;
                                };
                                rectifiedOn?: string;
                            }[];
                            inspectedOn: string;
                            item: {
                                code: string;
                                name: string;
                            };
                            joint: boolean;
                            /**
                             * @description 个案: a case inspected outside the draw (二(七)); its taskId is the case id, its planId empty
                             * @enum {string}
                             */
                            kind: "定向抽查" | "不定向抽查" | "个案";
                            /** @description 书面检查 / 实地核查 / 网络监测 / 委托第三方 */
                            method: string;
                            /** @description never a warning-only penalty */
                            penalty?: {
                                decidedOn: string;
                                decisionNumber: string;
                                summary: string;
                            };
                            planId: string;
                            planName: string;
                            publishedOn: string;
                            /** @description a case's source: 投诉举报 / 转办交办 / 大数据监测 */
                            source?: string;
                            /** @description 换人: a drawn inspector who could not go, the substitute drawn by dr-substitute/1 from the draw, and why */
                            substitutions?: {
                                in: string;
                                out: string;
                                reason: string;
                            }[];
                            target: {
                                id: string;
                                name: string;
                                town: string;
                                uscc?: string;
                            };
                            taskId: string;
                            taskName: string;
                            /** @description the standard wording, e.g. 未发现问题 */
                            wording: string;
                        }[];
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDepartmentsDeptCases: {
        parameters: {
            query: {
                cursor?: string;
                limit?: number;
                year: number;
            };
            header?: never;
            path: {
                dept: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cursor?: string;
                        items: {
                            /** @description department code, e.g. SCJG */
                            department: string;
                            evidence: {
                                /** @description blob key of the record (全过程记录) */
                                id: string;
                                sha256: string;
                            }[];
                            /** @description required when the wording leaves a problem to pursue (待后续处理, 不配合检查情节严重, 弄虚作假) or a crime is suspected */
                            handoff?: {
                                /** @description what is handed over (后续监管衔接) */
                                note: string;
                                /** @description who takes the problem on: the department in charge, or 司法机关 */
                                to: string;
                            };
                            /** @description <dept>-<year received>-<12 hex of the reference number> */
                            id: string;
                            /**
                             * Format: date
                             * @description the day the inspection was completed
                             */
                            inspectionDate: string;
                            /** @description an active item of the department's list (清单之外无检查) */
                            item: string;
                            /**
                             * @description 书面检查 / 实地核查 / 网络监测 / 委托第三方
                             * @enum {string}
                             */
                            method: "desk-review" | "on-site" | "online-monitoring" | "third-party";
                            /** @description internal remark; not published */
                            note?: string;
                            penalty?: {
                                /**
                                 * Format: date
                                 * @description calendar date YYYY-MM-DD
                                 */
                                decisionDate: string;
                                /** @description 处罚决定书文号 */
                                decisionNo: string;
                                /** @description 处罚种类, e.g. 警告; 罚款 */
                                kind: string;
                                /**
                                 * @description 普通程序 (published) or 简易程序 (当场处罚, not published): 《市场监督管理行政处罚信息公示规定》(2021) 第二条; absent on penalties recorded before it was kept (read as ordinary)
                                 * @enum {string}
                                 */
                                procedure?: "ordinary" | "simplified";
                                /** @description a warning and nothing else: not published (国办发〔2018〕118号) */
                                warningOnly: boolean;
                            };
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            publishedAt?: string;
                            /**
                             * Format: date
                             * @description the day the lead was received
                             */
                            receivedOn: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            recordedAt: string;
                            recordedBy: string;
                            /** @description the lead's reference number (投诉/交办编号); internal, never published */
                            referenceNo: string;
                            /**
                             * @description complaint 投诉举报; referral 转办交办; data-monitoring 大数据监测
                             * @enum {string}
                             */
                            source: "complaint" | "referral" | "data-monitoring";
                            suspectedCrime: boolean;
                            /** @description a target of the department's directory (名录库) */
                            targetId: string;
                            /** @description inspector ids who inspected: ≥ 2 (《行政处罚法》第42条) */
                            team: string[];
                            /**
                             * @description no-problem 未发现问题; undisclosed-information 未按规定公示应当公示的信息; false-disclosure 公示信息隐瞒真实情况弄虚作假; unreachable 通过登记的住所(经营场所)无法联系; obstruction-serious 不配合检查情节严重; corrected 发现问题经责令已改正; pending-follow-up 发现问题待后续处理; no-relevant-business 未发现开展本次抽查涉及的经营活动; closed-or-liquidating 已关闭停业或正在清算; deregistered 注销; revoked 被吊销; moved-out 迁出
                             * @enum {string}
                             */
                            wording: "no-problem" | "undisclosed-information" | "false-disclosure" | "unreachable" | "obstruction-serious" | "corrected" | "pending-follow-up" | "no-relevant-business" | "closed-or-liquidating" | "deregistered" | "revoked" | "moved-out";
                            year: number;
                        }[];
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDepartmentsDeptCases: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dept: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description SHA-256 of uploaded records (docs/evidence.md); never published
                     * @default []
                     */
                    evidence?: {
                        /** @description blob key of the record (全过程记录) */
                        id: string;
                        sha256: string;
                    }[];
                    /** @description required when the wording leaves a problem to pursue (待后续处理, 不配合检查情节严重, 弄虚作假) or a crime is suspected */
                    handoff?: {
                        /** @description what is handed over (后续监管衔接) */
                        note: string;
                        /** @description who takes the problem on: the department in charge, or 司法机关 */
                        to: string;
                    };
                    /**
                     * Format: date
                     * @description the day the inspection was completed
                     */
                    inspectionDate: string;
                    /** @description an active item of the department's list (清单之外无检查) */
                    item: string;
                    /**
                     * @description 书面检查 / 实地核查 / 网络监测 / 委托第三方
                     * @enum {string}
                     */
                    method: "desk-review" | "on-site" | "online-monitoring" | "third-party";
                    /** @description internal remark; not published */
                    note?: string;
                    penalty?: {
                        /**
                         * Format: date
                         * @description calendar date YYYY-MM-DD
                         */
                        decisionDate: string;
                        /** @description 处罚决定书文号 */
                        decisionNo: string;
                        /** @description 处罚种类, e.g. 警告; 罚款 */
                        kind: string;
                        /**
                         * @description 普通程序 (published) or 简易程序 (当场处罚, not published): 《市场监督管理行政处罚信息公示规定》(2021) 第二条; absent on penalties recorded before it was kept (read as ordinary)
                         * @enum {string}
                         */
                        procedure?: "ordinary" | "simplified";
                        /** @description a warning and nothing else: not published (国办发〔2018〕118号) */
                        warningOnly: boolean;
                    };
                    /**
                     * Format: date
                     * @description the day the lead was received
                     */
                    receivedOn: string;
                    /** @description the lead's reference number (投诉/交办编号); internal, never published */
                    referenceNo: string;
                    /**
                     * @description complaint 投诉举报; referral 转办交办; data-monitoring 大数据监测
                     * @enum {string}
                     */
                    source: "complaint" | "referral" | "data-monitoring";
                    /** @default false */
                    suspectedCrime?: boolean;
                    /** @description a target of the department's directory (名录库) */
                    targetId: string;
                    /** @description inspector ids who inspected: ≥ 2 (《行政处罚法》第42条) */
                    team: string[];
                    /**
                     * @description no-problem 未发现问题; undisclosed-information 未按规定公示应当公示的信息; false-disclosure 公示信息隐瞒真实情况弄虚作假; unreachable 通过登记的住所(经营场所)无法联系; obstruction-serious 不配合检查情节严重; corrected 发现问题经责令已改正; pending-follow-up 发现问题待后续处理; no-relevant-business 未发现开展本次抽查涉及的经营活动; closed-or-liquidating 已关闭停业或正在清算; deregistered 注销; revoked 被吊销; moved-out 迁出
                     * @enum {string}
                     */
                    wording: "no-problem" | "undisclosed-information" | "false-disclosure" | "unreachable" | "obstruction-serious" | "corrected" | "pending-follow-up" | "no-relevant-business" | "closed-or-liquidating" | "deregistered" | "revoked" | "moved-out";
                };
            };
        };
        responses: {
            /** @description the case */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description department code, e.g. SCJG */
                        department: string;
                        evidence: {
                            /** @description blob key of the record (全过程记录) */
                            id: string;
                            sha256: string;
                        }[];
                        /** @description required when the wording leaves a problem to pursue (待后续处理, 不配合检查情节严重, 弄虚作假) or a crime is suspected */
                        handoff?: {
                            /** @description what is handed over (后续监管衔接) */
                            note: string;
                            /** @description who takes the problem on: the department in charge, or 司法机关 */
                            to: string;
                        };
                        /** @description <dept>-<year received>-<12 hex of the reference number> */
                        id: string;
                        /**
                         * Format: date
                         * @description the day the inspection was completed
                         */
                        inspectionDate: string;
                        /** @description an active item of the department's list (清单之外无检查) */
                        item: string;
                        /**
                         * @description 书面检查 / 实地核查 / 网络监测 / 委托第三方
                         * @enum {string}
                         */
                        method: "desk-review" | "on-site" | "online-monitoring" | "third-party";
                        /** @description internal remark; not published */
                        note?: string;
                        penalty?: {
                            /**
                             * Format: date
                             * @description calendar date YYYY-MM-DD
                             */
                            decisionDate: string;
                            /** @description 处罚决定书文号 */
                            decisionNo: string;
                            /** @description 处罚种类, e.g. 警告; 罚款 */
                            kind: string;
                            /**
                             * @description 普通程序 (published) or 简易程序 (当场处罚, not published): 《市场监督管理行政处罚信息公示规定》(2021) 第二条; absent on penalties recorded before it was kept (read as ordinary)
                             * @enum {string}
                             */
                            procedure?: "ordinary" | "simplified";
                            /** @description a warning and nothing else: not published (国办发〔2018〕118号) */
                            warningOnly: boolean;
                        };
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        publishedAt?: string;
                        /**
                         * Format: date
                         * @description the day the lead was received
                         */
                        receivedOn: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        recordedAt: string;
                        recordedBy: string;
                        /** @description the lead's reference number (投诉/交办编号); internal, never published */
                        referenceNo: string;
                        /**
                         * @description complaint 投诉举报; referral 转办交办; data-monitoring 大数据监测
                         * @enum {string}
                         */
                        source: "complaint" | "referral" | "data-monitoring";
                        suspectedCrime: boolean;
                        /** @description a target of the department's directory (名录库) */
                        targetId: string;
                        /** @description inspector ids who inspected: ≥ 2 (《行政处罚法》第42条) */
                        team: string[];
                        /**
                         * @description no-problem 未发现问题; undisclosed-information 未按规定公示应当公示的信息; false-disclosure 公示信息隐瞒真实情况弄虚作假; unreachable 通过登记的住所(经营场所)无法联系; obstruction-serious 不配合检查情节严重; corrected 发现问题经责令已改正; pending-follow-up 发现问题待后续处理; no-relevant-business 未发现开展本次抽查涉及的经营活动; closed-or-liquidating 已关闭停业或正在清算; deregistered 注销; revoked 被吊销; moved-out 迁出
                         * @enum {string}
                         */
                        wording: "no-problem" | "undisclosed-information" | "false-disclosure" | "unreachable" | "obstruction-serious" | "corrected" | "pending-follow-up" | "no-relevant-business" | "closed-or-liquidating" | "deregistered" | "revoked" | "moved-out";
                        year: number;
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDepartmentsDeptCasesCaseId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
                dept: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the case */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description department code, e.g. SCJG */
                        department: string;
                        evidence: {
                            /** @description blob key of the record (全过程记录) */
                            id: string;
                            sha256: string;
                        }[];
                        /** @description required when the wording leaves a problem to pursue (待后续处理, 不配合检查情节严重, 弄虚作假) or a crime is suspected */
                        handoff?: {
                            /** @description what is handed over (后续监管衔接) */
                            note: string;
                            /** @description who takes the problem on: the department in charge, or 司法机关 */
                            to: string;
                        };
                        /** @description <dept>-<year received>-<12 hex of the reference number> */
                        id: string;
                        /**
                         * Format: date
                         * @description the day the inspection was completed
                         */
                        inspectionDate: string;
                        /** @description an active item of the department's list (清单之外无检查) */
                        item: string;
                        /**
                         * @description 书面检查 / 实地核查 / 网络监测 / 委托第三方
                         * @enum {string}
                         */
                        method: "desk-review" | "on-site" | "online-monitoring" | "third-party";
                        /** @description internal remark; not published */
                        note?: string;
                        penalty?: {
                            /**
                             * Format: date
                             * @description calendar date YYYY-MM-DD
                             */
                            decisionDate: string;
                            /** @description 处罚决定书文号 */
                            decisionNo: string;
                            /** @description 处罚种类, e.g. 警告; 罚款 */
                            kind: string;
                            /**
                             * @description 普通程序 (published) or 简易程序 (当场处罚, not published): 《市场监督管理行政处罚信息公示规定》(2021) 第二条; absent on penalties recorded before it was kept (read as ordinary)
                             * @enum {string}
                             */
                            procedure?: "ordinary" | "simplified";
                            /** @description a warning and nothing else: not published (国办发〔2018〕118号) */
                            warningOnly: boolean;
                        };
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        publishedAt?: string;
                        /**
                         * Format: date
                         * @description the day the lead was received
                         */
                        receivedOn: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        recordedAt: string;
                        recordedBy: string;
                        /** @description the lead's reference number (投诉/交办编号); internal, never published */
                        referenceNo: string;
                        /**
                         * @description complaint 投诉举报; referral 转办交办; data-monitoring 大数据监测
                         * @enum {string}
                         */
                        source: "complaint" | "referral" | "data-monitoring";
                        suspectedCrime: boolean;
                        /** @description a target of the department's directory (名录库) */
                        targetId: string;
                        /** @description inspector ids who inspected: ≥ 2 (《行政处罚法》第42条) */
                        team: string[];
                        /**
                         * @description no-problem 未发现问题; undisclosed-information 未按规定公示应当公示的信息; false-disclosure 公示信息隐瞒真实情况弄虚作假; unreachable 通过登记的住所(经营场所)无法联系; obstruction-serious 不配合检查情节严重; corrected 发现问题经责令已改正; pending-follow-up 发现问题待后续处理; no-relevant-business 未发现开展本次抽查涉及的经营活动; closed-or-liquidating 已关闭停业或正在清算; deregistered 注销; revoked 被吊销; moved-out 迁出
                         * @enum {string}
                         */
                        wording: "no-problem" | "undisclosed-information" | "false-disclosure" | "unreachable" | "obstruction-serious" | "corrected" | "pending-follow-up" | "no-relevant-business" | "closed-or-liquidating" | "deregistered" | "revoked" | "moved-out";
                        year: number;
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDepartmentsDeptCasesCaseIdAudit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
                dept: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the entries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDepartmentsDeptCasesCaseIdEvidenceVerify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
                dept: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description each file and what was found */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDepartmentsDeptCasesCaseIdPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
                dept: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the case, published */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description department code, e.g. SCJG */
                        department: string;
                        evidence: {
                            /** @description blob key of the record (全过程记录) */
                            id: string;
                            sha256: string;
                        }[];
                        /** @description required when the wording leaves a problem to pursue (待后续处理, 不配合检查情节严重, 弄虚作假) or a crime is suspected */
                        handoff?: {
                            /** @description what is handed over (后续监管衔接) */
                            note: string;
                            /** @description who takes the problem on: the department in charge, or 司法机关 */
                            to: string;
                        };
                        /** @description <dept>-<year received>-<12 hex of the reference number> */
                        id: string;
                        /**
                         * Format: date
                         * @description the day the inspection was completed
                         */
                        inspectionDate: string;
                        /** @description an active item of the department's list (清单之外无检查) */
                        item: string;
                        /**
                         * @description 书面检查 / 实地核查 / 网络监测 / 委托第三方
                         * @enum {string}
                         */
                        method: "desk-review" | "on-site" | "online-monitoring" | "third-party";
                        /** @description internal remark; not published */
                        note?: string;
                        penalty?: {
                            /**
                             * Format: date
                             * @description calendar date YYYY-MM-DD
                             */
                            decisionDate: string;
                            /** @description 处罚决定书文号 */
                            decisionNo: string;
                            /** @description 处罚种类, e.g. 警告; 罚款 */
                            kind: string;
                            /**
                             * @description 普通程序 (published) or 简易程序 (当场处罚, not published): 《市场监督管理行政处罚信息公示规定》(2021) 第二条; absent on penalties recorded before it was kept (read as ordinary)
                             * @enum {string}
                             */
                            procedure?: "ordinary" | "simplified";
                            /** @description a warning and nothing else: not published (国办发〔2018〕118号) */
                            warningOnly: boolean;
                        };
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        publishedAt?: string;
                        /**
                         * Format: date
                         * @description the day the lead was received
                         */
                        receivedOn: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        recordedAt: string;
                        recordedBy: string;
                        /** @description the lead's reference number (投诉/交办编号); internal, never published */
                        referenceNo: string;
                        /**
                         * @description complaint 投诉举报; referral 转办交办; data-monitoring 大数据监测
                         * @enum {string}
                         */
                        source: "complaint" | "referral" | "data-monitoring";
                        suspectedCrime: boolean;
                        /** @description a target of the department's directory (名录库) */
                        targetId: string;
                        /** @description inspector ids who inspected: ≥ 2 (《行政处罚法》第42条) */
                        team: string[];
                        /**
                         * @description no-problem 未发现问题; undisclosed-information 未按规定公示应当公示的信息; false-disclosure 公示信息隐瞒真实情况弄虚作假; unreachable 通过登记的住所(经营场所)无法联系; obstruction-serious 不配合检查情节严重; corrected 发现问题经责令已改正; pending-follow-up 发现问题待后续处理; no-relevant-business 未发现开展本次抽查涉及的经营活动; closed-or-liquidating 已关闭停业或正在清算; deregistered 注销; revoked 被吊销; moved-out 迁出
                         * @enum {string}
                         */
                        wording: "no-problem" | "undisclosed-information" | "false-disclosure" | "unreachable" | "obstruction-serious" | "corrected" | "pending-follow-up" | "no-relevant-business" | "closed-or-liquidating" | "deregistered" | "revoked" | "moved-out";
                        year: number;
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDepartmentsDeptEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dept: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description one of image/jpeg, image/png, image/heic, audio/mpeg, audio/mp4, audio/wav, video/mp4, video/quicktime, application/pdf, application/ofd */
                    contentType: string;
                    /** @description SHA-256 of the file, 64 lowercase hex digits */
                    sha256: string;
                    /** @description bytes */
                    size: number;
                };
            };
        };
        responses: {
            /** @description where to upload */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description the blob key; put it with the sha256 in the result */
                        id: string;
                        sha256: string;
                        upload: {
                            expiresAt?: string;
                            headers: {
                                [key: string]: string;
                            };
                            /** @constant */
                            method: "PUT";
                            url: string;
                        };
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDepartmentsDeptInspectors: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                qualification?: string;
                status?: "active" | "inactive";
                unit?: string;
            };
            header?: never;
            path: {
                dept: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one page (the office sees the public view) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cursor?: string;
                        items: ({
                            /**
                             * @description enforcement (执法人员, the default: absent means enforcement) or daily-supervision (日常监管人员)
                             * @enum {string}
                             */
                            category?: "enforcement" | "daily-supervision";
                            /**
                             * Format: date
                             * @description last day the certificate is valid: required with certificateNo
                             */
                            certificateExpiry?: string;
                            /** @description 执法证号: required of enforcement staff, none for daily-supervision */
                            certificateNo?: string;
                            conflicts: {
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 instant
                                 */
                                at: string;
                                decision?: {
                                    approved: boolean;
                                    /**
                                     * Format: date-time
                                     * @description when decided; defaults to now
                                     */
                                    at?: string;
                                    /** @description the responsible official (行政机关负责人) who decided */
                                    by: string;
                                    /** @description private */
                                    note?: string;
                                };
                                /** @enum {string} */
                                declaredBy: "inspector" | "enterprise";
                                /** @description why (回避): private */
                                reason: string;
                                /**
                                 * @description requested until the responsible official decides; only approved conflicts keep an inspector out of a draw (absent: declared before decisions were kept, in effect)
                                 * @enum {string}
                                 */
                                status?: "requested" | "approved" | "rejected";
                                /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                                targetId: string;
                            }[];
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            createdAt: string;
                            deactivation?: {
                                /**
                                 * Format: date
                                 * @description calendar date YYYY-MM-DD
                                 */
                                date: string;
                                reason: string;
                            };
                            /** @description department code, e.g. SCJG */
                            department: string;
                            /** @description 业务专长 */
                            expertise: string[];
                            history: {
                                /** @description create, update, deactivate, declare-conflict, file … */
                                action: string;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 instant
                                 */
                                at: string;
                                by: string;
                                changes: {
                                    field: string;
                                    from: unknown;
                                    to: unknown;
                                }[];
                                version: number;
                                why: string;
                            }[];
                            /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                            id: string;
                            /** @description ID card number: private */
                            idNumber?: string;
                            /** @description may be drawn as group leader (检查组负责人) */
                            mayLead: boolean;
                            name: string;
                            /** @description phone: private */
                            phone?: string;
                            /** @description 执法资质 codes, mapped to items, e.g. SCJG-FOOD */
                            qualifications: string[];
                            /** @enum {string} */
                            status: "active" | "inactive";
                            /** @description jurisdiction station code; empty when none */
                            unit: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            updatedAt: string;
                            /** @description version for optimistic concurrency */
                            version: number;
                        } | {
                            /**
                             * @description enforcement (执法人员, the default: absent means enforcement) or daily-supervision (日常监管人员)
                             * @enum {string}
                             */
                            category?: "enforcement" | "daily-supervision";
                            /**
                             * Format: date
                             * @description last day the certificate is valid: required with certificateNo
                             */
                            certificateExpiry?: string;
                            /** @description 执法证号: required of enforcement staff, none for daily-supervision */
                            certificateNo?: string;
                            conflicts: {
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 instant
                                 */
                                at: string;
                                decision?: {
                                    approved: boolean;
                                    /**
                                     * Format: date-time
                                     * @description when decided; defaults to now
                                     */
                                    at?: string;
                                    /** @description the responsible official (行政机关负责人) who decided */
                                    by: string;
                                    /** @description private */
                                    note?: string;
                                };
                                /** @enum {string} */
                                declaredBy: "inspector" | "enterprise";
                                /**
                                 * @description requested until the responsible official decides; only approved conflicts keep an inspector out of a draw (absent: declared before decisions were kept, in effect)
                                 * @enum {string}
                                 */
                                status?: "requested" | "approved" | "rejected";
                                /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                                targetId: string;
                            }[];
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            createdAt: string;
                            deactivation?: {
                                /**
                                 * Format: date
                                 * @description calendar date YYYY-MM-DD
                                 */
                                date: string;
                                reason: string;
                            };
                            /** @description department code, e.g. SCJG */
                            department: string;
                            /** @description 业务专长 */
                            expertise: string[];
                            /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                            id: string;
                            /** @description may be drawn as group leader (检查组负责人) */
                            mayLead: boolean;
                            name: string;
                            /** @description 执法资质 codes, mapped to items, e.g. SCJG-FOOD */
                            qualifications: string[];
                            /** @enum {string} */
                            status: "active" | "inactive";
                            /** @description jurisdiction station code; empty when none */
                            unit: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            updatedAt: string;
                            /** @description version for optimistic concurrency */
                            version: number;
                        })[];
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDepartmentsDeptInspectors: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dept: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description enforcement (执法人员, the default: absent means enforcement) or daily-supervision (日常监管人员)
                     * @enum {string}
                     */
                    category?: "enforcement" | "daily-supervision";
                    /**
                     * Format: date
                     * @description last day the certificate is valid: required with certificateNo
                     */
                    certificateExpiry?: string;
                    /** @description 执法证号: required of enforcement staff, none for daily-supervision */
                    certificateNo?: string;
                    /**
                     * @description 业务专长
                     * @default []
                     */
                    expertise?: string[];
                    /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                    id: string;
                    /** @description ID card number: private */
                    idNumber?: string;
                    /**
                     * @description may be drawn as group leader (检查组负责人)
                     * @default false
                     */
                    mayLead?: boolean;
                    name: string;
                    /** @description phone: private */
                    phone?: string;
                    /**
                     * @description 执法资质 codes, mapped to items, e.g. SCJG-FOOD
                     * @default []
                     */
                    qualifications?: string[];
                    reason?: string;
                    /**
                     * @description jurisdiction station code; empty when none
                     * @default
                     */
                    unit?: string;
                };
            };
        };
        responses: {
            /** @description created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description enforcement (执法人员, the default: absent means enforcement) or daily-supervision (日常监管人员)
                         * @enum {string}
                         */
                        category?: "enforcement" | "daily-supervision";
                        /**
                         * Format: date
                         * @description last day the certificate is valid: required with certificateNo
                         */
                        certificateExpiry?: string;
                        /** @description 执法证号: required of enforcement staff, none for daily-supervision */
                        certificateNo?: string;
                        conflicts: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            decision?: {
                                approved: boolean;
                                /**
                                 * Format: date-time
                                 * @description when decided; defaults to now
                                 */
                                at?: string;
                                /** @description the responsible official (行政机关负责人) who decided */
                                by: string;
                                /** @description private */
                                note?: string;
                            };
                            /** @enum {string} */
                            declaredBy: "inspector" | "enterprise";
                            /** @description why (回避): private */
                            reason: string;
                            /**
                             * @description requested until the responsible official decides; only approved conflicts keep an inspector out of a draw (absent: declared before decisions were kept, in effect)
                             * @enum {string}
                             */
                            status?: "requested" | "approved" | "rejected";
                            /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                            targetId: string;
                        }[];
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        createdAt: string;
                        deactivation?: {
                            /**
                             * Format: date
                             * @description calendar date YYYY-MM-DD
                             */
                            date: string;
                            reason: string;
                        };
                        /** @description department code, e.g. SCJG */
                        department: string;
                        /** @description 业务专长 */
                        expertise: string[];
                        history: {
                            /** @description create, update, deactivate, declare-conflict, file … */
                            action: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                            changes: {
                                field: string;
                                from: unknown;
                                to: unknown;
                            }[];
                            version: number;
                            why: string;
                        }[];
                        /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                        id: string;
                        /** @description ID card number: private */
                        idNumber?: string;
                        /** @description may be drawn as group leader (检查组负责人) */
                        mayLead: boolean;
                        name: string;
                        /** @description phone: private */
                        phone?: string;
                        /** @description 执法资质 codes, mapped to items, e.g. SCJG-FOOD */
                        qualifications: string[];
                        /** @enum {string} */
                        status: "active" | "inactive";
                        /** @description jurisdiction station code; empty when none */
                        unit: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        updatedAt: string;
                        /** @description version for optimistic concurrency */
                        version: number;
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDepartmentsDeptInspectorsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dept: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the inspector */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description enforcement (执法人员, the default: absent means enforcement) or daily-supervision (日常监管人员)
                         * @enum {string}
                         */
                        category?: "enforcement" | "daily-supervision";
                        /**
                         * Format: date
                         * @description last day the certificate is valid: required with certificateNo
                         */
                        certificateExpiry?: string;
                        /** @description 执法证号: required of enforcement staff, none for daily-supervision */
                        certificateNo?: string;
                        conflicts: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            decision?: {
                                approved: boolean;
                                /**
                                 * Format: date-time
                                 * @description when decided; defaults to now
                                 */
                                at?: string;
                                /** @description the responsible official (行政机关负责人) who decided */
                                by: string;
                                /** @description private */
                                note?: string;
                            };
                            /** @enum {string} */
                            declaredBy: "inspector" | "enterprise";
                            /** @description why (回避): private */
                            reason: string;
                            /**
                             * @description requested until the responsible official decides; only approved conflicts keep an inspector out of a draw (absent: declared before decisions were kept, in effect)
                             * @enum {string}
                             */
                            status?: "requested" | "approved" | "rejected";
                            /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                            targetId: string;
                        }[];
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        createdAt: string;
                        deactivation?: {
                            /**
                             * Format: date
                             * @description calendar date YYYY-MM-DD
                             */
                            date: string;
                            reason: string;
                        };
                        /** @description department code, e.g. SCJG */
                        department: string;
                        /** @description 业务专长 */
                        expertise: string[];
                        history: {
                            /** @description create, update, deactivate, declare-conflict, file … */
                            action: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                            changes: {
                                field: string;
                                from: unknown;
                                to: unknown;
                            }[];
                            version: number;
                            why: string;
                        }[];
                        /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                        id: string;
                        /** @description ID card number: private */
                        idNumber?: string;
                        /** @description may be drawn as group leader (检查组负责人) */
                        mayLead: boolean;
                        name: string;
                        /** @description phone: private */
                        phone?: string;
                        /** @description 执法资质 codes, mapped to items, e.g. SCJG-FOOD */
                        qualifications: string[];
                        /** @enum {string} */
                        status: "active" | "inactive";
                        /** @description jurisdiction station code; empty when none */
                        unit: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        updatedAt: string;
                        /** @description version for optimistic concurrency */
                        version: number;
                    } | {
                        /**
                         * @description enforcement (执法人员, the default: absent means enforcement) or daily-supervision (日常监管人员)
                         * @enum {string}
                         */
                        category?: "enforcement" | "daily-supervision";
                        /**
                         * Format: date
                         * @description last day the certificate is valid: required with certificateNo
                         */
                        certificateExpiry?: string;
                        /** @description 执法证号: required of enforcement staff, none for daily-supervision */
                        certificateNo?: string;
                        conflicts: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            decision?: {
                                approved: boolean;
                                /**
                                 * Format: date-time
                                 * @description when decided; defaults to now
                                 */
                                at?: string;
                                /** @description the responsible official (行政机关负责人) who decided */
                                by: string;
                                /** @description private */
                                note?: string;
                            };
                            /** @enum {string} */
                            declaredBy: "inspector" | "enterprise";
                            /**
                             * @description requested until the responsible official decides; only approved conflicts keep an inspector out of a draw (absent: declared before decisions were kept, in effect)
                             * @enum {string}
                             */
                            status?: "requested" | "approved" | "rejected";
                            /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                            targetId: string;
                        }[];
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        createdAt: string;
                        deactivation?: {
                            /**
                             * Format: date
                             * @description calendar date YYYY-MM-DD
                             */
                            date: string;
                            reason: string;
                        };
                        /** @description department code, e.g. SCJG */
                        department: string;
                        /** @description 业务专长 */
                        expertise: string[];
                        /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                        id: string;
                        /** @description may be drawn as group leader (检查组负责人) */
                        mayLead: boolean;
                        name: string;
                        /** @description 执法资质 codes, mapped to items, e.g. SCJG-FOOD */
                        qualifications: string[];
                        /** @enum {string} */
                        status: "active" | "inactive";
                        /** @description jurisdiction station code; empty when none */
                        unit: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        updatedAt: string;
                        /** @description version for optimistic concurrency */
                        version: number;
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchDepartmentsDeptInspectorsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dept: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description enforcement (执法人员, the default: absent means enforcement) or daily-supervision (日常监管人员)
                     * @enum {string}
                     */
                    category?: "enforcement" | "daily-supervision";
                    /**
                     * Format: date
                     * @description last day the certificate is valid: required with certificateNo
                     */
                    certificateExpiry?: string;
                    /** @description 执法证号: required of enforcement staff, none for daily-supervision */
                    certificateNo?: string;
                    /** @description the version the caller read */
                    expectedVersion: number;
                    /** @description 业务专长 */
                    expertise?: string[];
                    /** @description ID card number: private */
                    idNumber?: string;
                    /** @description may be drawn as group leader (检查组负责人) */
                    mayLead?: boolean;
                    name?: string;
                    /** @description phone: private */
                    phone?: string;
                    /** @description 执法资质 codes, mapped to items, e.g. SCJG-FOOD */
                    qualifications?: string[];
                    reason?: string;
                    /** @description jurisdiction station code; empty when none */
                    unit?: string;
                };
            };
        };
        responses: {
            /** @description the new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description enforcement (执法人员, the default: absent means enforcement) or daily-supervision (日常监管人员)
                         * @enum {string}
                         */
                        category?: "enforcement" | "daily-supervision";
                        /**
                         * Format: date
                         * @description last day the certificate is valid: required with certificateNo
                         */
                        certificateExpiry?: string;
                        /** @description 执法证号: required of enforcement staff, none for daily-supervision */
                        certificateNo?: string;
                        conflicts: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            decision?: {
                                approved: boolean;
                                /**
                                 * Format: date-time
                                 * @description when decided; defaults to now
                                 */
                                at?: string;
                                /** @description the responsible official (行政机关负责人) who decided */
                                by: string;
                                /** @description private */
                                note?: string;
                            };
                            /** @enum {string} */
                            declaredBy: "inspector" | "enterprise";
                            /** @description why (回避): private */
                            reason: string;
                            /**
                             * @description requested until the responsible official decides; only approved conflicts keep an inspector out of a draw (absent: declared before decisions were kept, in effect)
                             * @enum {string}
                             */
                            status?: "requested" | "approved" | "rejected";
                            /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                            targetId: string;
                        }[];
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        createdAt: string;
                        deactivation?: {
                            /**
                             * Format: date
                             * @description calendar date YYYY-MM-DD
                             */
                            date: string;
                            reason: string;
                        };
                        /** @description department code, e.g. SCJG */
                        department: string;
                        /** @description 业务专长 */
                        expertise: string[];
                        history: {
                            /** @description create, update, deactivate, declare-conflict, file … */
                            action: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                            changes: {
                                field: string;
                                from: unknown;
                                to: unknown;
                            }[];
                            version: number;
                            why: string;
                        }[];
                        /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                        id: string;
                        /** @description ID card number: private */
                        idNumber?: string;
                        /** @description may be drawn as group leader (检查组负责人) */
                        mayLead: boolean;
                        name: string;
                        /** @description phone: private */
                        phone?: string;
                        /** @description 执法资质 codes, mapped to items, e.g. SCJG-FOOD */
                        qualifications: string[];
                        /** @enum {string} */
                        status: "active" | "inactive";
                        /** @description jurisdiction station code; empty when none */
                        unit: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        updatedAt: string;
                        /** @description version for optimistic concurrency */
                        version: number;
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDepartmentsDeptInspectorsIdConflicts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dept: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    decision?: {
                        approved: boolean;
                        /**
                         * Format: date-time
                         * @description when decided; defaults to now
                         */
                        at?: string;
                        /** @description the responsible official (行政机关负责人) who decided */
                        by: string;
                        /** @description private */
                        note?: string;
                    };
                    /** @enum {string} */
                    declaredBy: "inspector" | "enterprise";
                    /** @description the version the caller read */
                    expectedVersion: number;
                    /** @description why (回避): private */
                    reason: string;
                    /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                    targetId: string;
                };
            };
        };
        responses: {
            /** @description the new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description enforcement (执法人员, the default: absent means enforcement) or daily-supervision (日常监管人员)
                         * @enum {string}
                         */
                        category?: "enforcement" | "daily-supervision";
                        /**
                         * Format: date
                         * @description last day the certificate is valid: required with certificateNo
                         */
                        certificateExpiry?: string;
                        /** @description 执法证号: required of enforcement staff, none for daily-supervision */
                        certificateNo?: string;
                        conflicts: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            decision?: {
                                approved: boolean;
                                /**
                                 * Format: date-time
                                 * @description when decided; defaults to now
                                 */
                                at?: string;
                                /** @description the responsible official (行政机关负责人) who decided */
                                by: string;
                                /** @description private */
                                note?: string;
                            };
                            /** @enum {string} */
                            declaredBy: "inspector" | "enterprise";
                            /** @description why (回避): private */
                            reason: string;
                            /**
                             * @description requested until the responsible official decides; only approved conflicts keep an inspector out of a draw (absent: declared before decisions were kept, in effect)
                             * @enum {string}
                             */
                            status?: "requested" | "approved" | "rejected";
                            /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                            targetId: string;
                        }[];
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        createdAt: string;
                        deactivation?: {
                            /**
                             * Format: date
                             * @description calendar date YYYY-MM-DD
                             */
                            date: string;
                            reason: string;
                        };
                        /** @description department code, e.g. SCJG */
                        department: string;
                        /** @description 业务专长 */
                        expertise: string[];
                        history: {
                            /** @description create, update, deactivate, declare-conflict, file … */
                            action: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                            changes: {
                                field: string;
                                from: unknown;
                                to: unknown;
                            }[];
                            version: number;
                            why: string;
                        }[];
                        /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                        id: string;
                        /** @description ID card number: private */
                        idNumber?: string;
                        /** @description may be drawn as group leader (检查组负责人) */
                        mayLead: boolean;
                        name: string;
                        /** @description phone: private */
                        phone?: string;
                        /** @description 执法资质 codes, mapped to items, e.g. SCJG-FOOD */
                        qualifications: string[];
                        /** @enum {string} */
                        status: "active" | "inactive";
                        /** @description jurisdiction station code; empty when none */
                        unit: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        updatedAt: string;
                        /** @description version for optimistic concurrency */
                        version: number;
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDepartmentsDeptInspectorsIdConflictsTargetIdDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dept: string;
                id: string;
                targetId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    approved: boolean;
                    /**
                     * Format: date-time
                     * @description when decided; defaults to now
                     */
                    at?: string;
                    /** @description the responsible official (行政机关负责人) who decided */
                    by: string;
                    /** @description version for optimistic concurrency */
                    expectedVersion: number;
                    /** @description private */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description the new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description enforcement (执法人员, the default: absent means enforcement) or daily-supervision (日常监管人员)
                         * @enum {string}
                         */
                        category?: "enforcement" | "daily-supervision";
                        /**
                         * Format: date
                         * @description last day the certificate is valid: required with certificateNo
                         */
                        certificateExpiry?: string;
                        /** @description 执法证号: required of enforcement staff, none for daily-supervision */
                        certificateNo?: string;
                        conflicts: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            decision?: {
                                approved: boolean;
                                /**
                                 * Format: date-time
                                 * @description when decided; defaults to now
                                 */
                                at?: string;
                                /** @description the responsible official (行政机关负责人) who decided */
                                by: string;
                                /** @description private */
                                note?: string;
                            };
                            /** @enum {string} */
                            declaredBy: "inspector" | "enterprise";
                            /** @description why (回避): private */
                            reason: string;
                            /**
                             * @description requested until the responsible official decides; only approved conflicts keep an inspector out of a draw (absent: declared before decisions were kept, in effect)
                             * @enum {string}
                             */
                            status?: "requested" | "approved" | "rejected";
                            /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                            targetId: string;
                        }[];
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        createdAt: string;
                        deactivation?: {
                            /**
                             * Format: date
                             * @description calendar date YYYY-MM-DD
                             */
                            date: string;
                            reason: string;
                        };
                        /** @description department code, e.g. SCJG */
                        department: string;
                        /** @description 业务专长 */
                        expertise: string[];
                        history: {
                            /** @description create, update, deactivate, declare-conflict, file … */
                            action: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                            changes: {
                                field: string;
                                from: unknown;
                                to: unknown;
                            }[];
                            version: number;
                            why: string;
                        }[];
                        /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                        id: string;
                        /** @description ID card number: private */
                        idNumber?: string;
                        /** @description may be drawn as group leader (检查组负责人) */
                        mayLead: boolean;
                        name: string;
                        /** @description phone: private */
                        phone?: string;
                        /** @description 执法资质 codes, mapped to items, e.g. SCJG-FOOD */
                        qualifications: string[];
                        /** @enum {string} */
                        status: "active" | "inactive";
                        /** @description jurisdiction station code; empty when none */
                        unit: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        updatedAt: string;
                        /** @description version for optimistic concurrency */
                        version: number;
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDepartmentsDeptInspectorsIdDeactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dept: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description the date the target left the directory; defaults to today in Asia/Shanghai
                     */
                    date?: string;
                    /** @description the version the caller read */
                    expectedVersion: number;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description the new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description enforcement (执法人员, the default: absent means enforcement) or daily-supervision (日常监管人员)
                         * @enum {string}
                         */
                        category?: "enforcement" | "daily-supervision";
                        /**
                         * Format: date
                         * @description last day the certificate is valid: required with certificateNo
                         */
                        certificateExpiry?: string;
                        /** @description 执法证号: required of enforcement staff, none for daily-supervision */
                        certificateNo?: string;
                        conflicts: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            decision?: {
                                approved: boolean;
                                /**
                                 * Format: date-time
                                 * @description when decided; defaults to now
                                 */
                                at?: string;
                                /** @description the responsible official (行政机关负责人) who decided */
                                by: string;
                                /** @description private */
                                note?: string;
                            };
                            /** @enum {string} */
                            declaredBy: "inspector" | "enterprise";
                            /** @description why (回避): private */
                            reason: string;
                            /**
                             * @description requested until the responsible official decides; only approved conflicts keep an inspector out of a draw (absent: declared before decisions were kept, in effect)
                             * @enum {string}
                             */
                            status?: "requested" | "approved" | "rejected";
                            /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                            targetId: string;
                        }[];
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        createdAt: string;
                        deactivation?: {
                            /**
                             * Format: date
                             * @description calendar date YYYY-MM-DD
                             */
                            date: string;
                            reason: string;
                        };
                        /** @description department code, e.g. SCJG */
                        department: string;
                        /** @description 业务专长 */
                        expertise: string[];
                        history: {
                            /** @description create, update, deactivate, declare-conflict, file … */
                            action: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                            changes: {
                                field: string;
                                from: unknown;
                                to: unknown;
                            }[];
                            version: number;
                            why: string;
                        }[];
                        /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                        id: string;
                        /** @description ID card number: private */
                        idNumber?: string;
                        /** @description may be drawn as group leader (检查组负责人) */
                        mayLead: boolean;
                        name: string;
                        /** @description phone: private */
                        phone?: string;
                        /** @description 执法资质 codes, mapped to items, e.g. SCJG-FOOD */
                        qualifications: string[];
                        /** @enum {string} */
                        status: "active" | "inactive";
                        /** @description jurisdiction station code; empty when none */
                        unit: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        updatedAt: string;
                        /** @description version for optimistic concurrency */
                        version: number;
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDepartmentsDeptInspectorsImport: {
        parameters: {
            query?: {
                rowOffset?: number;
            };
            header?: never;
            path: {
                dept: string;
            };
            cookie?: never;
        };
        /** @description A CSV (UTF-8, with or without BOM, or GB18030/GBK as Excel saves it) with a header row, or a JSON array of objects. Headers are matched trimmed, English ones case-insensitively; other columns are ignored and listed in ignoredColumns. A target row naming a stored target (by id or credit code) may carry only some columns, as the exports do: those change, the others stay. Columns: id (编号, 人员编号, 执法人员编号): required; name (姓名, 执法人员姓名): required; category (人员类别, 人员类型, 类别): 执法人员 (enforcement, the default) or 日常监管人员 (daily-supervision: no 执法证, never drawn); certificateNo (执法证号, 执法证编号, 执法证件号码): required of enforcement staff; left empty for 日常监管人员; certificateExpiry (执法证有效期, 有效期至, 执法证有效期至, 证件有效期至): 2027-03-05, 2027/3/5 or 2027年3月5日; qualifications (执法资质, 执法资格代码): codes separated by 、, ；, a comma, a vertical bar or spaces; expertise (业务专长, 专业特长): words separated by 、, ；, a comma, a vertical bar or spaces; mayLead (可任组长, 可担任组长, 是否可任组长): 是/否, yes/no, 1/0; unit (管辖单位, 所属单位): optional unit code; idNumber (身份证号, 身份证号码): private; phone (电话, 联系电话, 手机): private. */
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                }[];
                "text/csv": string;
                "text/plain": string;
            };
        };
        responses: {
            /** @description what was stored and which rows were refused */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: number;
                        /** @enum {string} */
                        encoding: "utf-8" | "gb18030";
                        errors: {
                            code: string;
                            field: string;
                            row: number;
                            rule: string;
                            value?: unknown;
                        }[];
                        errorsCut: number;
                        ignoredColumns: string[];
                        invalid: number;
                        rows: number;
                        unchanged: number;
                        updated: number;
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDepartmentsDeptItems: {
        parameters: {
            query?: {
                category?: "key" | "general";
                cursor?: string;
                limit?: number;
                status?: "active" | "inactive";
            };
            header?: never;
            path: {
                dept: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cursor?: string;
                        items: {
                            /**
                             * @description key 重点检查事项 (≥ 20 %), general 一般检查事项 (3 %–10 %)
                             * @enum {string}
                             */
                            category: "key" | "general";
                            /** @description 检查内容: the points checked, each answered point by point in a result */
                            checklist?: string[];
                            /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                            code: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            createdAt: string;
                            deactivation?: {
                                date: string;
                                reason: string;
                            };
                            /** @description department code, e.g. SCJG */
                            department: string;
                            /** @description 业务专长 an inspector drawn for the item has (one of); empty or absent: any */
                            expertise?: string[];
                            history: {
                                /** @description create, update, deactivate, declare-conflict, file … */
                                action: string;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 instant
                                 */
                                at: string;
                                changes: {
                                    field: string;
                                    from: unknown;
                                    to: unknown;
                                }[];
                                version: number;
                                why: string;
                            }[];
                            /** @description 法律依据 */
                            legalBasis: string;
                            methods: ("desk-review" | "on-site" | "online-monitoring")[];
                            name: string;
                            /** @description absent on items listed before populations were kept: the whole directory */
                            population?: {
                                /** @default [] */
                                industries: string[];
                                /** @default [] */
                                kinds: ("enterprise" | "sole-trader" | "other-subject" | "product" | "project" | "behaviour")[];
                            };
                            /** @description qualification an inspector needs, e.g. SCJG-FOOD */
                            qualification: string;
                            /** @enum {string} */
                            status: "active" | "inactive";
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            updatedAt: string;
                            /** @description version for optimistic concurrency */
                            version: number;
                        }[];
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDepartmentsDeptItems: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dept: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description key 重点检查事项 (≥ 20 %), general 一般检查事项 (3 %–10 %)
                     * @enum {string}
                     */
                    category: "key" | "general";
                    /** @description 检查内容: the points checked, each answered point by point in a result */
                    checklist?: string[];
                    /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                    code: string;
                    /** @description 业务专长 an inspector drawn for the item has (one of); empty or absent: any */
                    expertise?: string[];
                    /** @description 法律依据 */
                    legalBasis: string;
                    methods: ("desk-review" | "on-site" | "online-monitoring")[];
                    name: string;
                    /**
                     * @description the directory entries the item applies to: kinds and industries (empty = any); the denominator of its ratio
                     * @default {
                     *       "kinds": [],
                     *       "industries": []
                     *     }
                     */
                    population?: {
                        /** @default [] */
                        industries?: string[];
                        /** @default [] */
                        kinds?: ("enterprise" | "sole-trader" | "other-subject" | "product" | "project" | "behaviour")[];
                    };
                    /** @description qualification an inspector needs, e.g. SCJG-FOOD */
                    qualification: string;
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description key 重点检查事项 (≥ 20 %), general 一般检查事项 (3 %–10 %)
                         * @enum {string}
                         */
                        category: "key" | "general";
                        /** @description 检查内容: the points checked, each answered point by point in a result */
                        checklist?: string[];
                        /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                        code: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        createdAt: string;
                        deactivation?: {
                            date: string;
                            reason: string;
                        };
                        /** @description department code, e.g. SCJG */
                        department: string;
                        /** @description 业务专长 an inspector drawn for the item has (one of); empty or absent: any */
                        expertise?: string[];
                        history: {
                            /** @description create, update, deactivate, declare-conflict, file … */
                            action: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                            changes: {
                                field: string;
                                from: unknown;
                                to: unknown;
                            }[];
                            version: number;
                            why: string;
                        }[];
                        /** @description 法律依据 */
                        legalBasis: string;
                        methods: ("desk-review" | "on-site" | "online-monitoring")[];
                        name: string;
                        /** @description absent on items listed before populations were kept: the whole directory */
                        population?: {
                            /** @default [] */
                            industries: string[];
                            /** @default [] */
                            kinds: ("enterprise" | "sole-trader" | "other-subject" | "product" | "project" | "behaviour")[];
                        };
                        /** @description qualification an inspector needs, e.g. SCJG-FOOD */
                        qualification: string;
                        /** @enum {string} */
                        status: "active" | "inactive";
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        updatedAt: string;
                        /** @description version for optimistic concurrency */
                        version: number;
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDepartmentsDeptItemsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dept: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the item */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description key 重点检查事项 (≥ 20 %), general 一般检查事项 (3 %–10 %)
                         * @enum {string}
                         */
                        category: "key" | "general";
                        /** @description 检查内容: the points checked, each answered point by point in a result */
                        checklist?: string[];
                        /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                        code: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        createdAt: string;
                        deactivation?: {
                            date: string;
                            reason: string;
                        };
                        /** @description department code, e.g. SCJG */
                        department: string;
                        /** @description 业务专长 an inspector drawn for the item has (one of); empty or absent: any */
                        expertise?: string[];
                        history: {
                            /** @description create, update, deactivate, declare-conflict, file … */
                            action: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            changes: {
                                field: string;
                                from: unknown;
                                to: unknown;
                            }[];
                            version: number;
                            why: string;
                        }[];
                        /** @description 法律依据 */
                        legalBasis: string;
                        methods: ("desk-review" | "on-site" | "online-monitoring")[];
                        name: string;
                        /** @description absent on items listed before populations were kept: the whole directory */
                        population?: {
                            /** @default [] */
                            industries: string[];
                            /** @default [] */
                            kinds: ("enterprise" | "sole-trader" | "other-subject" | "product" | "project" | "behaviour")[];
                        };
                        /** @description qualification an inspector needs, e.g. SCJG-FOOD */
                        qualification: string;
                        /** @enum {string} */
                        status: "active" | "inactive";
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        updatedAt: string;
                        /** @description version for optimistic concurrency */
                        version: number;
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchDepartmentsDeptItemsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dept: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description key 重点检查事项 (≥ 20 %), general 一般检查事项 (3 %–10 %)
                     * @enum {string}
                     */
                    category?: "key" | "general";
                    /** @description 检查内容: the points checked, each answered point by point in a result */
                    checklist?: string[];
                    /** @description the version the caller read */
                    expectedVersion: number;
                    /** @description 业务专长 an inspector drawn for the item has (one of); empty or absent: any */
                    expertise?: string[];
                    /** @description 法律依据 */
                    legalBasis?: string;
                    methods?: ("desk-review" | "on-site" | "online-monitoring")[];
                    name?: string;
                    /** @description the directory entries the item applies to: kinds and industries (empty = any); the denominator of its ratio */
                    population?: {
                        /** @default [] */
                        industries?: string[];
                        /** @default [] */
                        kinds?: ("enterprise" | "sole-trader" | "other-subject" | "product" | "project" | "behaviour")[];
                    };
                    /** @description qualification an inspector needs, e.g. SCJG-FOOD */
                    qualification?: string;
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description the new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description key 重点检查事项 (≥ 20 %), general 一般检查事项 (3 %–10 %)
                         * @enum {string}
                         */
                        category: "key" | "general";
                        /** @description 检查内容: the points checked, each answered point by point in a result */
                        checklist?: string[];
                        /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                        code: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        createdAt: string;
                        deactivation?: {
                            date: string;
                            reason: string;
                        };
                        /** @description department code, e.g. SCJG */
                        department: string;
                        /** @description 业务专长 an inspector drawn for the item has (one of); empty or absent: any */
                        expertise?: string[];
                        history: {
                            /** @description create, update, deactivate, declare-conflict, file … */
                            action: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                            changes: {
                                field: string;
                                from: unknown;
                                to: unknown;
                            }[];
                            version: number;
                            why: string;
                        }[];
                        /** @description 法律依据 */
                        legalBasis: string;
                        methods: ("desk-review" | "on-site" | "online-monitoring")[];
                        name: string;
                        /** @description absent on items listed before populations were kept: the whole directory */
                        population?: {
                            /** @default [] */
                            industries: string[];
                            /** @default [] */
                            kinds: ("enterprise" | "sole-trader" | "other-subject" | "product" | "project" | "behaviour")[];
                        };
                        /** @description qualification an inspector needs, e.g. SCJG-FOOD */
                        qualification: string;
                        /** @enum {string} */
                        status: "active" | "inactive";
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        updatedAt: string;
                        /** @description version for optimistic concurrency */
                        version: number;
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDepartmentsDeptItemsIdDeactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dept: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description the date the target left the directory; defaults to today in Asia/Shanghai
                     */
                    date?: string;
                    /** @description the version the caller read */
                    expectedVersion: number;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description the new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description key 重点检查事项 (≥ 20 %), general 一般检查事项 (3 %–10 %)
                         * @enum {string}
                         */
                        category: "key" | "general";
                        /** @description 检查内容: the points checked, each answered point by point in a result */
                        checklist?: string[];
                        /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                        code: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        createdAt: string;
                        deactivation?: {
                            date: string;
                            reason: string;
                        };
                        /** @description department code, e.g. SCJG */
                        department: string;
                        /** @description 业务专长 an inspector drawn for the item has (one of); empty or absent: any */
                        expertise?: string[];
                        history: {
                            /** @description create, update, deactivate, declare-conflict, file … */
                            action: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                            changes: {
                                field: string;
                                from: unknown;
                                to: unknown;
                            }[];
                            version: number;
                            why: string;
                        }[];
                        /** @description 法律依据 */
                        legalBasis: string;
                        methods: ("desk-review" | "on-site" | "online-monitoring")[];
                        name: string;
                        /** @description absent on items listed before populations were kept: the whole directory */
                        population?: {
                            /** @default [] */
                            industries: string[];
                            /** @default [] */
                            kinds: ("enterprise" | "sole-trader" | "other-subject" | "product" | "project" | "behaviour")[];
                        };
                        /** @description qualification an inspector needs, e.g. SCJG-FOOD */
                        qualification: string;
                        /** @enum {string} */
                        status: "active" | "inactive";
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        updatedAt: string;
                        /** @description version for optimistic concurrency */
                        version: number;
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDepartmentsDeptTargets: {
        parameters: {
            query?: {
                cursor?: string;
                industry?: string;
                kind?: "enterprise" | "sole-trader" | "other-subject" | "product" | "project" | "behaviour";
                limit?: number;
                riskClass?: "A" | "B" | "C" | "D";
                status?: "active" | "inactive";
                town?: string;
                unit?: string;
            };
            header?: never;
            path: {
                dept: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cursor?: string;
                        items: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            createdAt: string;
                            deactivation?: {
                                /**
                                 * Format: date
                                 * @description calendar date YYYY-MM-DD
                                 */
                                date: string;
                                reason: string;
                            };
                            /** @description department code, e.g. SCJG */
                            department: string;
                            history: {
                                /** @description create, update, deactivate, declare-conflict, file … */
                                action: string;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 instant
                                 */
                                at: string;
                                by: string;
                                changes: {
                                    field: string;
                                    from: unknown;
                                    to: unknown;
                                }[];
                                version: number;
                                why: string;
                            }[];
                            /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                            id: string;
                            industry: string;
                            /**
                             * @description subjects: enterprise 企业, sole-trader 个体工商户, other-subject 其他主体; objects: product 产品, project 项目, behaviour 行为
                             * @enum {string}
                             */
                            kind: "enterprise" | "sole-trader" | "other-subject" | "product" | "project" | "behaviour";
                            name: string;
                            /**
                             * @description credit-risk class 信用风险分类, A lowest risk … D highest
                             * @enum {string}
                             */
                            riskClass: "A" | "B" | "C" | "D";
                            /** @enum {string} */
                            status: "active" | "inactive";
                            town: string;
                            /** @description jurisdiction station code; empty when none */
                            unit: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            updatedAt: string;
                            uscc?: string;
                            /** @description version for optimistic concurrency */
                            version: number;
                        }[];
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDepartmentsDeptTargets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dept: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                    id?: string;
                    industry: string;
                    /**
                     * @description subjects: enterprise 企业, sole-trader 个体工商户, other-subject 其他主体; objects: product 产品, project 项目, behaviour 行为
                     * @enum {string}
                     */
                    kind: "enterprise" | "sole-trader" | "other-subject" | "product" | "project" | "behaviour";
                    name: string;
                    reason?: string;
                    /**
                     * @description credit-risk class 信用风险分类, A lowest risk … D highest
                     * @enum {string}
                     */
                    riskClass: "A" | "B" | "C" | "D";
                    town: string;
                    /**
                     * @description jurisdiction station code; empty when none
                     * @default
                     */
                    unit?: string;
                    /** @description 统一社会信用代码, required for enterprises; GB 32100-2015 */
                    uscc?: string;
                };
            };
        };
        responses: {
            /** @description created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        createdAt: string;
                        deactivation?: {
                            /**
                             * Format: date
                             * @description calendar date YYYY-MM-DD
                             */
                            date: string;
                            reason: string;
                        };
                        /** @description department code, e.g. SCJG */
                        department: string;
                        history: {
                            /** @description create, update, deactivate, declare-conflict, file … */
                            action: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                            changes: {
                                field: string;
                                from: unknown;
                                to: unknown;
                            }[];
                            version: number;
                            why: string;
                        }[];
                        /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                        id: string;
                        industry: string;
                        /**
                         * @description subjects: enterprise 企业, sole-trader 个体工商户, other-subject 其他主体; objects: product 产品, project 项目, behaviour 行为
                         * @enum {string}
                         */
                        kind: "enterprise" | "sole-trader" | "other-subject" | "product" | "project" | "behaviour";
                        name: string;
                        /**
                         * @description credit-risk class 信用风险分类, A lowest risk … D highest
                         * @enum {string}
                         */
                        riskClass: "A" | "B" | "C" | "D";
                        /** @enum {string} */
                        status: "active" | "inactive";
                        town: string;
                        /** @description jurisdiction station code; empty when none */
                        unit: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        updatedAt: string;
                        uscc?: string;
                        /** @description version for optimistic concurrency */
                        version: number;
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDepartmentsDeptTargetsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dept: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the target */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        createdAt: string;
                        deactivation?: {
                            /**
                             * Format: date
                             * @description calendar date YYYY-MM-DD
                             */
                            date: string;
                            reason: string;
                        };
                        /** @description department code, e.g. SCJG */
                        department: string;
                        history: {
                            /** @description create, update, deactivate, declare-conflict, file … */
                            action: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                            changes: {
                                field: string;
                                from: unknown;
                                to: unknown;
                            }[];
                            version: number;
                            why: string;
                        }[];
                        /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                        id: string;
                        industry: string;
                        /**
                         * @description subjects: enterprise 企业, sole-trader 个体工商户, other-subject 其他主体; objects: product 产品, project 项目, behaviour 行为
                         * @enum {string}
                         */
                        kind: "enterprise" | "sole-trader" | "other-subject" | "product" | "project" | "behaviour";
                        name: string;
                        /**
                         * @description credit-risk class 信用风险分类, A lowest risk … D highest
                         * @enum {string}
                         */
                        riskClass: "A" | "B" | "C" | "D";
                        /** @enum {string} */
                        status: "active" | "inactive";
                        town: string;
                        /** @description jurisdiction station code; empty when none */
                        unit: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        updatedAt: string;
                        uscc?: string;
                        /** @description version for optimistic concurrency */
                        version: number;
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchDepartmentsDeptTargetsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dept: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the version the caller read */
                    expectedVersion: number;
                    industry?: string;
                    name?: string;
                    reason?: string;
                    /**
                     * @description credit-risk class 信用风险分类, A lowest risk … D highest
                     * @enum {string}
                     */
                    riskClass?: "A" | "B" | "C" | "D";
                    town?: string;
                    /** @description jurisdiction station code; empty when none */
                    unit?: string;
                };
            };
        };
        responses: {
            /** @description the new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        createdAt: string;
                        deactivation?: {
                            /**
                             * Format: date
                             * @description calendar date YYYY-MM-DD
                             */
                            date: string;
                            reason: string;
                        };
                        /** @description department code, e.g. SCJG */
                        department: string;
                        history: {
                            /** @description create, update, deactivate, declare-conflict, file … */
                            action: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                            changes: {
                                field: string;
                                from: unknown;
                                to: unknown;
                            }[];
                            version: number;
                            why: string;
                        }[];
                        /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                        id: string;
                        industry: string;
                        /**
                         * @description subjects: enterprise 企业, sole-trader 个体工商户, other-subject 其他主体; objects: product 产品, project 项目, behaviour 行为
                         * @enum {string}
                         */
                        kind: "enterprise" | "sole-trader" | "other-subject" | "product" | "project" | "behaviour";
                        name: string;
                        /**
                         * @description credit-risk class 信用风险分类, A lowest risk … D highest
                         * @enum {string}
                         */
                        riskClass: "A" | "B" | "C" | "D";
                        /** @enum {string} */
                        status: "active" | "inactive";
                        town: string;
                        /** @description jurisdiction station code; empty when none */
                        unit: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        updatedAt: string;
                        uscc?: string;
                        /** @description version for optimistic concurrency */
                        version: number;
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDepartmentsDeptTargetsIdDeactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dept: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description the date the target left the directory; defaults to today in Asia/Shanghai
                     */
                    date?: string;
                    /** @description the version the caller read */
                    expectedVersion: number;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description the new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        createdAt: string;
                        deactivation?: {
                            /**
                             * Format: date
                             * @description calendar date YYYY-MM-DD
                             */
                            date: string;
                            reason: string;
                        };
                        /** @description department code, e.g. SCJG */
                        department: string;
                        history: {
                            /** @description create, update, deactivate, declare-conflict, file … */
                            action: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                            changes: {
                                field: string;
                                from: unknown;
                                to: unknown;
                            }[];
                            version: number;
                            why: string;
                        }[];
                        /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                        id: string;
                        industry: string;
                        /**
                         * @description subjects: enterprise 企业, sole-trader 个体工商户, other-subject 其他主体; objects: product 产品, project 项目, behaviour 行为
                         * @enum {string}
                         */
                        kind: "enterprise" | "sole-trader" | "other-subject" | "product" | "project" | "behaviour";
                        name: string;
                        /**
                         * @description credit-risk class 信用风险分类, A lowest risk … D highest
                         * @enum {string}
                         */
                        riskClass: "A" | "B" | "C" | "D";
                        /** @enum {string} */
                        status: "active" | "inactive";
                        town: string;
                        /** @description jurisdiction station code; empty when none */
                        unit: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        updatedAt: string;
                        uscc?: string;
                        /** @description version for optimistic concurrency */
                        version: number;
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDepartmentsDeptTargetsImport: {
        parameters: {
            query?: {
                rowOffset?: number;
            };
            header?: never;
            path: {
                dept: string;
            };
            cookie?: never;
        };
        /** @description A CSV (UTF-8, with or without BOM, or GB18030/GBK as Excel saves it) with a header row, or a JSON array of objects. Headers are matched trimmed, English ones case-insensitively; other columns are ignored and listed in ignoredColumns. A target row naming a stored target (by id or credit code) may carry only some columns, as the exports do: those change, the others stay. Columns: id (编号, 对象编号, 检查对象编号, 主体标识): optional; defaults to the credit code; name (名称, 企业名称, 主体名称, 对象名称, 检查对象名称, 市场主体名称): required, at most 200 characters; uscc (统一社会信用代码, 信用代码): required for enterprises; 18 characters, check character verified (GB 32100-2015); kind (类型, 主体类型, 对象类型, 市场主体类型, 主体类别): 企业, 个体工商户 (个体户), 其他主体, 产品, 项目, 行为 or the English values; town (所属镇街, 镇街, 所在镇街, 所属乡镇（街道）, 所属乡镇街道): required; industry (行业, 所属行业, 行业门类): required; riskClass (信用风险等级, 风险等级, 信用风险分类, 风险分类, 信用风险分类结果): A, B, C or D (A类, A级 … accepted); unit (管辖单位, 所属单位, 登记管辖单位): optional unit code. */
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                }[];
                "text/csv": string;
                "text/plain": string;
            };
        };
        responses: {
            /** @description what was stored and which rows were refused */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: number;
                        /** @enum {string} */
                        encoding: "utf-8" | "gb18030";
                        errors: {
                            code: string;
                            field: string;
                            row: number;
                            rule: string;
                            value?: unknown;
                        }[];
                        errorsCut: number;
                        ignoredColumns: string[];
                        invalid: number;
                        rows: number;
                        unchanged: number;
                        updated: number;
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDrawsDrawIdBundle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                drawId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the bundle */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the bundle of a large pool when above the inline limit (1 MiB unless configured): the same bytes, kept as a blob; follow Location with a GET, as fetch and browsers do (curl -L) */
            303: {
                headers: {
                    /** @description a short-lived link (5 minutes) to the stored answer: a presigned S3 GET in AWS, /blobs/… on the local server */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDrawsDrawIdResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                drawId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the result of a large draw when above the inline limit (1 MiB unless configured): the same bytes, kept as a blob; follow Location with a GET, as fetch and browsers do (curl -L) */
            303: {
                headers: {
                    /** @description a short-lived link (5 minutes) to the stored answer: a presigned S3 GET in AWS, /blobs/… on the local server */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putEvidenceSha256: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sha256: string;
            };
            cookie?: never;
        };
        /** @description the file itself */
        requestBody: {
            content: {
                "application/ofd": string;
                "application/pdf": string;
                "audio/mp4": string;
                "audio/mpeg": string;
                "audio/wav": string;
                "image/heic": string;
                "image/jpeg": string;
                "image/png": string;
                "video/mp4": string;
                "video/quicktime": string;
            };
        };
        responses: {
            /** @description stored under its SHA-256 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getExchangeEvents: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                status?: "pending" | "delivered" | "acknowledged" | "failed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cursor?: string;
                        items: {
                            acknowledgement?: {
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 instant
                                 */
                                at: string;
                                by: string;
                                note?: string;
                                reference?: string;
                            };
                            attempts: number;
                            channel?: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            deliveredAt?: string;
                            /** @description department code, e.g. SCJG */
                            department: string;
                            /** @constant */
                            format: "dr-exchange/1";
                            id: string;
                            key: string;
                            lastError?: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            nextAttemptAt?: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            occurredAt: string;
                            payload: {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            status: "pending" | "delivered" | "acknowledged" | "failed";
                            /** @enum {string} */
                            type: "result.published" | "penalty.published" | "items.changed" | "plan.published" | "draw.published";
                        }[];
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postExchangeEventsIdAck: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                    reference?: string;
                };
            };
        };
        responses: {
            /** @description the event, acknowledged */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acknowledgement?: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                            note?: string;
                            reference?: string;
                        };
                        attempts: number;
                        channel?: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        deliveredAt?: string;
                        /** @description department code, e.g. SCJG */
                        department: string;
                        /** @constant */
                        format: "dr-exchange/1";
                        id: string;
                        key: string;
                        lastError?: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        nextAttemptAt?: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        occurredAt: string;
                        payload: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        status: "pending" | "delivered" | "acknowledged" | "failed";
                        /** @enum {string} */
                        type: "result.published" | "penalty.published" | "items.changed" | "plan.published" | "draw.published";
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getExportsPlansYear: {
        parameters: {
            query?: {
                dept?: string;
                format?: "csv" | "xlsx";
            };
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file: text/csv (UTF-8 with BOM) or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the whole file, with the same type and name, when above the inline limit (1 MiB unless configured): the same bytes, kept as a blob; follow Location with a GET, as fetch and browsers do (curl -L) */
            303: {
                headers: {
                    /** @description a short-lived link (5 minutes) to the stored answer: a presigned S3 GET in AWS, /blobs/… on the local server */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getExportsResults: {
        parameters: {
            query: {
                dept?: string;
                format?: "csv" | "xlsx";
                layout?: "national" | "full";
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file: text/csv (UTF-8 with BOM) or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the whole file, with the same type and name, when above the inline limit (1 MiB unless configured): the same bytes, kept as a blob; follow Location with a GET, as fetch and browsers do (curl -L) */
            303: {
                headers: {
                    /** @description a short-lived link (5 minutes) to the stored answer: a presigned S3 GET in AWS, /blobs/… on the local server */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getExportsTasksTaskIdDraw: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
            };
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file: text/csv (UTF-8 with BOM) or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the whole file, with the same type and name, when above the inline limit (1 MiB unless configured): the same bytes, kept as a blob; follow Location with a GET, as fetch and browsers do (curl -L) */
            303: {
                headers: {
                    /** @description a short-lived link (5 minutes) to the stored answer: a presigned S3 GET in AWS, /blobs/… on the local server */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getNotifications: {
        parameters: {
            query?: {
                cursor?: string;
                department?: string;
                limit?: number;
                status?: "pending" | "delivered" | "failed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of notifications */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cursor?: string;
                        items: {
                            attempts: number;
                            channel?: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            deliveredAt?: string;
                            /** @description department code, e.g. SCJG */
                            department: string;
                            id: string;
                            /** @enum {string} */
                            kind: "assignment" | "plan.returned" | "handoff.received" | "deadline.due-soon" | "deadline.overdue";
                            lastError?: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            nextAttemptAt?: string;
                            recipient: string;
                            ref: {
                                [key: string]: string;
                            };
                            /** @enum {string} */
                            status: "pending" | "delivered" | "failed";
                            text: string;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOfficeDeadlines: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the red lights */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description notifications given up after their last delivery attempt (亮灯) */
                        failedDeliveries: {
                            attempts: number;
                            channel?: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            deliveredAt?: string;
                            /** @description department code, e.g. SCJG */
                            department: string;
                            id: string;
                            /** @enum {string} */
                            kind: "assignment" | "plan.returned" | "handoff.received" | "deadline.due-soon" | "deadline.overdue";
                            lastError?: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            nextAttemptAt?: string;
                            recipient: string;
                            ref: {
                                [key: string]: string;
                            };
                            /** @enum {string} */
                            status: "pending" | "delivered" | "failed";
                            text: string;
                            title: string;
                        }[];
                        items: {
                            dueBy: string;
                            item: string;
                            /** @enum {string} */
                            kind: "result" | "penalty";
                            provisional: boolean;
                            /** @enum {string} */
                            status: "on-time" | "due-soon" | "overdue";
                            targetId: string;
                            taskId: string;
                            taskName: string;
                        }[];
                    };
                };
            };
            /** @description the red lights when above the inline limit (1 MiB unless configured): the same bytes, kept as a blob; follow Location with a GET, as fetch and browsers do (curl -L) */
            303: {
                headers: {
                    /** @description a short-lived link (5 minutes) to the stored answer: a presigned S3 GET in AWS, /blobs/… on the local server */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postOfficeViewsRebuild: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the tasks rebuilt */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rebuilt: number;
                        tasks: string[];
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOpenapiJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the OpenAPI document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPlansYear: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one page of plans */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cursor?: string;
                        items: {
                            approved?: {
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 instant
                                 */
                                at: string;
                            };
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            createdAt: string;
                            /** @description department code, e.g. SCJG */
                            department: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            filedAt?: string;
                            /**
                             * Format: date
                             * @description filed outside this system on this day (paper), entered at firstFiledAt
                             */
                            filedOn?: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            firstFiledAt?: string;
                            /** @description <department>-<year> */
                            id: string;
                            /** @description first filed after 31 January (Asia/Shanghai), on filedOn when given */
                            late: boolean;
                            published?: {
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 instant
                                 */
                                at: string;
                            };
                            returned?: {
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 instant
                                 */
                                at: string;
                                reason: string;
                            };
                            /** @enum {string} */
                            status: "draft" | "filed" | "returned" | "approved" | "published";
                            tasks: {
                                /**
                                 * @description key / general when all items are; mixed otherwise
                                 * @enum {string}
                                 */
                                category: "key" | "general" | "mixed";
                                /** @description leave out targets inspected on the same item within N days */
                                excludeInspectedWithinDays?: number;
                                /** @description <year>-<department>-<seq, 3 digits> */
                                id: string;
                                /** @description initiating department (发起部门) */
                                initiator: string;
                                /** @description item codes from the item list */
                                items: string[];
                                joint: boolean;
                                name: string;
                                participants: string[];
                                /** @description targets the strata select from the directory counts at filing (Σ ⌈N × ratio⌉ per stratum); counted toward every item of the task; absent on tasks filed before items had populations (counted as 0) */
                                planned?: number;
                                ratio: {
                                    /** @description whole basis points, rounded down */
                                    bp: number;
                                    denominator: number;
                                    numerator: number;
                                    weighted: boolean;
                                };
                                scope: {
                                    /** @default [] */
                                    industries: string[];
                                    /** @default [] */
                                    kinds: ("enterprise" | "sole-trader" | "other-subject" | "product" | "project" | "behaviour")[];
                                    /** @default [] */
                                    riskClasses: ("A" | "B" | "C" | "D")[];
                                    /** @default [] */
                                    towns: string[];
                                };
                                /** @description task number within the plan */
                                seq: number;
                                strata: {
                                    /**
                                     * @description `all` for one plain ratio, or a credit-risk stratum
                                     * @enum {string}
                                     */
                                    key: "all" | "risk:A" | "risk:B" | "risk:C" | "risk:D";
                                    /** @description basis points: 2000 = 20 % */
                                    ratioBp: number;
                                }[];
                                /** @description inspectors per target, ≥ 2 */
                                teamSize: number;
                                window: {
                                    /**
                                     * Format: date
                                     * @description calendar date YYYY-MM-DD
                                     */
                                    end: string;
                                    /**
                                     * Format: date
                                     * @description calendar date YYYY-MM-DD
                                     */
                                    start: string;
                                };
                            }[];
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            updatedAt: string;
                            /** @description version for optimistic concurrency */
                            version: number;
                            year: number;
                        }[];
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPlansYearDepartmentsDept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dept: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the plan, without history or the ids of the officials who acted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approved?: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                        };
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        createdAt: string;
                        /** @description department code, e.g. SCJG */
                        department: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        filedAt?: string;
                        /**
                         * Format: date
                         * @description filed outside this system on this day (paper), entered at firstFiledAt
                         */
                        filedOn?: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        firstFiledAt?: string;
                        /** @description <department>-<year> */
                        id: string;
                        /** @description first filed after 31 January (Asia/Shanghai), on filedOn when given */
                        late: boolean;
                        published?: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                        };
                        returned?: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            reason: string;
                        };
                        /** @enum {string} */
                        status: "draft" | "filed" | "returned" | "approved" | "published";
                        tasks: {
                            /**
                             * @description key / general when all items are; mixed otherwise
                             * @enum {string}
                             */
                            category: "key" | "general" | "mixed";
                            /** @description leave out targets inspected on the same item within N days */
                            excludeInspectedWithinDays?: number;
                            /** @description <year>-<department>-<seq, 3 digits> */
                            id: string;
                            /** @description initiating department (发起部门) */
                            initiator: string;
                            /** @description item codes from the item list */
                            items: string[];
                            joint: boolean;
                            name: string;
                            participants: string[];
                            /** @description targets the strata select from the directory counts at filing (Σ ⌈N × ratio⌉ per stratum); counted toward every item of the task; absent on tasks filed before items had populations (counted as 0) */
                            planned?: number;
                            ratio: {
                                /** @description whole basis points, rounded down */
                                bp: number;
                                denominator: number;
                                numerator: number;
                                weighted: boolean;
                            };
                            scope: {
                                /** @default [] */
                                industries: string[];
                                /** @default [] */
                                kinds: ("enterprise" | "sole-trader" | "other-subject" | "product" | "project" | "behaviour")[];
                                /** @default [] */
                                riskClasses: ("A" | "B" | "C" | "D")[];
                                /** @default [] */
                                towns: string[];
                            };
                            /** @description task number within the plan */
                            seq: number;
                            strata: {
                                /**
                                 * @description `all` for one plain ratio, or a credit-risk stratum
                                 * @enum {string}
                                 */
                                key: "all" | "risk:A" | "risk:B" | "risk:C" | "risk:D";
                                /** @description basis points: 2000 = 20 % */
                                ratioBp: number;
                            }[];
                            /** @description inspectors per target, ≥ 2 */
                            teamSize: number;
                            window: {
                                /**
                                 * Format: date
                                 * @description calendar date YYYY-MM-DD
                                 */
                                end: string;
                                /**
                                 * Format: date
                                 * @description calendar date YYYY-MM-DD
                                 */
                                start: string;
                            };
                        }[];
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        updatedAt: string;
                        /** @description version for optimistic concurrency */
                        version: number;
                        year: number;
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putPlansYearDepartmentsDept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dept: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description save without filing
                     * @default false
                     */
                    draft?: boolean;
                    /** @description required when the plan exists (a draft or a returned plan filed again) */
                    expectedVersion?: number;
                    /**
                     * Format: date
                     * @description the day the plan was filed with the office outside this system (on paper, 纸质报送), when it is entered later: at most today, at the earliest 1 January of the year before; lateness is judged on it, and the plan shows both it and when it was entered (filedAt)
                     */
                    filedOn?: string;
                    reason?: string;
                    tasks: {
                        /** @description leave out targets inspected on the same item within N days */
                        excludeInspectedWithinDays?: number;
                        /** @description item codes from the item list */
                        items: string[];
                        name: string;
                        /**
                         * @description participating departments (参与部门); any makes the task joint
                         * @default []
                         */
                        participants?: string[];
                        /**
                         * @default {
                         *       "kinds": [],
                         *       "towns": [],
                         *       "industries": [],
                         *       "riskClasses": []
                         *     }
                         */
                        scope?: {
                            /** @default [] */
                            industries?: string[];
                            /** @default [] */
                            kinds?: ("enterprise" | "sole-trader" | "other-subject" | "product" | "project" | "behaviour")[];
                            /** @default [] */
                            riskClasses?: ("A" | "B" | "C" | "D")[];
                            /** @default [] */
                            towns?: string[];
                        };
                        /** @description task number within the plan */
                        seq: number;
                        strata: {
                            /**
                             * @description `all` for one plain ratio, or a credit-risk stratum
                             * @enum {string}
                             */
                            key: "all" | "risk:A" | "risk:B" | "risk:C" | "risk:D";
                            /** @description basis points: 2000 = 20 % */
                            ratioBp: number;
                        }[];
                        /** @description inspectors per target, ≥ 2 */
                        teamSize: number;
                        window: {
                            /**
                             * Format: date
                             * @description calendar date YYYY-MM-DD
                             */
                            end: string;
                            /**
                             * Format: date
                             * @description calendar date YYYY-MM-DD
                             */
                            start: string;
                        };
                    }[];
                };
            };
        };
        responses: {
            /** @description a draft or returned plan was filed again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approved?: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                        };
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        createdAt: string;
                        /** @description department code, e.g. SCJG */
                        department: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        filedAt?: string;
                        /**
                         * Format: date
                         * @description filed outside this system on this day (paper), entered at firstFiledAt
                         */
                        filedOn?: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        firstFiledAt?: string;
                        history: {
                            /** @description create, update, deactivate, declare-conflict, file … */
                            action: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                            changes: {
                                field: string;
                                from: unknown;
                                to: unknown;
                            }[];
                            version: number;
                            why: string;
                        }[];
                        /** @description <department>-<year> */
                        id: string;
                        /** @description first filed after 31 January (Asia/Shanghai), on filedOn when given */
                        late: boolean;
                        published?: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                        };
                        returned?: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                            reason: string;
                        };
                        /** @enum {string} */
                        status: "draft" | "filed" | "returned" | "approved" | "published";
                        tasks: {
                            /**
                             * @description key / general when all items are; mixed otherwise
                             * @enum {string}
                             */
                            category: "key" | "general" | "mixed";
                            /** @description leave out targets inspected on the same item within N days */
                            excludeInspectedWithinDays?: number;
                            /** @description <year>-<department>-<seq, 3 digits> */
                            id: string;
                            /** @description initiating department (发起部门) */
                            initiator: string;
                            /** @description item codes from the item list */
                            items: string[];
                            joint: boolean;
                            name: string;
                            participants: string[];
                            /** @description targets the strata select from the directory counts at filing (Σ ⌈N × ratio⌉ per stratum); counted toward every item of the task; absent on tasks filed before items had populations (counted as 0) */
                            planned?: number;
                            ratio: {
                                /** @description whole basis points, rounded down */
                                bp: number;
                                denominator: number;
                                numerator: number;
                                weighted: boolean;
                            };
                            scope: {
                                /** @default [] */
                                industries: string[];
                                /** @default [] */
                                kinds: ("enterprise" | "sole-trader" | "other-subject" | "product" | "project" | "behaviour")[];
                                /** @default [] */
                                riskClasses: ("A" | "B" | "C" | "D")[];
                                /** @default [] */
                                towns: string[];
                            };
                            /** @description task number within the plan */
                            seq: number;
                            strata: {
                                /**
                                 * @description `all` for one plain ratio, or a credit-risk stratum
                                 * @enum {string}
                                 */
                                key: "all" | "risk:A" | "risk:B" | "risk:C" | "risk:D";
                                /** @description basis points: 2000 = 20 % */
                                ratioBp: number;
                            }[];
                            /** @description inspectors per target, ≥ 2 */
                            teamSize: number;
                            window: {
                                /**
                                 * Format: date
                                 * @description calendar date YYYY-MM-DD
                                 */
                                end: string;
                                /**
                                 * Format: date
                                 * @description calendar date YYYY-MM-DD
                                 */
                                start: string;
                            };
                        }[];
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        updatedAt: string;
                        /** @description version for optimistic concurrency */
                        version: number;
                        year: number;
                    };
                };
            };
            /** @description the plan was created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approved?: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                        };
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        createdAt: string;
                        /** @description department code, e.g. SCJG */
                        department: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        filedAt?: string;
                        /**
                         * Format: date
                         * @description filed outside this system on this day (paper), entered at firstFiledAt
                         */
                        filedOn?: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        firstFiledAt?: string;
                        history: {
                            /** @description create, update, deactivate, declare-conflict, file … */
                            action: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                            changes: {
                                field: string;
                                from: unknown;
                                to: unknown;
                            }[];
                            version: number;
                            why: string;
                        }[];
                        /** @description <department>-<year> */
                        id: string;
                        /** @description first filed after 31 January (Asia/Shanghai), on filedOn when given */
                        late: boolean;
                        published?: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                        };
                        returned?: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                            reason: string;
                        };
                        /** @enum {string} */
                        status: "draft" | "filed" | "returned" | "approved" | "published";
                        tasks: {
                            /**
                             * @description key / general when all items are; mixed otherwise
                             * @enum {string}
                             */
                            category: "key" | "general" | "mixed";
                            /** @description leave out targets inspected on the same item within N days */
                            excludeInspectedWithinDays?: number;
                            /** @description <year>-<department>-<seq, 3 digits> */
                            id: string;
                            /** @description initiating department (发起部门) */
                            initiator: string;
                            /** @description item codes from the item list */
                            items: string[];
                            joint: boolean;
                            name: string;
                            participants: string[];
                            /** @description targets the strata select from the directory counts at filing (Σ ⌈N × ratio⌉ per stratum); counted toward every item of the task; absent on tasks filed before items had populations (counted as 0) */
                            planned?: number;
                            ratio: {
                                /** @description whole basis points, rounded down */
                                bp: number;
                                denominator: number;
                                numerator: number;
                                weighted: boolean;
                            };
                            scope: {
                                /** @default [] */
                                industries: string[];
                                /** @default [] */
                                kinds: ("enterprise" | "sole-trader" | "other-subject" | "product" | "project" | "behaviour")[];
                                /** @default [] */
                                riskClasses: ("A" | "B" | "C" | "D")[];
                                /** @default [] */
                                towns: string[];
                            };
                            /** @description task number within the plan */
                            seq: number;
                            strata: {
                                /**
                                 * @description `all` for one plain ratio, or a credit-risk stratum
                                 * @enum {string}
                                 */
                                key: "all" | "risk:A" | "risk:B" | "risk:C" | "risk:D";
                                /** @description basis points: 2000 = 20 % */
                                ratioBp: number;
                            }[];
                            /** @description inspectors per target, ≥ 2 */
                            teamSize: number;
                            window: {
                                /**
                                 * Format: date
                                 * @description calendar date YYYY-MM-DD
                                 */
                                end: string;
                                /**
                                 * Format: date
                                 * @description calendar date YYYY-MM-DD
                                 */
                                start: string;
                            };
                        }[];
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        updatedAt: string;
                        /** @description version for optimistic concurrency */
                        version: number;
                        year: number;
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPlansYearDepartmentsDept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dept: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description save without filing
                     * @default false
                     */
                    draft?: boolean;
                    /** @description required when the plan exists (a draft or a returned plan filed again) */
                    expectedVersion?: number;
                    /**
                     * Format: date
                     * @description the day the plan was filed with the office outside this system (on paper, 纸质报送), when it is entered later: at most today, at the earliest 1 January of the year before; lateness is judged on it, and the plan shows both it and when it was entered (filedAt)
                     */
                    filedOn?: string;
                    reason?: string;
                    tasks: {
                        /** @description leave out targets inspected on the same item within N days */
                        excludeInspectedWithinDays?: number;
                        /** @description item codes from the item list */
                        items: string[];
                        name: string;
                        /**
                         * @description participating departments (参与部门); any makes the task joint
                         * @default []
                         */
                        participants?: string[];
                        /**
                         * @default {
                         *       "kinds": [],
                         *       "towns": [],
                         *       "industries": [],
                         *       "riskClasses": []
                         *     }
                         */
                        scope?: {
                            /** @default [] */
                            industries?: string[];
                            /** @default [] */
                            kinds?: ("enterprise" | "sole-trader" | "other-subject" | "product" | "project" | "behaviour")[];
                            /** @default [] */
                            riskClasses?: ("A" | "B" | "C" | "D")[];
                            /** @default [] */
                            towns?: string[];
                        };
                        /** @description task number within the plan */
                        seq: number;
                        strata: {
                            /**
                             * @description `all` for one plain ratio, or a credit-risk stratum
                             * @enum {string}
                             */
                            key: "all" | "risk:A" | "risk:B" | "risk:C" | "risk:D";
                            /** @description basis points: 2000 = 20 % */
                            ratioBp: number;
                        }[];
                        /** @description inspectors per target, ≥ 2 */
                        teamSize: number;
                        window: {
                            /**
                             * Format: date
                             * @description calendar date YYYY-MM-DD
                             */
                            end: string;
                            /**
                             * Format: date
                             * @description calendar date YYYY-MM-DD
                             */
                            start: string;
                        };
                    }[];
                };
            };
        };
        responses: {
            /** @description a draft or returned plan was filed again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approved?: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                        };
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        createdAt: string;
                        /** @description department code, e.g. SCJG */
                        department: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        filedAt?: string;
                        /**
                         * Format: date
                         * @description filed outside this system on this day (paper), entered at firstFiledAt
                         */
                        filedOn?: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        firstFiledAt?: string;
                        history: {
                            /** @description create, update, deactivate, declare-conflict, file … */
                            action: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                            changes: {
                                field: string;
                                from: unknown;
                                to: unknown;
                            }[];
                            version: number;
                            why: string;
                        }[];
                        /** @description <department>-<year> */
                        id: string;
                        /** @description first filed after 31 January (Asia/Shanghai), on filedOn when given */
                        late: boolean;
                        published?: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                        };
                        returned?: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                            reason: string;
                        };
                        /** @enum {string} */
                        status: "draft" | "filed" | "returned" | "approved" | "published";
                        tasks: {
                            /**
                             * @description key / general when all items are; mixed otherwise
                             * @enum {string}
                             */
                            category: "key" | "general" | "mixed";
                            /** @description leave out targets inspected on the same item within N days */
                            excludeInspectedWithinDays?: number;
                            /** @description <year>-<department>-<seq, 3 digits> */
                            id: string;
                            /** @description initiating department (发起部门) */
                            initiator: string;
                            /** @description item codes from the item list */
                            items: string[];
                            joint: boolean;
                            name: string;
                            participants: string[];
                            /** @description targets the strata select from the directory counts at filing (Σ ⌈N × ratio⌉ per stratum); counted toward every item of the task; absent on tasks filed before items had populations (counted as 0) */
                            planned?: number;
                            ratio: {
                                /** @description whole basis points, rounded down */
                                bp: number;
                                denominator: number;
                                numerator: number;
                                weighted: boolean;
                            };
                            scope: {
                                /** @default [] */
                                industries: string[];
                                /** @default [] */
                                kinds: ("enterprise" | "sole-trader" | "other-subject" | "product" | "project" | "behaviour")[];
                                /** @default [] */
                                riskClasses: ("A" | "B" | "C" | "D")[];
                                /** @default [] */
                                towns: string[];
                            };
                            /** @description task number within the plan */
                            seq: number;
                            strata: {
                                /**
                                 * @description `all` for one plain ratio, or a credit-risk stratum
                                 * @enum {string}
                                 */
                                key: "all" | "risk:A" | "risk:B" | "risk:C" | "risk:D";
                                /** @description basis points: 2000 = 20 % */
                                ratioBp: number;
                            }[];
                            /** @description inspectors per target, ≥ 2 */
                            teamSize: number;
                            window: {
                                /**
                                 * Format: date
                                 * @description calendar date YYYY-MM-DD
                                 */
                                end: string;
                                /**
                                 * Format: date
                                 * @description calendar date YYYY-MM-DD
                                 */
                                start: string;
                            };
                        }[];
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        updatedAt: string;
                        /** @description version for optimistic concurrency */
                        version: number;
                        year: number;
                    };
                };
            };
            /** @description the plan was created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approved?: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                        };
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        createdAt: string;
                        /** @description department code, e.g. SCJG */
                        department: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        filedAt?: string;
                        /**
                         * Format: date
                         * @description filed outside this system on this day (paper), entered at firstFiledAt
                         */
                        filedOn?: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        firstFiledAt?: string;
                        history: {
                            /** @description create, update, deactivate, declare-conflict, file … */
                            action: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                            changes: {
                                field: string;
                                from: unknown;
                                to: unknown;
                            }[];
                            version: number;
                            why: string;
                        }[];
                        /** @description <department>-<year> */
                        id: string;
                        /** @description first filed after 31 January (Asia/Shanghai), on filedOn when given */
                        late: boolean;
                        published?: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                        };
                        returned?: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                            reason: string;
                        };
                        /** @enum {string} */
                        status: "draft" | "filed" | "returned" | "approved" | "published";
                        tasks: {
                            /**
                             * @description key / general when all items are; mixed otherwise
                             * @enum {string}
                             */
                            category: "key" | "general" | "mixed";
                            /** @description leave out targets inspected on the same item within N days */
                            excludeInspectedWithinDays?: number;
                            /** @description <year>-<department>-<seq, 3 digits> */
                            id: string;
                            /** @description initiating department (发起部门) */
                            initiator: string;
                            /** @description item codes from the item list */
                            items: string[];
                            joint: boolean;
                            name: string;
                            participants: string[];
                            /** @description targets the strata select from the directory counts at filing (Σ ⌈N × ratio⌉ per stratum); counted toward every item of the task; absent on tasks filed before items had populations (counted as 0) */
                            planned?: number;
                            ratio: {
                                /** @description whole basis points, rounded down */
                                bp: number;
                                denominator: number;
                                numerator: number;
                                weighted: boolean;
                            };
                            scope: {
                                /** @default [] */
                                industries: string[];
                                /** @default [] */
                                kinds: ("enterprise" | "sole-trader" | "other-subject" | "product" | "project" | "behaviour")[];
                                /** @default [] */
                                riskClasses: ("A" | "B" | "C" | "D")[];
                                /** @default [] */
                                towns: string[];
                            };
                            /** @description task number within the plan */
                            seq: number;
                            strata: {
                                /**
                                 * @description `all` for one plain ratio, or a credit-risk stratum
                                 * @enum {string}
                                 */
                                key: "all" | "risk:A" | "risk:B" | "risk:C" | "risk:D";
                                /** @description basis points: 2000 = 20 % */
                                ratioBp: number;
                            }[];
                            /** @description inspectors per target, ≥ 2 */
                            teamSize: number;
                            window: {
                                /**
                                 * Format: date
                                 * @description calendar date YYYY-MM-DD
                                 */
                                end: string;
                                /**
                                 * Format: date
                                 * @description calendar date YYYY-MM-DD
                                 */
                                start: string;
                            };
                        }[];
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        updatedAt: string;
                        /** @description version for optimistic concurrency */
                        version: number;
                        year: number;
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchPlansYearDepartmentsDept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dept: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the version of the plan you read */
                    expectedVersion: number;
                    reason?: string;
                    tasks: {
                        /** @description leave out targets inspected on the same item within N days */
                        excludeInspectedWithinDays?: number;
                        /** @description item codes from the item list */
                        items: string[];
                        name: string;
                        /**
                         * @description participating departments (参与部门); any makes the task joint
                         * @default []
                         */
                        participants?: string[];
                        /**
                         * @default {
                         *       "kinds": [],
                         *       "towns": [],
                         *       "industries": [],
                         *       "riskClasses": []
                         *     }
                         */
                        scope?: {
                            /** @default [] */
                            industries?: string[];
                            /** @default [] */
                            kinds?: ("enterprise" | "sole-trader" | "other-subject" | "product" | "project" | "behaviour")[];
                            /** @default [] */
                            riskClasses?: ("A" | "B" | "C" | "D")[];
                            /** @default [] */
                            towns?: string[];
                        };
                        /** @description task number within the plan */
                        seq: number;
                        strata: {
                            /**
                             * @description `all` for one plain ratio, or a credit-risk stratum
                             * @enum {string}
                             */
                            key: "all" | "risk:A" | "risk:B" | "risk:C" | "risk:D";
                            /** @description basis points: 2000 = 20 % */
                            ratioBp: number;
                        }[];
                        /** @description inspectors per target, ≥ 2 */
                        teamSize: number;
                        window: {
                            /**
                             * Format: date
                             * @description calendar date YYYY-MM-DD
                             */
                            end: string;
                            /**
                             * Format: date
                             * @description calendar date YYYY-MM-DD
                             */
                            start: string;
                        };
                    }[];
                };
            };
        };
        responses: {
            /** @description the amended plan */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approved?: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                        };
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        createdAt: string;
                        /** @description department code, e.g. SCJG */
                        department: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        filedAt?: string;
                        /**
                         * Format: date
                         * @description filed outside this system on this day (paper), entered at firstFiledAt
                         */
                        filedOn?: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        firstFiledAt?: string;
                        history: {
                            /** @description create, update, deactivate, declare-conflict, file … */
                            action: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                            changes: {
                                field: string;
                                from: unknown;
                                to: unknown;
                            }[];
                            version: number;
                            why: string;
                        }[];
                        /** @description <department>-<year> */
                        id: string;
                        /** @description first filed after 31 January (Asia/Shanghai), on filedOn when given */
                        late: boolean;
                        published?: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                        };
                        returned?: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                            reason: string;
                        };
                        /** @enum {string} */
                        status: "draft" | "filed" | "returned" | "approved" | "published";
                        tasks: {
                            /**
                             * @description key / general when all items are; mixed otherwise
                             * @enum {string}
                             */
                            category: "key" | "general" | "mixed";
                            /** @description leave out targets inspected on the same item within N days */
                            excludeInspectedWithinDays?: number;
                            /** @description <year>-<department>-<seq, 3 digits> */
                            id: string;
                            /** @description initiating department (发起部门) */
                            initiator: string;
                            /** @description item codes from the item list */
                            items: string[];
                            joint: boolean;
                            name: string;
                            participants: string[];
                            /** @description targets the strata select from the directory counts at filing (Σ ⌈N × ratio⌉ per stratum); counted toward every item of the task; absent on tasks filed before items had populations (counted as 0) */
                            planned?: number;
                            ratio: {
                                /** @description whole basis points, rounded down */
                                bp: number;
                                denominator: number;
                                numerator: number;
                                weighted: boolean;
                            };
                            scope: {
                                /** @default [] */
                                industries: string[];
                                /** @default [] */
                                kinds: ("enterprise" | "sole-trader" | "other-subject" | "product" | "project" | "behaviour")[];
                                /** @default [] */
                                riskClasses: ("A" | "B" | "C" | "D")[];
                                /** @default [] */
                                towns: string[];
                            };
                            /** @description task number within the plan */
                            seq: number;
                            strata: {
                                /**
                                 * @description `all` for one plain ratio, or a credit-risk stratum
                                 * @enum {string}
                                 */
                                key: "all" | "risk:A" | "risk:B" | "risk:C" | "risk:D";
                                /** @description basis points: 2000 = 20 % */
                                ratioBp: number;
                            }[];
                            /** @description inspectors per target, ≥ 2 */
                            teamSize: number;
                            window: {
                                /**
                                 * Format: date
                                 * @description calendar date YYYY-MM-DD
                                 */
                                end: string;
                                /**
                                 * Format: date
                                 * @description calendar date YYYY-MM-DD
                                 */
                                start: string;
                            };
                        }[];
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        updatedAt: string;
                        /** @description version for optimistic concurrency */
                        version: number;
                        year: number;
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPlansYearDepartmentsDeptApprove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dept: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the version of the plan you read */
                    expectedVersion: number;
                };
            };
        };
        responses: {
            /** @description the changed plan */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approved?: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                        };
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        createdAt: string;
                        /** @description department code, e.g. SCJG */
                        department: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        filedAt?: string;
                        /**
                         * Format: date
                         * @description filed outside this system on this day (paper), entered at firstFiledAt
                         */
                        filedOn?: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        firstFiledAt?: string;
                        history: {
                            /** @description create, update, deactivate, declare-conflict, file … */
                            action: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                            changes: {
                                field: string;
                                from: unknown;
                                to: unknown;
                            }[];
                            version: number;
                            why: string;
                        }[];
                        /** @description <department>-<year> */
                        id: string;
                        /** @description first filed after 31 January (Asia/Shanghai), on filedOn when given */
                        late: boolean;
                        published?: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                        };
                        returned?: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                            reason: string;
                        };
                        /** @enum {string} */
                        status: "draft" | "filed" | "returned" | "approved" | "published";
                        tasks: {
                            /**
                             * @description key / general when all items are; mixed otherwise
                             * @enum {string}
                             */
                            category: "key" | "general" | "mixed";
                            /** @description leave out targets inspected on the same item within N days */
                            excludeInspectedWithinDays?: number;
                            /** @description <year>-<department>-<seq, 3 digits> */
                            id: string;
                            /** @description initiating department (发起部门) */
                            initiator: string;
                            /** @description item codes from the item list */
                            items: string[];
                            joint: boolean;
                            name: string;
                            participants: string[];
                            /** @description targets the strata select from the directory counts at filing (Σ ⌈N × ratio⌉ per stratum); counted toward every item of the task; absent on tasks filed before items had populations (counted as 0) */
                            planned?: number;
                            ratio: {
                                /** @description whole basis points, rounded down */
                                bp: number;
                                denominator: number;
                                numerator: number;
                                weighted: boolean;
                            };
                            scope: {
                                /** @default [] */
                                industries: string[];
                                /** @default [] */
                                kinds: ("enterprise" | "sole-trader" | "other-subject" | "product" | "project" | "behaviour")[];
                                /** @default [] */
                                riskClasses: ("A" | "B" | "C" | "D")[];
                                /** @default [] */
                                towns: string[];
                            };
                            /** @description task number within the plan */
                            seq: number;
                            strata: {
                                /**
                                 * @description `all` for one plain ratio, or a credit-risk stratum
                                 * @enum {string}
                                 */
                                key: "all" | "risk:A" | "risk:B" | "risk:C" | "risk:D";
                                /** @description basis points: 2000 = 20 % */
                                ratioBp: number;
                            }[];
                            /** @description inspectors per target, ≥ 2 */
                            teamSize: number;
                            window: {
                                /**
                                 * Format: date
                                 * @description calendar date YYYY-MM-DD
                                 */
                                end: string;
                                /**
                                 * Format: date
                                 * @description calendar date YYYY-MM-DD
                                 */
                                start: string;
                            };
                        }[];
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        updatedAt: string;
                        /** @description version for optimistic concurrency */
                        version: number;
                        year: number;
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPlansYearDepartmentsDeptInternal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dept: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the plan */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approved?: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                        };
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        createdAt: string;
                        /** @description department code, e.g. SCJG */
                        department: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        filedAt?: string;
                        /**
                         * Format: date
                         * @description filed outside this system on this day (paper), entered at firstFiledAt
                         */
                        filedOn?: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        firstFiledAt?: string;
                        history: {
                            /** @description create, update, deactivate, declare-conflict, file … */
                            action: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                            changes: {
                                field: string;
                                from: unknown;
                                to: unknown;
                            }[];
                            version: number;
                            why: string;
                        }[];
                        /** @description <department>-<year> */
                        id: string;
                        /** @description first filed after 31 January (Asia/Shanghai), on filedOn when given */
                        late: boolean;
                        published?: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                        };
                        returned?: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                            reason: string;
                        };
                        /** @enum {string} */
                        status: "draft" | "filed" | "returned" | "approved" | "published";
                        tasks: {
                            /**
                             * @description key / general when all items are; mixed otherwise
                             * @enum {string}
                             */
                            category: "key" | "general" | "mixed";
                            /** @description leave out targets inspected on the same item within N days */
                            excludeInspectedWithinDays?: number;
                            /** @description <year>-<department>-<seq, 3 digits> */
                            id: string;
                            /** @description initiating department (发起部门) */
                            initiator: string;
                            /** @description item codes from the item list */
                            items: string[];
                            joint: boolean;
                            name: string;
                            participants: string[];
                            /** @description targets the strata select from the directory counts at filing (Σ ⌈N × ratio⌉ per stratum); counted toward every item of the task; absent on tasks filed before items had populations (counted as 0) */
                            planned?: number;
                            ratio: {
                                /** @description whole basis points, rounded down */
                                bp: number;
                                denominator: number;
                                numerator: number;
                                weighted: boolean;
                            };
                            scope: {
                                /** @default [] */
                                industries: string[];
                                /** @default [] */
                                kinds: ("enterprise" | "sole-trader" | "other-subject" | "product" | "project" | "behaviour")[];
                                /** @default [] */
                                riskClasses: ("A" | "B" | "C" | "D")[];
                                /** @default [] */
                                towns: string[];
                            };
                            /** @description task number within the plan */
                            seq: number;
                            strata: {
                                /**
                                 * @description `all` for one plain ratio, or a credit-risk stratum
                                 * @enum {string}
                                 */
                                key: "all" | "risk:A" | "risk:B" | "risk:C" | "risk:D";
                                /** @description basis points: 2000 = 20 % */
                                ratioBp: number;
                            }[];
                            /** @description inspectors per target, ≥ 2 */
                            teamSize: number;
                            window: {
                                /**
                                 * Format: date
                                 * @description calendar date YYYY-MM-DD
                                 */
                                end: string;
                                /**
                                 * Format: date
                                 * @description calendar date YYYY-MM-DD
                                 */
                                start: string;
                            };
                        }[];
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        updatedAt: string;
                        /** @description version for optimistic concurrency */
                        version: number;
                        year: number;
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPlansYearDepartmentsDeptPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dept: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the version of the plan you read */
                    expectedVersion: number;
                };
            };
        };
        responses: {
            /** @description the changed plan */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approved?: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                        };
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        createdAt: string;
                        /** @description department code, e.g. SCJG */
                        department: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        filedAt?: string;
                        /**
                         * Format: date
                         * @description filed outside this system on this day (paper), entered at firstFiledAt
                         */
                        filedOn?: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        firstFiledAt?: string;
                        history: {
                            /** @description create, update, deactivate, declare-conflict, file … */
                            action: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                            changes: {
                                field: string;
                                from: unknown;
                                to: unknown;
                            }[];
                            version: number;
                            why: string;
                        }[];
                        /** @description <department>-<year> */
                        id: string;
                        /** @description first filed after 31 January (Asia/Shanghai), on filedOn when given */
                        late: boolean;
                        published?: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                        };
                        returned?: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                            reason: string;
                        };
                        /** @enum {string} */
                        status: "draft" | "filed" | "returned" | "approved" | "published";
                        tasks: {
                            /**
                             * @description key / general when all items are; mixed otherwise
                             * @enum {string}
                             */
                            category: "key" | "general" | "mixed";
                            /** @description leave out targets inspected on the same item within N days */
                            excludeInspectedWithinDays?: number;
                            /** @description <year>-<department>-<seq, 3 digits> */
                            id: string;
                            /** @description initiating department (发起部门) */
                            initiator: string;
                            /** @description item codes from the item list */
                            items: string[];
                            joint: boolean;
                            name: string;
                            participants: string[];
                            /** @description targets the strata select from the directory counts at filing (Σ ⌈N × ratio⌉ per stratum); counted toward every item of the task; absent on tasks filed before items had populations (counted as 0) */
                            planned?: number;
                            ratio: {
                                /** @description whole basis points, rounded down */
                                bp: number;
                                denominator: number;
                                numerator: number;
                                weighted: boolean;
                            };
                            scope: {
                                /** @default [] */
                                industries: string[];
                                /** @default [] */
                                kinds: ("enterprise" | "sole-trader" | "other-subject" | "product" | "project" | "behaviour")[];
                                /** @default [] */
                                riskClasses: ("A" | "B" | "C" | "D")[];
                                /** @default [] */
                                towns: string[];
                            };
                            /** @description task number within the plan */
                            seq: number;
                            strata: {
                                /**
                                 * @description `all` for one plain ratio, or a credit-risk stratum
                                 * @enum {string}
                                 */
                                key: "all" | "risk:A" | "risk:B" | "risk:C" | "risk:D";
                                /** @description basis points: 2000 = 20 % */
                                ratioBp: number;
                            }[];
                            /** @description inspectors per target, ≥ 2 */
                            teamSize: number;
                            window: {
                                /**
                                 * Format: date
                                 * @description calendar date YYYY-MM-DD
                                 */
                                end: string;
                                /**
                                 * Format: date
                                 * @description calendar date YYYY-MM-DD
                                 */
                                start: string;
                            };
                        }[];
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        updatedAt: string;
                        /** @description version for optimistic concurrency */
                        version: number;
                        year: number;
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPlansYearDepartmentsDeptReturn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dept: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the version of the plan you read */
                    expectedVersion: number;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description the changed plan */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approved?: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                        };
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        createdAt: string;
                        /** @description department code, e.g. SCJG */
                        department: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        filedAt?: string;
                        /**
                         * Format: date
                         * @description filed outside this system on this day (paper), entered at firstFiledAt
                         */
                        filedOn?: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        firstFiledAt?: string;
                        history: {
                            /** @description create, update, deactivate, declare-conflict, file … */
                            action: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                            changes: {
                                field: string;
                                from: unknown;
                                to: unknown;
                            }[];
                            version: number;
                            why: string;
                        }[];
                        /** @description <department>-<year> */
                        id: string;
                        /** @description first filed after 31 January (Asia/Shanghai), on filedOn when given */
                        late: boolean;
                        published?: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                        };
                        returned?: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                            reason: string;
                        };
                        /** @enum {string} */
                        status: "draft" | "filed" | "returned" | "approved" | "published";
                        tasks: {
                            /**
                             * @description key / general when all items are; mixed otherwise
                             * @enum {string}
                             */
                            category: "key" | "general" | "mixed";
                            /** @description leave out targets inspected on the same item within N days */
                            excludeInspectedWithinDays?: number;
                            /** @description <year>-<department>-<seq, 3 digits> */
                            id: string;
                            /** @description initiating department (发起部门) */
                            initiator: string;
                            /** @description item codes from the item list */
                            items: string[];
                            joint: boolean;
                            name: string;
                            participants: string[];
                            /** @description targets the strata select from the directory counts at filing (Σ ⌈N × ratio⌉ per stratum); counted toward every item of the task; absent on tasks filed before items had populations (counted as 0) */
                            planned?: number;
                            ratio: {
                                /** @description whole basis points, rounded down */
                                bp: number;
                                denominator: number;
                                numerator: number;
                                weighted: boolean;
                            };
                            scope: {
                                /** @default [] */
                                industries: string[];
                                /** @default [] */
                                kinds: ("enterprise" | "sole-trader" | "other-subject" | "product" | "project" | "behaviour")[];
                                /** @default [] */
                                riskClasses: ("A" | "B" | "C" | "D")[];
                                /** @default [] */
                                towns: string[];
                            };
                            /** @description task number within the plan */
                            seq: number;
                            strata: {
                                /**
                                 * @description `all` for one plain ratio, or a credit-risk stratum
                                 * @enum {string}
                                 */
                                key: "all" | "risk:A" | "risk:B" | "risk:C" | "risk:D";
                                /** @description basis points: 2000 = 20 % */
                                ratioBp: number;
                            }[];
                            /** @description inspectors per target, ≥ 2 */
                            teamSize: number;
                            window: {
                                /**
                                 * Format: date
                                 * @description calendar date YYYY-MM-DD
                                 */
                                end: string;
                                /**
                                 * Format: date
                                 * @description calendar date YYYY-MM-DD
                                 */
                                start: string;
                            };
                        }[];
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        updatedAt: string;
                        /** @description version for optimistic concurrency */
                        version: number;
                        year: number;
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPlansYearDistrict: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the district plan, without the id of the official who approved it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approved: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                        };
                        report: {
                            /** @description case inspections (个案), apart from the draws: never in the quota bands or the joint share (docs/cases.md) */
                            cases?: {
                                /** @description drawn inspections plus cases */
                                allInspections: number;
                                bySource: {
                                    /** @description 投诉举报 */
                                    complaint: number;
                                    /** @description 大数据监测 */
                                    "data-monitoring": number;
                                    /** @description 转办交办 */
                                    referral: number;
                                };
                                /** @description cases over all inspections, bp rounded down */
                                caseShareBp: number;
                                /** @description cases received in the year */
                                count: number;
                                /** @description targets the draws selected, per item (the quota report’s drawn) */
                                drawnInspections: number;
                                /** @description inspections of an item on its department’s list over all, in basis points: 清单之外无检查, both a task’s items and a case’s are refused otherwise, so anything below 10000 is a fault */
                                fromListShareBp: number;
                                published: number;
                            };
                            departments: {
                                /** @description department code, e.g. SCJG */
                                department: string;
                                generalRatioBp: {
                                    maxBp: number;
                                    minBp: number;
                                } | null;
                                generalTasks: number;
                                joint: number;
                                /** @description joint / tasks in basis points, rounded down */
                                jointShareBp: number;
                                /** @description lowest and highest overall ratio of key tasks */
                                keyRatioBp: {
                                    maxBp: number;
                                    minBp: number;
                                } | null;
                                keyTasks: number;
                                late: boolean;
                                /** @description tasks with key and general items */
                                mixedTasks: number;
                                /** @enum {string} */
                                status: "draft" | "filed" | "returned" | "approved" | "published";
                                /** @description planned tasks = planned draws */
                                tasks: number;
                            }[];
                            /** @description the quota report: per item and year, planned and drawn targets over the item’s population (台政发〔2019〕12号 二(二)) */
                            items?: {
                                /**
                                 * @description key 重点检查事项 (≥ 20 %), general 一般检查事项 (3 %–10 %)
                                 * @enum {string}
                                 */
                                category: "key" | "general";
                                /** @description department code, e.g. SCJG */
                                department: string;
                                /** @description targets selected by the draws so far */
                                drawn: number;
                                drawnBp: number;
                                /** @description tasks of the item already drawn */
                                drawnTasks: number;
                                item: string;
                                /**
                                 * @description green: inside the band; red: outside it (drawn above the ceiling, or every task drawn and still below the floor); pending: tasks still to draw and no breach yet
                                 * @enum {string}
                                 */
                                light: "green" | "red" | "pending";
                                /** @description null: no ceiling (key items) */
                                maxTargets: number | null;
                                minTargets: number;
                                name: string;
                                /** @description targets the year’s plans select on the item */
                                planned: number;
                                /** @description planned / population, bp rounded down */
                                plannedBp: number;
                                plannedWithin: boolean;
                                /** @description objects in the directory the item applies to */
                                population: number;
                                rule: string;
                                /** @description tasks of the year that name the item */
                                tasks: string[];
                            }[];
                            notCounted: {
                                /** @description department code, e.g. SCJG */
                                department: string;
                                /** @enum {string} */
                                status: "draft" | "filed" | "returned" | "approved" | "published";
                            }[];
                            overall: {
                                generalRatioBp: {
                                    maxBp: number;
                                    minBp: number;
                                } | null;
                                generalTasks: number;
                                /** @description items whose planned count for the year is outside their band */
                                itemsOutOfBand: number;
                                joint: number;
                                /** @description joint / tasks in basis points, rounded down */
                                jointShareBp: number;
                                /** @description joint share ≥ 10 % */
                                jointShareMet: boolean;
                                /** @description lowest and highest overall ratio of key tasks */
                                keyRatioBp: {
                                    maxBp: number;
                                    minBp: number;
                                } | null;
                                keyTasks: number;
                                lateFilings: number;
                                /** @description tasks with key and general items */
                                mixedTasks: number;
                                /** @description filed, not yet approved */
                                pendingPlans: number;
                                /** @description items whose drawn count is outside their band (亮灯) */
                                redLights: number;
                                /** @description planned tasks = planned draws */
                                tasks: number;
                            };
                            year: number;
                        };
                        /** @constant */
                        status: "approved";
                        /** @constant */
                        version: 1;
                        year: number;
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPlansYearDistrictApprove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the approved district plan */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approved: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                        };
                        report: {
                            /** @description case inspections (个案), apart from the draws: never in the quota bands or the joint share (docs/cases.md) */
                            cases?: {
                                /** @description drawn inspections plus cases */
                                allInspections: number;
                                bySource: {
                                    /** @description 投诉举报 */
                                    complaint: number;
                                    /** @description 大数据监测 */
                                    "data-monitoring": number;
                                    /** @description 转办交办 */
                                    referral: number;
                                };
                                /** @description cases over all inspections, bp rounded down */
                                caseShareBp: number;
                                /** @description cases received in the year */
                                count: number;
                                /** @description targets the draws selected, per item (the quota report’s drawn) */
                                drawnInspections: number;
                                /** @description inspections of an item on its department’s list over all, in basis points: 清单之外无检查, both a task’s items and a case’s are refused otherwise, so anything below 10000 is a fault */
                                fromListShareBp: number;
                                published: number;
                            };
                            departments: {
                                /** @description department code, e.g. SCJG */
                                department: string;
                                generalRatioBp: {
                                    maxBp: number;
                                    minBp: number;
                                } | null;
                                generalTasks: number;
                                joint: number;
                                /** @description joint / tasks in basis points, rounded down */
                                jointShareBp: number;
                                /** @description lowest and highest overall ratio of key tasks */
                                keyRatioBp: {
                                    maxBp: number;
                                    minBp: number;
                                } | null;
                                keyTasks: number;
                                late: boolean;
                                /** @description tasks with key and general items */
                                mixedTasks: number;
                                /** @enum {string} */
                                status: "draft" | "filed" | "returned" | "approved" | "published";
                                /** @description planned tasks = planned draws */
                                tasks: number;
                            }[];
                            /** @description the quota report: per item and year, planned and drawn targets over the item’s population (台政发〔2019〕12号 二(二)) */
                            items?: {
                                /**
                                 * @description key 重点检查事项 (≥ 20 %), general 一般检查事项 (3 %–10 %)
                                 * @enum {string}
                                 */
                                category: "key" | "general";
                                /** @description department code, e.g. SCJG */
                                department: string;
                                /** @description targets selected by the draws so far */
                                drawn: number;
                                drawnBp: number;
                                /** @description tasks of the item already drawn */
                                drawnTasks: number;
                                item: string;
                                /**
                                 * @description green: inside the band; red: outside it (drawn above the ceiling, or every task drawn and still below the floor); pending: tasks still to draw and no breach yet
                                 * @enum {string}
                                 */
                                light: "green" | "red" | "pending";
                                /** @description null: no ceiling (key items) */
                                maxTargets: number | null;
                                minTargets: number;
                                name: string;
                                /** @description targets the year’s plans select on the item */
                                planned: number;
                                /** @description planned / population, bp rounded down */
                                plannedBp: number;
                                plannedWithin: boolean;
                                /** @description objects in the directory the item applies to */
                                population: number;
                                rule: string;
                                /** @description tasks of the year that name the item */
                                tasks: string[];
                            }[];
                            notCounted: {
                                /** @description department code, e.g. SCJG */
                                department: string;
                                /** @enum {string} */
                                status: "draft" | "filed" | "returned" | "approved" | "published";
                            }[];
                            overall: {
                                generalRatioBp: {
                                    maxBp: number;
                                    minBp: number;
                                } | null;
                                generalTasks: number;
                                /** @description items whose planned count for the year is outside their band */
                                itemsOutOfBand: number;
                                joint: number;
                                /** @description joint / tasks in basis points, rounded down */
                                jointShareBp: number;
                                /** @description joint share ≥ 10 % */
                                jointShareMet: boolean;
                                /** @description lowest and highest overall ratio of key tasks */
                                keyRatioBp: {
                                    maxBp: number;
                                    minBp: number;
                                } | null;
                                keyTasks: number;
                                lateFilings: number;
                                /** @description tasks with key and general items */
                                mixedTasks: number;
                                /** @description filed, not yet approved */
                                pendingPlans: number;
                                /** @description items whose drawn count is outside their band (亮灯) */
                                redLights: number;
                                /** @description planned tasks = planned draws */
                                tasks: number;
                            };
                            year: number;
                        };
                        /** @constant */
                        status: "approved";
                        /** @constant */
                        version: 1;
                        year: number;
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPlansYearDistrictReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description case inspections (个案), apart from the draws: never in the quota bands or the joint share (docs/cases.md) */
                        cases?: {
                            /** @description drawn inspections plus cases */
                            allInspections: number;
                            bySource: {
                                /** @description 投诉举报 */
                                complaint: number;
                                /** @description 大数据监测 */
                                "data-monitoring": number;
                                /** @description 转办交办 */
                                referral: number;
                            };
                            /** @description cases over all inspections, bp rounded down */
                            caseShareBp: number;
                            /** @description cases received in the year */
                            count: number;
                            /** @description targets the draws selected, per item (the quota report’s drawn) */
                            drawnInspections: number;
                            /** @description inspections of an item on its department’s list over all, in basis points: 清单之外无检查, both a task’s items and a case’s are refused otherwise, so anything below 10000 is a fault */
                            fromListShareBp: number;
                            published: number;
                        };
                        departments: {
                            /** @description department code, e.g. SCJG */
                            department: string;
                            generalRatioBp: {
                                maxBp: number;
                                minBp: number;
                            } | null;
                            generalTasks: number;
                            joint: number;
                            /** @description joint / tasks in basis points, rounded down */
                            jointShareBp: number;
                            /** @description lowest and highest overall ratio of key tasks */
                            keyRatioBp: {
                                maxBp: number;
                                minBp: number;
                            } | null;
                            keyTasks: number;
                            late: boolean;
                            /** @description tasks with key and general items */
                            mixedTasks: number;
                            /** @enum {string} */
                            status: "draft" | "filed" | "returned" | "approved" | "published";
                            /** @description planned tasks = planned draws */
                            tasks: number;
                        }[];
                        /** @description the quota report: per item and year, planned and drawn targets over the item’s population (台政发〔2019〕12号 二(二)) */
                        items?: {
                            /**
                             * @description key 重点检查事项 (≥ 20 %), general 一般检查事项 (3 %–10 %)
                             * @enum {string}
                             */
                            category: "key" | "general";
                            /** @description department code, e.g. SCJG */
                            department: string;
                            /** @description targets selected by the draws so far */
                            drawn: number;
                            drawnBp: number;
                            /** @description tasks of the item already drawn */
                            drawnTasks: number;
                            item: string;
                            /**
                             * @description green: inside the band; red: outside it (drawn above the ceiling, or every task drawn and still below the floor); pending: tasks still to draw and no breach yet
                             * @enum {string}
                             */
                            light: "green" | "red" | "pending";
                            /** @description null: no ceiling (key items) */
                            maxTargets: number | null;
                            minTargets: number;
                            name: string;
                            /** @description targets the year’s plans select on the item */
                            planned: number;
                            /** @description planned / population, bp rounded down */
                            plannedBp: number;
                            plannedWithin: boolean;
                            /** @description objects in the directory the item applies to */
                            population: number;
                            rule: string;
                            /** @description tasks of the year that name the item */
                            tasks: string[];
                        }[];
                        notCounted: {
                            /** @description department code, e.g. SCJG */
                            department: string;
                            /** @enum {string} */
                            status: "draft" | "filed" | "returned" | "approved" | "published";
                        }[];
                        overall: {
                            generalRatioBp: {
                                maxBp: number;
                                minBp: number;
                            } | null;
                            generalTasks: number;
                            /** @description items whose planned count for the year is outside their band */
                            itemsOutOfBand: number;
                            joint: number;
                            /** @description joint / tasks in basis points, rounded down */
                            jointShareBp: number;
                            /** @description joint share ≥ 10 % */
                            jointShareMet: boolean;
                            /** @description lowest and highest overall ratio of key tasks */
                            keyRatioBp: {
                                maxBp: number;
                                minBp: number;
                            } | null;
                            keyTasks: number;
                            lateFilings: number;
                            /** @description tasks with key and general items */
                            mixedTasks: number;
                            /** @description filed, not yet approved */
                            pendingPlans: number;
                            /** @description items whose drawn count is outside their band (亮灯) */
                            redLights: number;
                            /** @description planned tasks = planned draws */
                            tasks: number;
                        };
                        year: number;
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPlansYearInternal: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                status?: "draft" | "filed" | "returned" | "approved" | "published";
            };
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one page of plans */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cursor?: string;
                        items: {
                            approved?: {
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 instant
                                 */
                                at: string;
                                by: string;
                            };
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            createdAt: string;
                            /** @description department code, e.g. SCJG */
                            department: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            filedAt?: string;
                            /**
                             * Format: date
                             * @description filed outside this system on this day (paper), entered at firstFiledAt
                             */
                            filedOn?: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            firstFiledAt?: string;
                            history: {
                                /** @description create, update, deactivate, declare-conflict, file … */
                                action: string;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 instant
                                 */
                                at: string;
                                by: string;
                                changes: {
                                    field: string;
                                    from: unknown;
                                    to: unknown;
                                }[];
                                version: number;
                                why: string;
                            }[];
                            /** @description <department>-<year> */
                            id: string;
                            /** @description first filed after 31 January (Asia/Shanghai), on filedOn when given */
                            late: boolean;
                            published?: {
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 instant
                                 */
                                at: string;
                                by: string;
                            };
                            returned?: {
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 instant
                                 */
                                at: string;
                                by: string;
                                reason: string;
                            };
                            /** @enum {string} */
                            status: "draft" | "filed" | "returned" | "approved" | "published";
                            tasks: {
                                /**
                                 * @description key / general when all items are; mixed otherwise
                                 * @enum {string}
                                 */
                                category: "key" | "general" | "mixed";
                                /** @description leave out targets inspected on the same item within N days */
                                excludeInspectedWithinDays?: number;
                                /** @description <year>-<department>-<seq, 3 digits> */
                                id: string;
                                /** @description initiating department (发起部门) */
                                initiator: string;
                                /** @description item codes from the item list */
                                items: string[];
                                joint: boolean;
                                name: string;
                                participants: string[];
                                /** @description targets the strata select from the directory counts at filing (Σ ⌈N × ratio⌉ per stratum); counted toward every item of the task; absent on tasks filed before items had populations (counted as 0) */
                                planned?: number;
                                ratio: {
                                    /** @description whole basis points, rounded down */
                                    bp: number;
                                    denominator: number;
                                    numerator: number;
                                    weighted: boolean;
                                };
                                scope: {
                                    /** @default [] */
                                    industries: string[];
                                    /** @default [] */
                                    kinds: ("enterprise" | "sole-trader" | "other-subject" | "product" | "project" | "behaviour")[];
                                    /** @default [] */
                                    riskClasses: ("A" | "B" | "C" | "D")[];
                                    /** @default [] */
                                    towns: string[];
                                };
                                /** @description task number within the plan */
                                seq: number;
                                strata: {
                                    /**
                                     * @description `all` for one plain ratio, or a credit-risk stratum
                                     * @enum {string}
                                     */
                                    key: "all" | "risk:A" | "risk:B" | "risk:C" | "risk:D";
                                    /** @description basis points: 2000 = 20 % */
                                    ratioBp: number;
                                }[];
                                /** @description inspectors per target, ≥ 2 */
                                teamSize: number;
                                window: {
                                    /**
                                     * Format: date
                                     * @description calendar date YYYY-MM-DD
                                     */
                                    end: string;
                                    /**
                                     * Format: date
                                     * @description calendar date YYYY-MM-DD
                                     */
                                    start: string;
                                };
                            }[];
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            updatedAt: string;
                            /** @description version for optimistic concurrency */
                            version: number;
                            year: number;
                        }[];
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getResults: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cursor?: string;
                        items: {
                            completedOn: string;
                            department: string;
                            departmentName: string;
                            /** @description how many evidence files (photos, audio, video, documents) back it; never the files */
                            evidenceCount?: number;
                            /** @description 后续处理 in order: a final outcome (the wording shown is the one that stands), a penalty decision (ordinary procedure only), a rectification */
                            followUps?: {
                                date: string;
                                outcome?: string;
                                penalty?: {
                                    decidedOn: string;
                                    decisionNumber: string;
                                    summary: string;
                                };
                                rectifiedOn?: string;
                            }[];
                            inspectedOn: string;
                            item: {
                                code: string;
                                name: string;
                            };
                            joint: boolean;
                            /**
                             * @description 个案: a case inspected outside the draw (二(七)); its taskId is the case id, its planId empty
                             * @enum {string}
                             */
                            kind: "定向抽查" | "不定向抽查" | "个案";
                            /** @description 书面检查 / 实地核查 / 网络监测 / 委托第三方 */
                            method: string;
                            /** @description never a warning-only penalty */
                            penalty?: {
                                decidedOn: string;
                                decisionNumber: string;
                                summary: string;
                            };
                            planId: string;
                            planName: string;
                            publishedOn: string;
                            /** @description a case's source: 投诉举报 / 转办交办 / 大数据监测 */
                            source?: string;
                            /** @description 换人: a drawn inspector who could not go, the substitute drawn by dr-substitute/1 from the draw, and why */
                            substitutions?: {
                                in: string;
                                out: string;
                                reason: string;
                            }[];
                            target: {
                                id: string;
                                name: string;
                                town: string;
                                uscc?: string;
                            };
                            taskId: string;
                            taskName: string;
                            /** @description the standard wording, e.g. 未发现问题 */
                            wording: string;
                        }[];
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTargetsTargetIdResults: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                targetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cursor?: string;
                        /** @description the draws the enterprise was drawn in (selected or reserve) */
                        draws: {
                            drawId: string;
                            drawnAt: string;
                            /** @enum {string} */
                            role: "selected" | "reserve";
                            stratum: string;
                            taskId: string;
                        }[];
                        items: {
                            completedOn: string;
                            department: string;
                            departmentName: string;
                            /** @description how many evidence files (photos, audio, video, documents) back it; never the files */
                            evidenceCount?: number;
                            /** @description 后续处理 in order: a final outcome (the wording shown is the one that stands), a penalty decision (ordinary procedure only), a rectification */
                            followUps?: {
                                date: string;
                                outcome?: string;
                                penalty?: {
                                    decidedOn: string;
                                    decisionNumber: string;
                                    summary: string;
                                };
                                rectifiedOn?: string;
                            }[];
                            inspectedOn: string;
                            item: {
                                code: string;
                                name: string;
                            };
                            joint: boolean;
                            /**
                             * @description 个案: a case inspected outside the draw (二(七)); its taskId is the case id, its planId empty
                             * @enum {string}
                             */
                            kind: "定向抽查" | "不定向抽查" | "个案";
                            /** @description 书面检查 / 实地核查 / 网络监测 / 委托第三方 */
                            method: string;
                            /** @description never a warning-only penalty */
                            penalty?: {
                                decidedOn: string;
                                decisionNumber: string;
                                summary: string;
                            };
                            planId: string;
                            planName: string;
                            publishedOn: string;
                            /** @description a case's source: 投诉举报 / 转办交办 / 大数据监测 */
                            source?: string;
                            /** @description 换人: a drawn inspector who could not go, the substitute drawn by dr-substitute/1 from the draw, and why */
                            substitutions?: {
                                in: string;
                                out: string;
                                reason: string;
                            }[];
                            target: {
                                id: string;
                                name: string;
                                town: string;
                                uscc?: string;
                            };
                            taskId: string;
                            taskName: string;
                            /** @description the standard wording, e.g. 未发现问题 */
                            wording: string;
                        }[];
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTasks: {
        parameters: {
            query: {
                cursor?: string;
                limit?: number;
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cursor?: string;
                        items: {
                            committedAt?: string;
                            drawnAt?: string;
                            id: string;
                            initiatingDepartment: string;
                            /** @description e.g. 区市场监管局 */
                            initiatingDepartmentName: string;
                            items: {
                                /** @enum {string} */
                                category: "key" | "general";
                                code: string;
                                name: string;
                            }[];
                            joint: boolean;
                            name: string;
                            /** @description the names of participatingDepartments, in the same order */
                            participatingDepartmentNames: string[];
                            participatingDepartments: string[];
                            stage: string;
                            window: {
                                end: string;
                                start: string;
                            };
                            year: number;
                        }[];
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postTasks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description 0 = no cap
                     * @default 0
                     */
                    cap?: number;
                    /**
                     * @description 专项检查: the recorded cases (个案) whose common problem prompted the task; each must exist and inspect an item of the task, and the scope must name the towns or industries concerned (docs/cases.md)
                     * @default []
                     */
                    caseRefs?: string[];
                    /** @default true */
                    crossUnit?: boolean;
                    /** @description the plan department (initiator) */
                    department: string;
                    /** @description drand:quicknet:<future round>, or witness:<reveal day>:<W1>,<W2>[,…] (witnesses outside the office, who publish SHA-256 of their secrets before the task is created) */
                    entropySource: string;
                    /**
                     * @description draw qualification per department; default: its first item
                     * @default {}
                     */
                    qualifications?: {
                        [key: string]: string;
                    };
                    /**
                     * @description reserve targets per stratum key; missing = 0
                     * @default {}
                     */
                    reserves?: {
                        [key: string]: number;
                    };
                    /** @description planned task number */
                    seq: number;
                    year: number;
                };
            };
        };
        responses: {
            /** @description a retry: the task created before */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cap: number;
                        /** @description 专项检查: the cases (个案) that prompted the task */
                        caseRefs?: string[];
                        /**
                         * @description key / general when all items are; mixed otherwise
                         * @enum {string}
                         */
                        category: "key" | "general" | "mixed";
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        createdAt: string;
                        crossUnit: boolean;
                        draws: {
                            /** @description department code, e.g. SCJG */
                            department: string;
                            /** @description <taskId> or <taskId>.<DEPT> */
                            drawId: string;
                            /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                            qualification: string;
                            /** @enum {string} */
                            role: "targets" | "participant";
                        }[];
                        /** @description accepted entropy value */
                        entropy?: string;
                        /** @description who entered the entropy */
                        entropyBy?: {
                            /** @description `office`, or the initiating department’s code */
                            as: string;
                            /** @description who ran it (token subject) */
                            by: string;
                        };
                        /** @description drand:quicknet:<future round>, or witness:<reveal day>:<W1>,<W2>[,…] (witnesses outside the office, who publish SHA-256 of their secrets before the task is created) */
                        entropySource: string;
                        excludeInspectedWithinDays?: number;
                        failure?: {
                            code: string;
                            message: string;
                            /** @enum {string} */
                            stage: "Created" | "Frozen" | "Committed" | "AwaitingEntropy" | "Drawn" | "Notified" | "Inspecting" | "Publishing" | "HandingOff" | "Done" | "Failed";
                        };
                        /**
                         * Format: date
                         * @description calendar date YYYY-MM-DD
                         */
                        frozenOn?: string;
                        /** @description <year>-<DEPT>-<seq 3 digits>, the planned task id */
                        id: string;
                        /** @description department code, e.g. SCJG */
                        initiator: string;
                        items: {
                            /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                            code: string;
                            /** @description whose item list holds it */
                            department: string;
                            /** @description 业务专长 the item calls for */
                            expertise?: string[];
                            /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                            qualification: string;
                        }[];
                        joint: boolean;
                        /** @description joint group leaders appointed per target (指派联合检查组负责人) */
                        leaders?: {
                            [key: string]: {
                                /** @description `office` or the initiating department */
                                as: string;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 instant
                                 */
                                at: string;
                                /** @description who appointed (token subject) */
                                by: string;
                                /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                                leader: string;
                            };
                        };
                        name: string;
                        participants: string[];
                        /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                        planId: string;
                        /** @description who created the task and runs its draw (absent on tasks created before) */
                        runBy?: {
                            /** @description `office`, or the initiating department’s code */
                            as: string;
                            /** @description who ran it (token subject) */
                            by: string;
                        };
                        scope: {
                            /** @default [] */
                            industries: string[];
                            /** @default [] */
                            kinds: ("enterprise" | "sole-trader" | "other-subject" | "product" | "project" | "behaviour")[];
                            /** @default [] */
                            riskClasses: ("A" | "B" | "C" | "D")[];
                            /** @default [] */
                            towns: string[];
                        };
                        /** @enum {string} */
                        stage: "Created" | "Frozen" | "Committed" | "AwaitingEntropy" | "Drawn" | "Notified" | "Inspecting" | "Publishing" | "HandingOff" | "Done" | "Failed";
                        strata: {
                            /**
                             * @description `all` for one plain ratio, or a credit-risk stratum
                             * @enum {string}
                             */
                            key: "all" | "risk:A" | "risk:B" | "risk:C" | "risk:D";
                            ratioBp: number;
                            /** @description reserve targets drawn */
                            reserve: number;
                        }[];
                        teamSize: number;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        updatedAt: string;
                        /** @description version for optimistic concurrency */
                        version: number;
                        window: {
                            /**
                             * Format: date
                             * @description calendar date YYYY-MM-DD
                             */
                            end: string;
                            /**
                             * Format: date
                             * @description calendar date YYYY-MM-DD
                             */
                            start: string;
                        };
                        year: number;
                    };
                };
            };
            /** @description the task, its workflow started */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cap: number;
                        /** @description 专项检查: the cases (个案) that prompted the task */
                        caseRefs?: string[];
                        /**
                         * @description key / general when all items are; mixed otherwise
                         * @enum {string}
                         */
                        category: "key" | "general" | "mixed";
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        createdAt: string;
                        crossUnit: boolean;
                        draws: {
                            /** @description department code, e.g. SCJG */
                            department: string;
                            /** @description <taskId> or <taskId>.<DEPT> */
                            drawId: string;
                            /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                            qualification: string;
                            /** @enum {string} */
                            role: "targets" | "participant";
                        }[];
                        /** @description accepted entropy value */
                        entropy?: string;
                        /** @description who entered the entropy */
                        entropyBy?: {
                            /** @description `office`, or the initiating department’s code */
                            as: string;
                            /** @description who ran it (token subject) */
                            by: string;
                        };
                        /** @description drand:quicknet:<future round>, or witness:<reveal day>:<W1>,<W2>[,…] (witnesses outside the office, who publish SHA-256 of their secrets before the task is created) */
                        entropySource: string;
                        excludeInspectedWithinDays?: number;
                        failure?: {
                            code: string;
                            message: string;
                            /** @enum {string} */
                            stage: "Created" | "Frozen" | "Committed" | "AwaitingEntropy" | "Drawn" | "Notified" | "Inspecting" | "Publishing" | "HandingOff" | "Done" | "Failed";
                        };
                        /**
                         * Format: date
                         * @description calendar date YYYY-MM-DD
                         */
                        frozenOn?: string;
                        /** @description <year>-<DEPT>-<seq 3 digits>, the planned task id */
                        id: string;
                        /** @description department code, e.g. SCJG */
                        initiator: string;
                        items: {
                            /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                            code: string;
                            /** @description whose item list holds it */
                            department: string;
                            /** @description 业务专长 the item calls for */
                            expertise?: string[];
                            /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                            qualification: string;
                        }[];
                        joint: boolean;
                        /** @description joint group leaders appointed per target (指派联合检查组负责人) */
                        leaders?: {
                            [key: string]: {
                                /** @description `office` or the initiating department */
                                as: string;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 instant
                                 */
                                at: string;
                                /** @description who appointed (token subject) */
                                by: string;
                                /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                                leader: string;
                            };
                        };
                        name: string;
                        participants: string[];
                        /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                        planId: string;
                        /** @description who created the task and runs its draw (absent on tasks created before) */
                        runBy?: {
                            /** @description `office`, or the initiating department’s code */
                            as: string;
                            /** @description who ran it (token subject) */
                            by: string;
                        };
                        scope: {
                            /** @default [] */
                            industries: string[];
                            /** @default [] */
                            kinds: ("enterprise" | "sole-trader" | "other-subject" | "product" | "project" | "behaviour")[];
                            /** @default [] */
                            riskClasses: ("A" | "B" | "C" | "D")[];
                            /** @default [] */
                            towns: string[];
                        };
                        /** @enum {string} */
                        stage: "Created" | "Frozen" | "Committed" | "AwaitingEntropy" | "Drawn" | "Notified" | "Inspecting" | "Publishing" | "HandingOff" | "Done" | "Failed";
                        strata: {
                            /**
                             * @description `all` for one plain ratio, or a credit-risk stratum
                             * @enum {string}
                             */
                            key: "all" | "risk:A" | "risk:B" | "risk:C" | "risk:D";
                            ratioBp: number;
                            /** @description reserve targets drawn */
                            reserve: number;
                        }[];
                        teamSize: number;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        updatedAt: string;
                        /** @description version for optimistic concurrency */
                        version: number;
                        window: {
                            /**
                             * Format: date
                             * @description calendar date YYYY-MM-DD
                             */
                            end: string;
                            /**
                             * Format: date
                             * @description calendar date YYYY-MM-DD
                             */
                            start: string;
                        };
                        year: number;
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTasksTaskId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the task */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 专项检查: the cases (个案) that prompted the task; the published ones are in GET /cases?year= */
                        caseRefs?: string[];
                        commitment?: {
                            committedAt: string;
                            entropySource: string;
                            paramsDigest: string;
                            participants: {
                                department: string;
                                departmentName: string;
                                drawId: string;
                                paramsDigest: string;
                                poolDigest?: string;
                                rosterDigest: string;
                            }[];
                            poolDigest: string;
                            rosterDigest: string;
                        };
                        committedAt?: string;
                        drawnAt?: string;
                        /** @description who runs the draw: the initiating department (抽查发起部门) or 联席会议办公室 */
                        drawRunBy?: string;
                        draws?: {
                            assignments: {
                                leader: string | null;
                                members: {
                                    id: string;
                                    name: string;
                                }[];
                                replacedBy?: string;
                                replaces?: string;
                                /** @enum {string} */
                                status: "filled" | "unfilled";
                                target: string;
                                targetName: string;
                            }[];
                            department: string;
                            departmentName: string;
                            drawId: string;
                            drawnAt: string;
                            entropy: string;
                            resultDigest: string;
                            seed: string;
                            strata: {
                                key: string;
                                population: number;
                                reserve: {
                                    id: string;
                                    name: string;
                                }[];
                                selected: {
                                    id: string;
                                    name: string;
                                }[];
                                size: number;
                            }[];
                        }[];
                        id: string;
                        initiatingDepartment: string;
                        /** @description e.g. 区市场监管局 */
                        initiatingDepartmentName: string;
                        items: {
                            /** @enum {string} */
                            category: "key" | "general";
                            code: string;
                            name: string;
                        }[];
                        joint: boolean;
                        /** @description 联合检查组负责人 appointed per target from its drawn group (二(五)) */
                        leaders?: {
                            appointedAt: string;
                            appointedBy: string;
                            leader: string;
                            target: string;
                        }[];
                        name: string;
                        /** @description the names of participatingDepartments, in the same order */
                        participatingDepartmentNames: string[];
                        participatingDepartments: string[];
                        stage: string;
                        strata: {
                            key: string;
                            ratioBp: number;
                            reserve: number;
                        }[];
                        team: number;
                        window: {
                            end: string;
                            start: string;
                        };
                        /** @description a witnessed commit–reveal (docs/entropy.md) */
                        witnesses?: {
                            closesAt: string;
                            /** @description last day of reveals (Asia/Shanghai) */
                            revealBy: string;
                            /** @enum {string} */
                            status: "collecting" | "complete" | "withheld";
                            witnesses: {
                                /** @description SHA-256 of the secret */
                                commitment: string | null;
                                committedAt: string | null;
                                id: string;
                                /** @description published once every witness has revealed */
                                reveal?: string;
                                revealed: boolean;
                                revealedAt?: string;
                                /** @description the reveal day closed without it */
                                withheld: boolean;
                            }[];
                        };
                        year: number;
                    };
                };
            };
            /** @description the task of a large draw when above the inline limit (1 MiB unless configured): the same bytes, kept as a blob; follow Location with a GET, as fetch and browsers do (curl -L) */
            303: {
                headers: {
                    /** @description a short-lived link (5 minutes) to the stored answer: a presigned S3 GET in AWS, /blobs/… on the local server */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTasksTaskIdAssignments: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cursor?: string;
                        items: {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTasksTaskIdAudit: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one page of entries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cursor?: string;
                        items: {
                            /** @description use-case name, e.g. task.freeze */
                            action: string;
                            actor: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            data: unknown;
                            hash: string;
                            prevHash: string;
                            seq: number;
                            /** @description what it acted on, e.g. a task id */
                            subject: string;
                        }[];
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTasksTaskIdAuditVerify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the verification */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        broken?: {
                            message: string;
                            /** @enum {string} */
                            reason: "seq" | "prev-hash" | "hash";
                            seq: number;
                        };
                        /** @description the task's stored results, publications, handoffs and header versions against their entries (docs/consistency.md) */
                        crossCheck?: {
                            checked: {
                                acknowledgements: number;
                                handoffs: number;
                                publications: number;
                                reserves: number;
                                results: number;
                                versions: number;
                            };
                            ok: boolean;
                            problems: {
                                change: string;
                                /** @enum {string} */
                                kind: "change-without-entry" | "entry-without-change" | "duplicate-entry" | "open-intent";
                                message: string;
                                seqs?: number[];
                            }[];
                        };
                        /** @description the chain without actors or data (no personal data) */
                        entries: {
                            action: string;
                            at: string;
                            hash: string;
                            prevHash: string;
                            seq: number;
                        }[];
                        head?: string;
                        length: number;
                        ok: boolean;
                        taskId: string;
                    };
                };
            };
            /** @description the verification of a long chain when above the inline limit (1 MiB unless configured): the same bytes, kept as a blob; follow Location with a GET, as fetch and browsers do (curl -L) */
            303: {
                headers: {
                    /** @description a short-lived link (5 minutes) to the stored answer: a presigned S3 GET in AWS, /blobs/… on the local server */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTasksTaskIdDetail: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the task */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description the first page of assignments, by draw and target */
                        assignments: {
                            [key: string]: unknown;
                        }[];
                        /** @description more assignments follow: GET /tasks/{taskId}/assignments?cursor=… */
                        assignmentsCursor?: string;
                        handoffs: {
                            acknowledgement?: {
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 instant
                                 */
                                at: string;
                                by: string;
                                recordedBy: string;
                            };
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                            /**
                             * Format: date
                             * @description calendar date YYYY-MM-DD
                             */
                            date: string;
                            /** @description department code, e.g. SCJG */
                            from: string;
                            /** @description <targetId>.<item>.<kind> */
                            id: string;
                            /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                            item: string;
                            /** @enum {string} */
                            kind: "department-in-charge" | "judicial";
                            reason: string;
                            /** @description department code, e.g. SCJG */
                            receiverDepartment?: string;
                            receiverName: string;
                            /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                            targetId: string;
                            /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                            taskId: string;
                        }[];
                        /** @description 亮灯: unpublished results and penalties */
                        lights: {
                            dueBy: string;
                            item: string;
                            /** @enum {string} */
                            kind: "result" | "penalty";
                            provisional: boolean;
                            /** @enum {string} */
                            status: "on-time" | "due-soon" | "overdue";
                            targetId: string;
                        }[];
                        /** @description the first page of results, by target and item */
                        results: {
                            /** @description 日常监管人员 who went with the team; not of the drawn team */
                            accompanying?: string[];
                            certificatesShown?: string[];
                            checklist?: {
                                /** @enum {string} */
                                answer: "compliant" | "non-compliant" | "not-applicable";
                                note?: string;
                                point: number;
                            }[];
                            /** @description the inspecting department (谁检查) */
                            department: string;
                            evidence: {
                                /** @description blob key of the record (全过程记录) */
                                id: string;
                                sha256: string;
                            }[];
                            /** @description follow-up records appended after the result (后续处理): never amend it */
                            followUps?: {
                                /**
                                 * Format: date
                                 * @description calendar date YYYY-MM-DD
                                 */
                                date: string;
                                /**
                                 * @description no-problem 未发现问题; undisclosed-information 未按规定公示应当公示的信息; false-disclosure 公示信息隐瞒真实情况弄虚作假; unreachable 通过登记的住所(经营场所)无法联系; obstruction-serious 不配合检查情节严重; corrected 发现问题经责令已改正; pending-follow-up 发现问题待后续处理; no-relevant-business 未发现开展本次抽查涉及的经营活动; closed-or-liquidating 已关闭停业或正在清算; deregistered 注销; revoked 被吊销; moved-out 迁出
                                 * @enum {string}
                                 */
                                outcome?: "no-problem" | "undisclosed-information" | "false-disclosure" | "unreachable" | "obstruction-serious" | "corrected" | "pending-follow-up" | "no-relevant-business" | "closed-or-liquidating" | "deregistered" | "revoked" | "moved-out";
                                penalty?: {
                                    /**
                                     * Format: date
                                     * @description calendar date YYYY-MM-DD
                                     */
                                    decisionDate: string;
                                    /** @description 处罚决定书文号 */
                                    decisionNo: string;
                                    /** @description 处罚种类, e.g. 警告; 罚款 */
                                    kind: string;
                                    /**
                                     * @description 普通程序 (published) or 简易程序 (当场处罚, not published): 《市场监督管理行政处罚信息公示规定》(2021) 第二条; absent on penalties recorded before it was kept (read as ordinary)
                                     * @enum {string}
                                     */
                                    procedure?: "ordinary" | "simplified";
                                    /** @description a warning and nothing else: not published (国办发〔2018〕118号) */
                                    warningOnly: boolean;
                                };
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 instant
                                 */
                                recordedAt: string;
                                recordedBy: string;
                                rectification?: {
                                    /**
                                     * Format: date
                                     * @description calendar date YYYY-MM-DD
                                     */
                                    completedOn: string;
                                    note: string;
                                };
                                /** @description 1, 2, … in the order recorded */
                                seq: number;
                            }[];
                            /**
                             * Format: date
                             * @description calendar date YYYY-MM-DD
                             */
                            inspectionDate: string;
                            /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                            item: string;
                            /**
                             * @description 书面检查 / 实地核查 / 网络监测 / 委托第三方
                             * @enum {string}
                             */
                            method: "desk-review" | "on-site" | "online-monitoring" | "third-party";
                            note?: string;
                            penalty?: {
                                /**
                                 * Format: date
                                 * @description calendar date YYYY-MM-DD
                                 */
                                decisionDate: string;
                                /** @description 处罚决定书文号 */
                                decisionNo: string;
                                /** @description 处罚种类, e.g. 警告; 罚款 */
                                kind: string;
                                /**
                                 * @description 普通程序 (published) or 简易程序 (当场处罚, not published): 《市场监督管理行政处罚信息公示规定》(2021) 第二条; absent on penalties recorded before it was kept (read as ordinary)
                                 * @enum {string}
                                 */
                                procedure?: "ordinary" | "simplified";
                                /** @description a warning and nothing else: not published (国办发〔2018〕118号) */
                                warningOnly: boolean;
                            };
                            penaltyPublication?: {
                                /**
                                 * Format: date
                                 * @description calendar date YYYY-MM-DD
                                 */
                                dueBy: string;
                                /** @description computed through a year without a schedule */
                                provisional: boolean;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 instant
                                 */
                                publishedAt?: string;
                            };
                            performer?: string;
                            /** @description 承诺不兑现: a project approved under 告知承诺 broke its promise; handed to 区行政审批服务局 (XZSP) */
                            promiseBroken?: boolean;
                            publication: {
                                /**
                                 * Format: date
                                 * @description calendar date YYYY-MM-DD
                                 */
                                dueBy: string;
                                /** @description computed through a year without a schedule */
                                provisional: boolean;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 instant
                                 */
                                publishedAt?: string;
                            };
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            recordedAt: string;
                            recordedBy: string;
                            /** @description who replaced whom and why; published with the result */
                            substitutions?: {
                                /** @description the substitute, drawn by dr-substitute/1 */
                                in: string;
                                /** @description the drawn inspector who cannot go */
                                out: string;
                                /** @description why (e.g. 病假; 回避 decided after the draw); published */
                                reason: string;
                            }[];
                            suspectedCrime: boolean;
                            /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                            targetId: string;
                            /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                            taskId: string;
                            team: string[];
                            /**
                             * @description no-problem 未发现问题; undisclosed-information 未按规定公示应当公示的信息; false-disclosure 公示信息隐瞒真实情况弄虚作假; unreachable 通过登记的住所(经营场所)无法联系; obstruction-serious 不配合检查情节严重; corrected 发现问题经责令已改正; pending-follow-up 发现问题待后续处理; no-relevant-business 未发现开展本次抽查涉及的经营活动; closed-or-liquidating 已关闭停业或正在清算; deregistered 注销; revoked 被吊销; moved-out 迁出
                             * @enum {string}
                             */
                            wording: "no-problem" | "undisclosed-information" | "false-disclosure" | "unreachable" | "obstruction-serious" | "corrected" | "pending-follow-up" | "no-relevant-business" | "closed-or-liquidating" | "deregistered" | "revoked" | "moved-out";
                        }[];
                        /** @description more results follow: GET /tasks/{taskId}/results?cursor=… */
                        resultsCursor?: string;
                        task: {
                            cap: number;
                            /** @description 专项检查: the cases (个案) that prompted the task */
                            caseRefs?: string[];
                            /**
                             * @description key / general when all items are; mixed otherwise
                             * @enum {string}
                             */
                            category: "key" | "general" | "mixed";
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            createdAt: string;
                            crossUnit: boolean;
                            draws: {
                                /** @description department code, e.g. SCJG */
                                department: string;
                                /** @description <taskId> or <taskId>.<DEPT> */
                                drawId: string;
                                /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                                qualification: string;
                                /** @enum {string} */
                                role: "targets" | "participant";
                            }[];
                            /** @description accepted entropy value */
                            entropy?: string;
                            /** @description who entered the entropy */
                            entropyBy?: {
                                /** @description `office`, or the initiating department’s code */
                                as: string;
                                /** @description who ran it (token subject) */
                                by: string;
                            };
                            /** @description drand:quicknet:<future round>, or witness:<reveal day>:<W1>,<W2>[,…] (witnesses outside the office, who publish SHA-256 of their secrets before the task is created) */
                            entropySource: string;
                            excludeInspectedWithinDays?: number;
                            failure?: {
                                code: string;
                                message: string;
                                /** @enum {string} */
                                stage: "Created" | "Frozen" | "Committed" | "AwaitingEntropy" | "Drawn" | "Notified" | "Inspecting" | "Publishing" | "HandingOff" | "Done" | "Failed";
                            };
                            /**
                             * Format: date
                             * @description calendar date YYYY-MM-DD
                             */
                            frozenOn?: string;
                            /** @description <year>-<DEPT>-<seq 3 digits>, the planned task id */
                            id: string;
                            /** @description department code, e.g. SCJG */
                            initiator: string;
                            items: {
                                /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                                code: string;
                                /** @description whose item list holds it */
                                department: string;
                                /** @description 业务专长 the item calls for */
                                expertise?: string[];
                                /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                                qualification: string;
                            }[];
                            joint: boolean;
                            /** @description joint group leaders appointed per target (指派联合检查组负责人) */
                            leaders?: {
                                [key: string]: {
                                    /** @description `office` or the initiating department */
                                    as: string;
                                    /**
                                     * Format: date-time
                                     * @description ISO-8601 instant
                                     */
                                    at: string;
                                    /** @description who appointed (token subject) */
                                    by: string;
                                    /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                                    leader: string;
                                };
                            };
                            name: string;
                            participants: string[];
                            /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                            planId: string;
                            /** @description who created the task and runs its draw (absent on tasks created before) */
                            runBy?: {
                                /** @description `office`, or the initiating department’s code */
                                as: string;
                                /** @description who ran it (token subject) */
                                by: string;
                            };
                            scope: {
                                /** @default [] */
                                industries: string[];
                                /** @default [] */
                                kinds: ("enterprise" | "sole-trader" | "other-subject" | "product" | "project" | "behaviour")[];
                                /** @default [] */
                                riskClasses: ("A" | "B" | "C" | "D")[];
                                /** @default [] */
                                towns: string[];
                            };
                            /** @enum {string} */
                            stage: "Created" | "Frozen" | "Committed" | "AwaitingEntropy" | "Drawn" | "Notified" | "Inspecting" | "Publishing" | "HandingOff" | "Done" | "Failed";
                            strata: {
                                /**
                                 * @description `all` for one plain ratio, or a credit-risk stratum
                                 * @enum {string}
                                 */
                                key: "all" | "risk:A" | "risk:B" | "risk:C" | "risk:D";
                                ratioBp: number;
                                /** @description reserve targets drawn */
                                reserve: number;
                            }[];
                            teamSize: number;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            updatedAt: string;
                            /** @description version for optimistic concurrency */
                            version: number;
                            window: {
                                /**
                                 * Format: date
                                 * @description calendar date YYYY-MM-DD
                                 */
                                end: string;
                                /**
                                 * Format: date
                                 * @description calendar date YYYY-MM-DD
                                 */
                                start: string;
                            };
                            year: number;
                        };
                    };
                };
            };
            /** @description the task with its red lights when above the inline limit (1 MiB unless configured): the same bytes, kept as a blob; follow Location with a GET, as fetch and browsers do (curl -L) */
            303: {
                headers: {
                    /** @description a short-lived link (5 minutes) to the stored answer: a presigned S3 GET in AWS, /blobs/… on the local server */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postTasksTaskIdEntropy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description drand:quicknet:<committed round>:<the round's BLS signature, 96 lowercase hex>, verified against the pinned quicknet key; witnessed tasks take their entropy from the reveals */
                    entropy: string;
                };
            };
        };
        responses: {
            /** @description the task with its entropy */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postTasksTaskIdEntropyFetch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the task with its entropy */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no relay gave the round */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description fetching is off (DRAND_URLS unset) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    postTasksTaskIdEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description one of image/jpeg, image/png, image/heic, audio/mpeg, audio/mp4, audio/wav, video/mp4, video/quicktime, application/pdf, application/ofd */
                    contentType: string;
                    /** @description SHA-256 of the file, 64 lowercase hex digits */
                    sha256: string;
                    /** @description bytes */
                    size: number;
                };
            };
        };
        responses: {
            /** @description where to upload */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description the blob key; put it with the sha256 in the result */
                        id: string;
                        sha256: string;
                        upload: {
                            expiresAt?: string;
                            headers: {
                                [key: string]: string;
                            };
                            /** @constant */
                            method: "PUT";
                            url: string;
                        };
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTasksTaskIdEvidenceVerify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description each file and what was found */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        files: {
                            id: string;
                            item: string;
                            sha256: string;
                            /** @enum {string} */
                            status: "intact" | "missing" | "changed";
                            targetId: string;
                        }[];
                        ok: boolean;
                        /** @description a result whose stored evidence differs from its audit entry's, a file missing or changed */
                        problems: string[];
                        taskId: string;
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTasksTaskIdGroups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the groups */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            appointed?: {
                                /** @description `office` or the initiating department */
                                as: string;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 instant
                                 */
                                at: string;
                                /** @description who appointed (token subject) */
                                by: string;
                                /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                                leader: string;
                            };
                            members: {
                                department: string;
                                /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                                id: string;
                                mayLead: boolean;
                            }[];
                            /** @description the first member who may lead, initiator first; null when none may */
                            suggestedLeader: string | null;
                            /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                            target: string;
                        }[];
                    };
                };
            };
            /** @description the groups when above the inline limit (1 MiB unless configured): the same bytes, kept as a blob; follow Location with a GET, as fetch and browsers do (curl -L) */
            303: {
                headers: {
                    /** @description a short-lived link (5 minutes) to the stored answer: a presigned S3 GET in AWS, /blobs/… on the local server */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postTasksTaskIdGroupsTargetIdLeader: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                targetId: string;
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description a member of the group who may lead */
                    inspectorId: string;
                };
            };
        };
        responses: {
            /** @description the group with its leader */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appointed?: {
                            /** @description `office` or the initiating department */
                            as: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            /** @description who appointed (token subject) */
                            by: string;
                            /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                            leader: string;
                        };
                        members: {
                            department: string;
                            /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                            id: string;
                            mayLead: boolean;
                        }[];
                        /** @description the first member who may lead, initiator first; null when none may */
                        suggestedLeader: string | null;
                        /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                        target: string;
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postTasksTaskIdHandoffs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description calendar date YYYY-MM-DD
                     */
                    date: string;
                    /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                    item: string;
                    /**
                     * @description department-in-charge 移交主管部门; judicial 移送司法机关
                     * @enum {string}
                     */
                    kind: "department-in-charge" | "judicial";
                    reason: string;
                    /** @description the receiving department, for department-in-charge */
                    receiverDepartment?: string;
                    /** @description 接收机关名称 */
                    receiverName: string;
                    /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                    targetId: string;
                };
            };
        };
        responses: {
            /** @description the handoff */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acknowledgement?: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                            recordedBy: string;
                        };
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        at: string;
                        by: string;
                        /**
                         * Format: date
                         * @description calendar date YYYY-MM-DD
                         */
                        date: string;
                        /** @description department code, e.g. SCJG */
                        from: string;
                        /** @description <targetId>.<item>.<kind> */
                        id: string;
                        /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                        item: string;
                        /** @enum {string} */
                        kind: "department-in-charge" | "judicial";
                        reason: string;
                        /** @description department code, e.g. SCJG */
                        receiverDepartment?: string;
                        receiverName: string;
                        /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                        targetId: string;
                        /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                        taskId: string;
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postTasksTaskIdHandoffsHandoffIdAcknowledge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                handoffId: string;
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description who signed for it */
                    acknowledgedBy: string;
                    /**
                     * Format: date-time
                     * @description ISO-8601 instant
                     */
                    at: string;
                };
            };
        };
        responses: {
            /** @description the acknowledged handoff */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acknowledgement?: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            at: string;
                            by: string;
                            recordedBy: string;
                        };
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        at: string;
                        by: string;
                        /**
                         * Format: date
                         * @description calendar date YYYY-MM-DD
                         */
                        date: string;
                        /** @description department code, e.g. SCJG */
                        from: string;
                        /** @description <targetId>.<item>.<kind> */
                        id: string;
                        /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                        item: string;
                        /** @enum {string} */
                        kind: "department-in-charge" | "judicial";
                        reason: string;
                        /** @description department code, e.g. SCJG */
                        receiverDepartment?: string;
                        receiverName: string;
                        /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                        targetId: string;
                        /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                        taskId: string;
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postTasksTaskIdPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the inspecting department (谁公开) */
                    department: string;
                };
            };
        };
        responses: {
            /** @description the published records and the late ones */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTasksTaskIdResults: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cursor?: string;
                        items: {
                            /** @description 日常监管人员 who went with the team; not of the drawn team */
                            accompanying?: string[];
                            certificatesShown?: string[];
                            checklist?: {
                                /** @enum {string} */
                                answer: "compliant" | "non-compliant" | "not-applicable";
                                note?: string;
                                point: number;
                            }[];
                            /** @description the inspecting department (谁检查) */
                            department: string;
                            evidence: {
                                /** @description blob key of the record (全过程记录) */
                                id: string;
                                sha256: string;
                            }[];
                            /** @description follow-up records appended after the result (后续处理): never amend it */
                            followUps?: {
                                /**
                                 * Format: date
                                 * @description calendar date YYYY-MM-DD
                                 */
                                date: string;
                                /**
                                 * @description no-problem 未发现问题; undisclosed-information 未按规定公示应当公示的信息; false-disclosure 公示信息隐瞒真实情况弄虚作假; unreachable 通过登记的住所(经营场所)无法联系; obstruction-serious 不配合检查情节严重; corrected 发现问题经责令已改正; pending-follow-up 发现问题待后续处理; no-relevant-business 未发现开展本次抽查涉及的经营活动; closed-or-liquidating 已关闭停业或正在清算; deregistered 注销; revoked 被吊销; moved-out 迁出
                                 * @enum {string}
                                 */
                                outcome?: "no-problem" | "undisclosed-information" | "false-disclosure" | "unreachable" | "obstruction-serious" | "corrected" | "pending-follow-up" | "no-relevant-business" | "closed-or-liquidating" | "deregistered" | "revoked" | "moved-out";
                                penalty?: {
                                    /**
                                     * Format: date
                                     * @description calendar date YYYY-MM-DD
                                     */
                                    decisionDate: string;
                                    /** @description 处罚决定书文号 */
                                    decisionNo: string;
                                    /** @description 处罚种类, e.g. 警告; 罚款 */
                                    kind: string;
                                    /**
                                     * @description 普通程序 (published) or 简易程序 (当场处罚, not published): 《市场监督管理行政处罚信息公示规定》(2021) 第二条; absent on penalties recorded before it was kept (read as ordinary)
                                     * @enum {string}
                                     */
                                    procedure?: "ordinary" | "simplified";
                                    /** @description a warning and nothing else: not published (国办发〔2018〕118号) */
                                    warningOnly: boolean;
                                };
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 instant
                                 */
                                recordedAt: string;
                                recordedBy: string;
                                rectification?: {
                                    /**
                                     * Format: date
                                     * @description calendar date YYYY-MM-DD
                                     */
                                    completedOn: string;
                                    note: string;
                                };
                                /** @description 1, 2, … in the order recorded */
                                seq: number;
                            }[];
                            /**
                             * Format: date
                             * @description calendar date YYYY-MM-DD
                             */
                            inspectionDate: string;
                            /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                            item: string;
                            /**
                             * @description 书面检查 / 实地核查 / 网络监测 / 委托第三方
                             * @enum {string}
                             */
                            method: "desk-review" | "on-site" | "online-monitoring" | "third-party";
                            note?: string;
                            penalty?: {
                                /**
                                 * Format: date
                                 * @description calendar date YYYY-MM-DD
                                 */
                                decisionDate: string;
                                /** @description 处罚决定书文号 */
                                decisionNo: string;
                                /** @description 处罚种类, e.g. 警告; 罚款 */
                                kind: string;
                                /**
                                 * @description 普通程序 (published) or 简易程序 (当场处罚, not published): 《市场监督管理行政处罚信息公示规定》(2021) 第二条; absent on penalties recorded before it was kept (read as ordinary)
                                 * @enum {string}
                                 */
                                procedure?: "ordinary" | "simplified";
                                /** @description a warning and nothing else: not published (国办发〔2018〕118号) */
                                warningOnly: boolean;
                            };
                            penaltyPublication?: {
                                /**
                                 * Format: date
                                 * @description calendar date YYYY-MM-DD
                                 */
                                dueBy: string;
                                /** @description computed through a year without a schedule */
                                provisional: boolean;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 instant
                                 */
                                publishedAt?: string;
                            };
                            performer?: string;
                            /** @description 承诺不兑现: a project approved under 告知承诺 broke its promise; handed to 区行政审批服务局 (XZSP) */
                            promiseBroken?: boolean;
                            publication: {
                                /**
                                 * Format: date
                                 * @description calendar date YYYY-MM-DD
                                 */
                                dueBy: string;
                                /** @description computed through a year without a schedule */
                                provisional: boolean;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 instant
                                 */
                                publishedAt?: string;
                            };
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            recordedAt: string;
                            recordedBy: string;
                            /** @description who replaced whom and why; published with the result */
                            substitutions?: {
                                /** @description the substitute, drawn by dr-substitute/1 */
                                in: string;
                                /** @description the drawn inspector who cannot go */
                                out: string;
                                /** @description why (e.g. 病假; 回避 decided after the draw); published */
                                reason: string;
                            }[];
                            suspectedCrime: boolean;
                            /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                            targetId: string;
                            /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                            taskId: string;
                            team: string[];
                            /**
                             * @description no-problem 未发现问题; undisclosed-information 未按规定公示应当公示的信息; false-disclosure 公示信息隐瞒真实情况弄虚作假; unreachable 通过登记的住所(经营场所)无法联系; obstruction-serious 不配合检查情节严重; corrected 发现问题经责令已改正; pending-follow-up 发现问题待后续处理; no-relevant-business 未发现开展本次抽查涉及的经营活动; closed-or-liquidating 已关闭停业或正在清算; deregistered 注销; revoked 被吊销; moved-out 迁出
                             * @enum {string}
                             */
                            wording: "no-problem" | "undisclosed-information" | "false-disclosure" | "unreachable" | "obstruction-serious" | "corrected" | "pending-follow-up" | "no-relevant-business" | "closed-or-liquidating" | "deregistered" | "revoked" | "moved-out";
                        }[];
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postTasksTaskIdResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description 日常监管人员 (category daily-supervision) of the inspecting department who went with the team: recorded, never counted toward its two certified officers (《行政处罚法》第42条)
                     * @default []
                     */
                    accompanying?: string[];
                    /** @description 执法证号 the team showed (《行政处罚法》第55条): every certified member of the team, none other. Required of every result recorded through the API (RESULT.CERTIFICATES_REQUIRED) */
                    certificatesShown?: string[];
                    /**
                     * @description the item's 检查内容 answered point by point, in order
                     * @default []
                     */
                    checklist?: {
                        /** @enum {string} */
                        answer: "compliant" | "non-compliant" | "not-applicable";
                        note?: string;
                        /** @description 1-based point of the item checklist */
                        point: number;
                    }[];
                    /** @default [] */
                    evidence?: {
                        /** @description blob key of the record (全过程记录) */
                        id: string;
                        sha256: string;
                    }[];
                    /**
                     * Format: date
                     * @description the day the inspection was completed
                     */
                    inspectionDate: string;
                    /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                    item: string;
                    /**
                     * @description 书面检查 / 实地核查 / 网络监测 / 委托第三方
                     * @enum {string}
                     */
                    method: "desk-review" | "on-site" | "online-monitoring" | "third-party";
                    /** @description internal remark; not published */
                    note?: string;
                    penalty?: {
                        /**
                         * Format: date
                         * @description calendar date YYYY-MM-DD
                         */
                        decisionDate: string;
                        /** @description 处罚决定书文号 */
                        decisionNo: string;
                        /** @description 处罚种类, e.g. 警告; 罚款 */
                        kind: string;
                        /**
                         * @description 普通程序 (published) or 简易程序 (当场处罚, not published): 《市场监督管理行政处罚信息公示规定》(2021) 第二条; absent on penalties recorded before it was kept (read as ordinary)
                         * @enum {string}
                         */
                        procedure?: "ordinary" | "simplified";
                        /** @description a warning and nothing else: not published (国办发〔2018〕118号) */
                        warningOnly: boolean;
                    };
                    /** @description the third party that performed the check; required for third-party */
                    performer?: string;
                    /** @description 承诺不兑现: a project approved under 告知承诺 broke its promise; handed to 区行政审批服务局 (XZSP) */
                    promiseBroken?: boolean;
                    /**
                     * @description drawn members who could not go, with why: each substitute is drawn from the roster by dr-substitute/1 (docs/substitution.md)
                     * @default []
                     */
                    substitutions?: {
                        /** @description the drawn inspector who cannot go */
                        out: string;
                        /** @description why (e.g. 病假; 回避 decided after the draw); published */
                        reason: string;
                    }[];
                    /**
                     * @description suspected crime: handed to the judicial authorities
                     * @default false
                     */
                    suspectedCrime?: boolean;
                    /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                    targetId: string;
                    /** @description inspector ids who inspected: ≥ 2 (《行政处罚法》第42条); the team drawn for the target, after any substitutions */
                    team: string[];
                    /**
                     * @description no-problem 未发现问题; undisclosed-information 未按规定公示应当公示的信息; false-disclosure 公示信息隐瞒真实情况弄虚作假; unreachable 通过登记的住所(经营场所)无法联系; obstruction-serious 不配合检查情节严重; corrected 发现问题经责令已改正; pending-follow-up 发现问题待后续处理; no-relevant-business 未发现开展本次抽查涉及的经营活动; closed-or-liquidating 已关闭停业或正在清算; deregistered 注销; revoked 被吊销; moved-out 迁出
                     * @enum {string}
                     */
                    wording: "no-problem" | "undisclosed-information" | "false-disclosure" | "unreachable" | "obstruction-serious" | "corrected" | "pending-follow-up" | "no-relevant-business" | "closed-or-liquidating" | "deregistered" | "revoked" | "moved-out";
                };
            };
        };
        responses: {
            /** @description the result */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        handoffsDue: string[];
                        replacementDue: boolean;
                        result: {
                            /** @description 日常监管人员 who went with the team; not of the drawn team */
                            accompanying?: string[];
                            certificatesShown?: string[];
                            checklist?: {
                                /** @enum {string} */
                                answer: "compliant" | "non-compliant" | "not-applicable";
                                note?: string;
                                point: number;
                            }[];
                            /** @description the inspecting department (谁检查) */
                            department: string;
                            evidence: {
                                /** @description blob key of the record (全过程记录) */
                                id: string;
                                sha256: string;
                            }[];
                            /** @description follow-up records appended after the result (后续处理): never amend it */
                            followUps?: {
                                /**
                                 * Format: date
                                 * @description calendar date YYYY-MM-DD
                                 */
                                date: string;
                                /**
                                 * @description no-problem 未发现问题; undisclosed-information 未按规定公示应当公示的信息; false-disclosure 公示信息隐瞒真实情况弄虚作假; unreachable 通过登记的住所(经营场所)无法联系; obstruction-serious 不配合检查情节严重; corrected 发现问题经责令已改正; pending-follow-up 发现问题待后续处理; no-relevant-business 未发现开展本次抽查涉及的经营活动; closed-or-liquidating 已关闭停业或正在清算; deregistered 注销; revoked 被吊销; moved-out 迁出
                                 * @enum {string}
                                 */
                                outcome?: "no-problem" | "undisclosed-information" | "false-disclosure" | "unreachable" | "obstruction-serious" | "corrected" | "pending-follow-up" | "no-relevant-business" | "closed-or-liquidating" | "deregistered" | "revoked" | "moved-out";
                                penalty?: {
                                    /**
                                     * Format: date
                                     * @description calendar date YYYY-MM-DD
                                     */
                                    decisionDate: string;
                                    /** @description 处罚决定书文号 */
                                    decisionNo: string;
                                    /** @description 处罚种类, e.g. 警告; 罚款 */
                                    kind: string;
                                    /**
                                     * @description 普通程序 (published) or 简易程序 (当场处罚, not published): 《市场监督管理行政处罚信息公示规定》(2021) 第二条; absent on penalties recorded before it was kept (read as ordinary)
                                     * @enum {string}
                                     */
                                    procedure?: "ordinary" | "simplified";
                                    /** @description a warning and nothing else: not published (国办发〔2018〕118号) */
                                    warningOnly: boolean;
                                };
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 instant
                                 */
                                recordedAt: string;
                                recordedBy: string;
                                rectification?: {
                                    /**
                                     * Format: date
                                     * @description calendar date YYYY-MM-DD
                                     */
                                    completedOn: string;
                                    note: string;
                                };
                                /** @description 1, 2, … in the order recorded */
                                seq: number;
                            }[];
                            /**
                             * Format: date
                             * @description calendar date YYYY-MM-DD
                             */
                            inspectionDate: string;
                            /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                            item: string;
                            /**
                             * @description 书面检查 / 实地核查 / 网络监测 / 委托第三方
                             * @enum {string}
                             */
                            method: "desk-review" | "on-site" | "online-monitoring" | "third-party";
                            note?: string;
                            penalty?: {
                                /**
                                 * Format: date
                                 * @description calendar date YYYY-MM-DD
                                 */
                                decisionDate: string;
                                /** @description 处罚决定书文号 */
                                decisionNo: string;
                                /** @description 处罚种类, e.g. 警告; 罚款 */
                                kind: string;
                                /**
                                 * @description 普通程序 (published) or 简易程序 (当场处罚, not published): 《市场监督管理行政处罚信息公示规定》(2021) 第二条; absent on penalties recorded before it was kept (read as ordinary)
                                 * @enum {string}
                                 */
                                procedure?: "ordinary" | "simplified";
                                /** @description a warning and nothing else: not published (国办发〔2018〕118号) */
                                warningOnly: boolean;
                            };
                            penaltyPublication?: {
                                /**
                                 * Format: date
                                 * @description calendar date YYYY-MM-DD
                                 */
                                dueBy: string;
                                /** @description computed through a year without a schedule */
                                provisional: boolean;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 instant
                                 */
                                publishedAt?: string;
                            };
                            performer?: string;
                            /** @description 承诺不兑现: a project approved under 告知承诺 broke its promise; handed to 区行政审批服务局 (XZSP) */
                            promiseBroken?: boolean;
                            publication: {
                                /**
                                 * Format: date
                                 * @description calendar date YYYY-MM-DD
                                 */
                                dueBy: string;
                                /** @description computed through a year without a schedule */
                                provisional: boolean;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 instant
                                 */
                                publishedAt?: string;
                            };
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            recordedAt: string;
                            recordedBy: string;
                            /** @description who replaced whom and why; published with the result */
                            substitutions?: {
                                /** @description the substitute, drawn by dr-substitute/1 */
                                in: string;
                                /** @description the drawn inspector who cannot go */
                                out: string;
                                /** @description why (e.g. 病假; 回避 decided after the draw); published */
                                reason: string;
                            }[];
                            suspectedCrime: boolean;
                            /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                            targetId: string;
                            /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                            taskId: string;
                            team: string[];
                            /**
                             * @description no-problem 未发现问题; undisclosed-information 未按规定公示应当公示的信息; false-disclosure 公示信息隐瞒真实情况弄虚作假; unreachable 通过登记的住所(经营场所)无法联系; obstruction-serious 不配合检查情节严重; corrected 发现问题经责令已改正; pending-follow-up 发现问题待后续处理; no-relevant-business 未发现开展本次抽查涉及的经营活动; closed-or-liquidating 已关闭停业或正在清算; deregistered 注销; revoked 被吊销; moved-out 迁出
                             * @enum {string}
                             */
                            wording: "no-problem" | "undisclosed-information" | "false-disclosure" | "unreachable" | "obstruction-serious" | "corrected" | "pending-follow-up" | "no-relevant-business" | "closed-or-liquidating" | "deregistered" | "revoked" | "moved-out";
                        };
                        /** @description waiting workflow steps this result settled */
                        settled: string[];
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postTasksTaskIdResultsTargetIdItemFollowUps: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                item: string;
                targetId: string;
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description the day of what is recorded: on or after the inspection, not after today
                     */
                    date: string;
                    /**
                     * @description the final outcome of a result 发现问题待后续处理, e.g. corrected
                     * @enum {string}
                     */
                    outcome?: "no-problem" | "undisclosed-information" | "false-disclosure" | "unreachable" | "obstruction-serious" | "corrected" | "pending-follow-up" | "no-relevant-business" | "closed-or-liquidating" | "deregistered" | "revoked" | "moved-out";
                    /** @description the penalty decision: its 7-working-day clock runs from its decision date */
                    penalty?: {
                        /**
                         * Format: date
                         * @description calendar date YYYY-MM-DD
                         */
                        decisionDate: string;
                        /** @description 处罚决定书文号 */
                        decisionNo: string;
                        /** @description 处罚种类, e.g. 警告; 罚款 */
                        kind: string;
                        /**
                         * @description 普通程序 (published) or 简易程序 (当场处罚, not published): 《市场监督管理行政处罚信息公示规定》(2021) 第二条; absent on penalties recorded before it was kept (read as ordinary)
                         * @enum {string}
                         */
                        procedure?: "ordinary" | "simplified";
                        /** @description a warning and nothing else: not published (国办发〔2018〕118号) */
                        warningOnly: boolean;
                    };
                    /** @description 整改: the day the problem was corrected, and how */
                    rectification?: {
                        /**
                         * Format: date
                         * @description calendar date YYYY-MM-DD
                         */
                        completedOn: string;
                        note: string;
                    };
                };
            };
        };
        responses: {
            /** @description the result with its follow-ups */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 日常监管人员 who went with the team; not of the drawn team */
                        accompanying?: string[];
                        certificatesShown?: string[];
                        checklist?: {
                            /** @enum {string} */
                            answer: "compliant" | "non-compliant" | "not-applicable";
                            note?: string;
                            point: number;
                        }[];
                        /** @description the inspecting department (谁检查) */
                        department: string;
                        evidence: {
                            /** @description blob key of the record (全过程记录) */
                            id: string;
                            sha256: string;
                        }[];
                        /** @description follow-up records appended after the result (后续处理): never amend it */
                        followUps?: {
                            /**
                             * Format: date
                             * @description calendar date YYYY-MM-DD
                             */
                            date: string;
                            /**
                             * @description no-problem 未发现问题; undisclosed-information 未按规定公示应当公示的信息; false-disclosure 公示信息隐瞒真实情况弄虚作假; unreachable 通过登记的住所(经营场所)无法联系; obstruction-serious 不配合检查情节严重; corrected 发现问题经责令已改正; pending-follow-up 发现问题待后续处理; no-relevant-business 未发现开展本次抽查涉及的经营活动; closed-or-liquidating 已关闭停业或正在清算; deregistered 注销; revoked 被吊销; moved-out 迁出
                             * @enum {string}
                             */
                            outcome?: "no-problem" | "undisclosed-information" | "false-disclosure" | "unreachable" | "obstruction-serious" | "corrected" | "pending-follow-up" | "no-relevant-business" | "closed-or-liquidating" | "deregistered" | "revoked" | "moved-out";
                            penalty?: {
                                /**
                                 * Format: date
                                 * @description calendar date YYYY-MM-DD
                                 */
                                decisionDate: string;
                                /** @description 处罚决定书文号 */
                                decisionNo: string;
                                /** @description 处罚种类, e.g. 警告; 罚款 */
                                kind: string;
                                /**
                                 * @description 普通程序 (published) or 简易程序 (当场处罚, not published): 《市场监督管理行政处罚信息公示规定》(2021) 第二条; absent on penalties recorded before it was kept (read as ordinary)
                                 * @enum {string}
                                 */
                                procedure?: "ordinary" | "simplified";
                                /** @description a warning and nothing else: not published (国办发〔2018〕118号) */
                                warningOnly: boolean;
                            };
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            recordedAt: string;
                            recordedBy: string;
                            rectification?: {
                                /**
                                 * Format: date
                                 * @description calendar date YYYY-MM-DD
                                 */
                                completedOn: string;
                                note: string;
                            };
                            /** @description 1, 2, … in the order recorded */
                            seq: number;
                        }[];
                        /**
                         * Format: date
                         * @description calendar date YYYY-MM-DD
                         */
                        inspectionDate: string;
                        /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                        item: string;
                        /**
                         * @description 书面检查 / 实地核查 / 网络监测 / 委托第三方
                         * @enum {string}
                         */
                        method: "desk-review" | "on-site" | "online-monitoring" | "third-party";
                        note?: string;
                        penalty?: {
                            /**
                             * Format: date
                             * @description calendar date YYYY-MM-DD
                             */
                            decisionDate: string;
                            /** @description 处罚决定书文号 */
                            decisionNo: string;
                            /** @description 处罚种类, e.g. 警告; 罚款 */
                            kind: string;
                            /**
                             * @description 普通程序 (published) or 简易程序 (当场处罚, not published): 《市场监督管理行政处罚信息公示规定》(2021) 第二条; absent on penalties recorded before it was kept (read as ordinary)
                             * @enum {string}
                             */
                            procedure?: "ordinary" | "simplified";
                            /** @description a warning and nothing else: not published (国办发〔2018〕118号) */
                            warningOnly: boolean;
                        };
                        penaltyPublication?: {
                            /**
                             * Format: date
                             * @description calendar date YYYY-MM-DD
                             */
                            dueBy: string;
                            /** @description computed through a year without a schedule */
                            provisional: boolean;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            publishedAt?: string;
                        };
                        performer?: string;
                        /** @description 承诺不兑现: a project approved under 告知承诺 broke its promise; handed to 区行政审批服务局 (XZSP) */
                        promiseBroken?: boolean;
                        publication: {
                            /**
                             * Format: date
                             * @description calendar date YYYY-MM-DD
                             */
                            dueBy: string;
                            /** @description computed through a year without a schedule */
                            provisional: boolean;
                            /**
                             * Format: date-time
                             * @description ISO-8601 instant
                             */
                            publishedAt?: string;
                        };
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        recordedAt: string;
                        recordedBy: string;
                        /** @description who replaced whom and why; published with the result */
                        substitutions?: {
                            /** @description the substitute, drawn by dr-substitute/1 */
                            in: string;
                            /** @description the drawn inspector who cannot go */
                            out: string;
                            /** @description why (e.g. 病假; 回避 decided after the draw); published */
                            reason: string;
                        }[];
                        suspectedCrime: boolean;
                        /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                        targetId: string;
                        /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                        taskId: string;
                        team: string[];
                        /**
                         * @description no-problem 未发现问题; undisclosed-information 未按规定公示应当公示的信息; false-disclosure 公示信息隐瞒真实情况弄虚作假; unreachable 通过登记的住所(经营场所)无法联系; obstruction-serious 不配合检查情节严重; corrected 发现问题经责令已改正; pending-follow-up 发现问题待后续处理; no-relevant-business 未发现开展本次抽查涉及的经营活动; closed-or-liquidating 已关闭停业或正在清算; deregistered 注销; revoked 被吊销; moved-out 迁出
                         * @enum {string}
                         */
                        wording: "no-problem" | "undisclosed-information" | "false-disclosure" | "unreachable" | "obstruction-serious" | "corrected" | "pending-follow-up" | "no-relevant-business" | "closed-or-liquidating" | "deregistered" | "revoked" | "moved-out";
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTasksTaskIdTeamsTargetId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                targetId: string;
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the teams */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            department: string;
                            drawId: string;
                            leader: string | null;
                            /** @description active 日常监管人员 (category daily-supervision) of the department: whom a result may name as accompanying the team */
                            mayAccompany: {
                                /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                                id: string;
                                name: string;
                                unit: string;
                            }[];
                            /** @description the team drawn for the target, in the draw’s order */
                            members: {
                                /** @description 执法证号 the member shows */
                                certificateNo?: string;
                                /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                                id: string;
                                name: string;
                            }[];
                            /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                            target: string;
                        }[];
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postTasksTaskIdWitnessesWitnessCommitment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
                witness: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description SHA-256 (hex) of the witness secret as ASCII text: printf %s SECRET | sha256sum */
                    commitment: string;
                };
            };
        };
        responses: {
            /** @description the same hash again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        at: string;
                        by: string;
                        commitment: string;
                        /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                        taskId: string;
                        /** @description a department code (SCJG) or a witness id (JJJC, NOTARY1) */
                        witness: string;
                    };
                };
            };
            /** @description the commitment stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant
                         */
                        at: string;
                        by: string;
                        commitment: string;
                        /** @description draw code: 1–64 ASCII characters 0x21–0x7E except "," */
                        taskId: string;
                        /** @description a department code (SCJG) or a witness id (JJJC, NOTARY1) */
                        witness: string;
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postTasksTaskIdWitnessesWitnessReveal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
                witness: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the witness secret: 64 lowercase hex (32 random bytes) */
                    reveal: string;
                };
            };
        };
        responses: {
            /** @description the same reveal again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        at: string;
                        /** @description witness:<sha256> once every witness has revealed, else null */
                        entropy: string | null;
                        /** @description waiting workflow steps this reveal settled */
                        settled: string[];
                        /** @enum {string} */
                        stage: "Created" | "Frozen" | "Committed" | "AwaitingEntropy" | "Drawn" | "Notified" | "Inspecting" | "Publishing" | "HandingOff" | "Done" | "Failed";
                        /** @description a department code (SCJG) or a witness id (JJJC, NOTARY1) */
                        witness: string;
                    };
                };
            };
            /** @description the reveal stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        at: string;
                        /** @description witness:<sha256> once every witness has revealed, else null */
                        entropy: string | null;
                        /** @description waiting workflow steps this reveal settled */
                        settled: string[];
                        /** @enum {string} */
                        stage: "Created" | "Frozen" | "Committed" | "AwaitingEntropy" | "Drawn" | "Notified" | "Inspecting" | "Publishing" | "HandingOff" | "Done" | "Failed";
                        /** @description a department code (SCJG) or a witness id (JJJC, NOTARY1) */
                        witness: string;
                    };
                };
            };
            /** @description the request is invalid or a rule refused it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            /** @description the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found (or not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description conflict: exists already, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal error; the body says nothing more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
