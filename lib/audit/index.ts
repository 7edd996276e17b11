// The audit trail: who connected, disconnected, exported, invited, changed a role or removed a
// member in a workspace, and when. lib/audit owns AuditEvent; the code that makes a change records it.
export {
  AUDIT_ACTIONS,
  AUDIT_PAGE_SIZE,
  auditCursorSchema,
  listAuditEvents,
  recordAudit,
  type Actor,
  type AuditAction,
  type AuditEventView,
} from "./audit";
