-- DropIndex
DROP INDEX "Call_connectionId_startTime_idx";

-- DropIndex
DROP INDEX "Call_connectionId_from_idx";

-- DropIndex
DROP INDEX "Call_connectionId_to_idx";

-- CreateIndex
CREATE INDEX "Call_connectionId_startTime_sid_idx" ON "Call"("connectionId", "startTime", "sid");

