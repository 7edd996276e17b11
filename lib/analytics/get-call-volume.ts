import "server-only";
import { CALL_STATUSES, type CallStatus } from "@/lib/domain";
import { factRows } from "./sql/facts";
import { statusVolume, type StatusVolume, type StatusVolumeRow } from "./sql/status-volume";
import type { AnalyticsQuery, Bucket } from "./types";

/** One time bucket: its UTC start as an ISO instant and the calls that started in it, per status. */
export type CallVolumeRow = StatusVolumeRow<CallStatus>;

export type CallVolume = StatusVolume<CallStatus>;

/** Calls per time bucket (in the query's time zone) and status, with empty buckets as zeros. */
export function getCallVolume(q: AnalyticsQuery, bucket: Bucket): Promise<CallVolume> {
  return statusVolume(q, bucket, factRows(q, { grouping: bucket }), "calls", CALL_STATUSES);
}
