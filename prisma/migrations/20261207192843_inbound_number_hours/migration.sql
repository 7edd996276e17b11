-- AlterTable
ALTER TABLE "AlertRule" ADD COLUMN     "number" TEXT;

-- CreateTable
CREATE TABLE "CallInboundNumberHourlyStat" (
    "connectionId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "hour" TIMESTAMP(3) NOT NULL,
    "accountSid" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "calls" INTEGER NOT NULL,

    CONSTRAINT "CallInboundNumberHourlyStat_pkey" PRIMARY KEY ("connectionId","number","hour","accountSid","status")
);

-- CreateIndex
CREATE INDEX "CallInboundNumberHourlyStat_connectionId_hour_idx" ON "CallInboundNumberHourlyStat"("connectionId", "hour");

-- AddForeignKey
ALTER TABLE "CallInboundNumberHourlyStat" ADD CONSTRAINT "CallInboundNumberHourlyStat_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "TwilioConnection"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Backfill: the calls already imported, summed as lib/rollups (records.ts, CALL_STATS) sums them on
-- every later import.
INSERT INTO "CallInboundNumberHourlyStat" ("connectionId", "number", "hour", "accountSid", "status", "calls")
SELECT "connectionId", "to", date_trunc('hour', "startTime"), "accountSid", "status", count(*)::int
FROM "Call"
WHERE "direction" IN ('inbound', 'trunking-originating')
GROUP BY 1, 2, 3, 4, 5;
