-- AlterTable
ALTER TABLE "TwilioConnection" ADD COLUMN     "callsClassifiedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Call" ADD COLUMN     "fromNumberType" TEXT,
ADD COLUMN     "toNumberType" TEXT;


-- The monthly stats gain a breakdown by number type, and the classification of stored calls
-- changes their countries: every account's months are summed again by its next sync.
UPDATE "TwilioAccount" SET "monthlyStatsFrom" = NULL, "monthlyStatsUntil" = NULL;
