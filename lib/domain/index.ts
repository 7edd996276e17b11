// Twilio's vocabulary (statuses, directions, answered-by, number types, SIDs), shared by every layer and the UI.
export {
  answeredByLabel,
  CALL_SIDES,
  CALL_STATUSES,
  directionLabel,
  isCallStatus,
  SIDE_LABELS,
  STATUS_LABELS,
  statusLabel,
  twilioDirections,
  UNSETTLED_CALL_STATUSES,
  type CallSide,
  type CallStatus,
} from "./calls";
export {
  ACCOUNT_SID,
  accountSidSchema,
  authTokenSchema,
  CALL_SID,
  callSidSchema,
  CONNECT_APP_SID,
  connectAppSidSchema,
  isAccountSid,
  isCallSid,
  MESSAGE_SID,
} from "./sids";
export { isNumberType, NUMBER_TYPES, numberTypeLabel, type NumberType } from "./number-types";
