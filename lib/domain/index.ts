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
  messageSidSchema,
} from "./sids";
export { isNumberType, NUMBER_TYPES, numberTypeLabel, type NumberType } from "./number-types";
export {
  DELIVERED_MESSAGE_STATUSES,
  FAILED_MESSAGE_STATUSES,
  isMessageStatus,
  MESSAGE_CHANNEL_LABELS,
  MESSAGE_CHANNELS,
  MESSAGE_STATUS_LABELS,
  MESSAGE_STATUSES,
  messageChannel,
  messageChannelLabel,
  messageDirectionLabel,
  messageDirections,
  messageStatusLabel,
  messageWasSent,
  UNDELIVERED_MESSAGE_STATUSES,
  UNSETTLED_MESSAGE_STATUSES,
  type MessageChannel,
  type MessageStatus,
} from "./messages";
export {
  DESCRIBED_MESSAGE_ERROR_CODES,
  messageErrorEntry,
  twilioErrorUrl,
  type MessageErrorEntry,
} from "./message-errors";
