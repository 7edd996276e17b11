-- AlterTable
ALTER TABLE "TwilioAccount" ADD COLUMN     "monthlyStatsUntil" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "CallNumberMonthlyStat" (
    "connectionId" TEXT NOT NULL,
    "party" TEXT NOT NULL,
    "month" TIMESTAMP(3) NOT NULL,
    "number" TEXT NOT NULL,
    "country" TEXT,
    "calls" INTEGER NOT NULL,
    "durationSeconds" BIGINT NOT NULL,

    CONSTRAINT "CallNumberMonthlyStat_pkey" PRIMARY KEY ("connectionId","party","month","number")
);

-- CreateTable
CREATE TABLE "CallBreakdownMonthlyStat" (
    "connectionId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "month" TIMESTAMP(3) NOT NULL,
    "accountSid" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "calls" INTEGER NOT NULL,
    "durationSeconds" BIGINT NOT NULL,

    CONSTRAINT "CallBreakdownMonthlyStat_pkey" PRIMARY KEY ("connectionId","kind","month","accountSid","status","direction","key")
);

-- AddForeignKey
ALTER TABLE "CallNumberMonthlyStat" ADD CONSTRAINT "CallNumberMonthlyStat_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "TwilioConnection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CallBreakdownMonthlyStat" ADD CONSTRAINT "CallBreakdownMonthlyStat_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "TwilioConnection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

