import "server-only";
import { MESSAGE_STATUSES, type MessageStatus } from "@/lib/domain";
import { busiestHours, type BusyHourCell } from "./get-busiest-hours";
import { messageFactRows } from "./sql/facts";
import { statusVolume, type StatusVolume } from "./sql/status-volume";
import type { Bucket, MessageQuery } from "./types";

export type MessageVolume = StatusVolume<MessageStatus>;

/** Messages per time bucket (in the query's time zone, by date sent) and status, empty buckets as zeros. */
export function getMessageVolume(q: MessageQuery, bucket: Bucket): Promise<MessageVolume> {
  return statusVolume(q, bucket, messageFactRows(q, { grouping: bucket }), "messages", MESSAGE_STATUSES);
}

/** Messages by local weekday and hour of the day they were sent. */
export function getMessageBusiestHours(q: MessageQuery): Promise<BusyHourCell[]> {
  return busiestHours(q, messageFactRows(q, { grouping: "hour" }), "messages");
}
