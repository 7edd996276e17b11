-- Messages get their channel (lib/domain/messages.ts messageChannel), and the indexes the message
-- log's keyset paging and one account's range read, as calls have.

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "channel" TEXT NOT NULL DEFAULT 'sms';

-- The messages imported before: the same rule as messageChannel, in SQL.
UPDATE "Message" SET "channel" = CASE
  WHEN "from" ILIKE 'whatsapp:%' OR "to" ILIKE 'whatsapp:%' THEN 'whatsapp'
  WHEN "from" ~ '^[A-Za-z]+:' OR "to" ~ '^[A-Za-z]+:' THEN 'other'
  WHEN coalesce("numMedia", 0) > 0 THEN 'mms'
  ELSE 'sms'
END;

-- DropIndex
DROP INDEX "Message_connectionId_dateSent_idx";

-- CreateIndex
CREATE INDEX "Message_connectionId_dateSent_sid_idx" ON "Message"("connectionId", "dateSent", "sid");

-- CreateIndex
CREATE INDEX "Message_connectionId_accountSid_dateSent_idx" ON "Message"("connectionId", "accountSid", "dateSent");
