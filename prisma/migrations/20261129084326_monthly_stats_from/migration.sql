-- AlterTable
ALTER TABLE "TwilioAccount" ADD COLUMN     "monthlyStatsFrom" TIMESTAMP(3);

