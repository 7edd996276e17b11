-- AlterTable
ALTER TABLE "TwilioAccount" ADD COLUMN     "accessCheckedAt" TIMESTAMP(3),
ADD COLUMN     "callsError" TEXT,
ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "foundBy" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "messagesError" TEXT;

