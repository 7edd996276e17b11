-- AlterTable
ALTER TABLE "AccountSync" DROP COLUMN "callsImported",
DROP COLUMN "messagesImported";

