-- AlterTable
ALTER TABLE "AccountSync" ADD COLUMN     "heartbeatAt" TIMESTAMP(3);

