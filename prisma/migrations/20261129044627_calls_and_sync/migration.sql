-- CreateTable
CREATE TABLE "Call" (
    "connectionId" TEXT NOT NULL,
    "sid" TEXT NOT NULL,
    "accountSid" TEXT NOT NULL,
    "parentCallSid" TEXT,
    "direction" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "from" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "fromCountry" TEXT,
    "toCountry" TEXT,
    "startTime" TIMESTAMP(3) NOT NULL,
    "endTime" TIMESTAMP(3),
    "dateCreated" TIMESTAMP(3) NOT NULL,
    "dateUpdated" TIMESTAMP(3) NOT NULL,
    "duration" INTEGER,
    "price" DECIMAL(12,5),
    "priceUnit" TEXT,
    "answeredBy" TEXT,
    "queueTime" INTEGER,
    "callerName" TEXT,
    "forwardedFrom" TEXT,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Call_pkey" PRIMARY KEY ("connectionId","sid")
);

-- CreateTable
CREATE TABLE "CallHourlyStat" (
    "connectionId" TEXT NOT NULL,
    "accountSid" TEXT NOT NULL,
    "hour" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "calls" INTEGER NOT NULL,
    "durationSeconds" BIGINT NOT NULL,
    "price" DECIMAL(16,5) NOT NULL,
    "pricedCalls" INTEGER NOT NULL,

    CONSTRAINT "CallHourlyStat_pkey" PRIMARY KEY ("connectionId","accountSid","hour","status","direction")
);

-- CreateTable
CREATE TABLE "AccountSync" (
    "accountId" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "leaseOwner" TEXT,
    "leaseUntil" TIMESTAMP(3),
    "plan" JSONB,
    "completeUntil" TIMESTAMP(3),
    "callsImported" INTEGER NOT NULL DEFAULT 0,
    "lastStartedAt" TIMESTAMP(3),
    "lastFinishedAt" TIMESTAMP(3),
    "lastError" TEXT,

    CONSTRAINT "AccountSync_pkey" PRIMARY KEY ("accountId")
);

-- CreateIndex
CREATE INDEX "Call_connectionId_startTime_idx" ON "Call"("connectionId", "startTime");

-- CreateIndex
CREATE INDEX "Call_connectionId_accountSid_startTime_idx" ON "Call"("connectionId", "accountSid", "startTime");

-- CreateIndex
CREATE INDEX "Call_connectionId_from_idx" ON "Call"("connectionId", "from");

-- CreateIndex
CREATE INDEX "Call_connectionId_to_idx" ON "Call"("connectionId", "to");

-- CreateIndex
CREATE INDEX "Call_connectionId_parentCallSid_idx" ON "Call"("connectionId", "parentCallSid");

-- CreateIndex
CREATE INDEX "CallHourlyStat_connectionId_hour_idx" ON "CallHourlyStat"("connectionId", "hour");

-- CreateIndex
CREATE INDEX "AccountSync_connectionId_idx" ON "AccountSync"("connectionId");

-- AddForeignKey
ALTER TABLE "Call" ADD CONSTRAINT "Call_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "TwilioConnection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CallHourlyStat" ADD CONSTRAINT "CallHourlyStat_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "TwilioConnection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountSync" ADD CONSTRAINT "AccountSync_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "TwilioAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

