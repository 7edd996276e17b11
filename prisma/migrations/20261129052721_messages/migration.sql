-- AlterTable
ALTER TABLE "AccountSync" ADD COLUMN     "messagesImported" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "Message" (
    "connectionId" TEXT NOT NULL,
    "sid" TEXT NOT NULL,
    "accountSid" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "from" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "fromCountry" TEXT,
    "toCountry" TEXT,
    "dateSent" TIMESTAMP(3) NOT NULL,
    "dateCreated" TIMESTAMP(3) NOT NULL,
    "dateUpdated" TIMESTAMP(3) NOT NULL,
    "numSegments" INTEGER,
    "numMedia" INTEGER,
    "price" DECIMAL(12,5),
    "priceUnit" TEXT,
    "errorCode" INTEGER,
    "messagingServiceSid" TEXT,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Message_pkey" PRIMARY KEY ("connectionId","sid")
);

-- CreateIndex
CREATE INDEX "Message_connectionId_dateSent_idx" ON "Message"("connectionId", "dateSent");

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "TwilioConnection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

