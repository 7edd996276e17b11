// Personal data: what a person can download about themselves, deleting their account with
// everything only they own, and the operator's retention period for imported calls and messages.
export { deleteAccount } from "./delete-account";
export { personalDataJson, personalDataStream } from "./personal-data";
export { applyRetention, retentionCutoff } from "./retention";
export { deletionPreview } from "./sole-owner";
