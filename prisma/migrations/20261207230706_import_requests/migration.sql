-- CreateTable
CREATE TABLE "ImportRequest" (
    "connectionId" TEXT NOT NULL,
    "accountsJustDiscovered" BOOLEAN NOT NULL DEFAULT false,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedBy" TEXT,
    "claimedAt" TIMESTAMP(3),
    "heartbeatAt" TIMESTAMP(3),

    CONSTRAINT "ImportRequest_pkey" PRIMARY KEY ("connectionId")
);

-- CreateIndex
CREATE INDEX "ImportRequest_requestedAt_idx" ON "ImportRequest"("requestedAt");

-- AddForeignKey
ALTER TABLE "ImportRequest" ADD CONSTRAINT "ImportRequest_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "TwilioConnection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

