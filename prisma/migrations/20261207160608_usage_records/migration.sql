-- AlterTable
ALTER TABLE "TwilioAccount" ADD COLUMN     "usageError" TEXT;

-- AlterTable
ALTER TABLE "AccountSync" ADD COLUMN     "usageDailyFrom" DATE,
ADD COLUMN     "usageDailyUntil" DATE,
ADD COLUMN     "usageMonthlyDone" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "UsageRecord" (
    "connectionId" TEXT NOT NULL,
    "accountSid" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "count" DECIMAL(18,4) NOT NULL,
    "countUnit" TEXT,
    "usage" DECIMAL(18,4) NOT NULL,
    "usageUnit" TEXT,
    "price" DECIMAL(16,5) NOT NULL,
    "priceUnit" TEXT,
    "asOf" TIMESTAMP(3),
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UsageRecord_pkey" PRIMARY KEY ("connectionId","accountSid","period","category","startDate")
);

-- CreateTable
CREATE TABLE "CompletenessCheck" (
    "connectionId" TEXT NOT NULL,
    "accountSid" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "status" TEXT NOT NULL,
    "importedCalls" INTEGER NOT NULL,
    "usageCalls" INTEGER NOT NULL,
    "importedMinutes" INTEGER NOT NULL,
    "usageMinutes" INTEGER NOT NULL,
    "importedCallPrice" DECIMAL(16,5) NOT NULL,
    "usageCallPrice" DECIMAL(16,5) NOT NULL,
    "importedMessages" INTEGER NOT NULL,
    "usageMessages" INTEGER NOT NULL,
    "importedMessagePrice" DECIMAL(16,5) NOT NULL,
    "usageMessagePrice" DECIMAL(16,5) NOT NULL,
    "pricesSettled" BOOLEAN NOT NULL,
    "reimportedAt" TIMESTAMP(3),
    "checkedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CompletenessCheck_pkey" PRIMARY KEY ("connectionId","accountSid","day")
);

-- CreateIndex
CREATE INDEX "UsageRecord_connectionId_period_startDate_idx" ON "UsageRecord"("connectionId", "period", "startDate");

-- CreateIndex
CREATE INDEX "CompletenessCheck_connectionId_status_day_idx" ON "CompletenessCheck"("connectionId", "status", "day");

-- AddForeignKey
ALTER TABLE "UsageRecord" ADD CONSTRAINT "UsageRecord_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "TwilioConnection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompletenessCheck" ADD CONSTRAINT "CompletenessCheck_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "TwilioConnection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

