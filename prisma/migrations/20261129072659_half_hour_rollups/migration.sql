-- AlterTable
ALTER TABLE "CallHourlyStat" ADD COLUMN     "firstHalfCalls" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "firstHalfDurationSeconds" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "firstHalfPrice" DECIMAL(16,5) NOT NULL DEFAULT 0,
ADD COLUMN     "firstHalfPricedCalls" INTEGER NOT NULL DEFAULT 0;


-- Fill the new sums for the hours already rolled up, from the calls they summed.
UPDATE "CallHourlyStat" s
SET "firstHalfCalls" = c.calls, "firstHalfDurationSeconds" = c.seconds,
    "firstHalfPrice" = c.price, "firstHalfPricedCalls" = c.priced
FROM (
  SELECT "connectionId", "accountSid", date_trunc('hour', "startTime") AS hour, "status", "direction",
         count(*)::int AS calls, coalesce(sum("duration"), 0)::bigint AS seconds,
         coalesce(sum("price"), 0) AS price, count("price")::int AS priced
  FROM "Call"
  WHERE "startTime" < date_trunc('hour', "startTime") + interval '30 minutes'
  GROUP BY 1, 2, 3, 4, 5
) c
WHERE s."connectionId" = c."connectionId" AND s."accountSid" = c."accountSid" AND s."hour" = c.hour
  AND s."status" = c."status" AND s."direction" = c."direction";
