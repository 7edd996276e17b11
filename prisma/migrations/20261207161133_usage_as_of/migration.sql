-- AlterTable
ALTER TABLE "AccountSync" ADD COLUMN     "usageAsOf" TIMESTAMP(3);

