-- CreateTable
CREATE TABLE "MessageHourlyStat" (
    "connectionId" TEXT NOT NULL,
    "accountSid" TEXT NOT NULL,
    "hour" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "messages" INTEGER NOT NULL,
    "segments" INTEGER NOT NULL,
    "price" DECIMAL(16,5) NOT NULL,
    "pricedMessages" INTEGER NOT NULL,
    "pricedSegments" INTEGER NOT NULL,
    "firstHalfMessages" INTEGER NOT NULL DEFAULT 0,
    "firstHalfSegments" INTEGER NOT NULL DEFAULT 0,
    "firstHalfPrice" DECIMAL(16,5) NOT NULL DEFAULT 0,
    "firstHalfPricedMessages" INTEGER NOT NULL DEFAULT 0,
    "firstHalfPricedSegments" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "MessageHourlyStat_pkey" PRIMARY KEY ("connectionId","accountSid","hour","status","direction","channel")
);

-- CreateTable
CREATE TABLE "MessageDailyBreakdown" (
    "connectionId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "day" TIMESTAMP(3) NOT NULL,
    "accountSid" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "messages" INTEGER NOT NULL,
    "segments" INTEGER NOT NULL,

    CONSTRAINT "MessageDailyBreakdown_pkey" PRIMARY KEY ("connectionId","kind","day","accountSid","status","direction","channel","key")
);

-- CreateTable
CREATE TABLE "MessageMonthlyBreakdown" (
    "connectionId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "months" INTEGER NOT NULL,
    "month" TIMESTAMP(3) NOT NULL,
    "key" TEXT NOT NULL,
    "country" TEXT,
    "messages" INTEGER NOT NULL,
    "segments" INTEGER NOT NULL,

    CONSTRAINT "MessageMonthlyBreakdown_pkey" PRIMARY KEY ("connectionId","kind","months","month","key")
);

-- CreateTable
CREATE TABLE "MessageStaleMonth" (
    "connectionId" TEXT NOT NULL,
    "month" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MessageStaleMonth_pkey" PRIMARY KEY ("connectionId","month")
);

-- CreateIndex
CREATE INDEX "MessageHourlyStat_connectionId_hour_idx" ON "MessageHourlyStat"("connectionId", "hour");

-- AddForeignKey
ALTER TABLE "MessageHourlyStat" ADD CONSTRAINT "MessageHourlyStat_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "TwilioConnection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MessageDailyBreakdown" ADD CONSTRAINT "MessageDailyBreakdown_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "TwilioConnection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MessageMonthlyBreakdown" ADD CONSTRAINT "MessageMonthlyBreakdown_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "TwilioConnection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MessageStaleMonth" ADD CONSTRAINT "MessageStaleMonth_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "TwilioConnection"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The rollups of the messages already imported, summed as lib/rollups (MESSAGE_STATS) sums them,
-- so existing connections' messages show without waiting for a sync.
INSERT INTO "MessageHourlyStat" ("connectionId", "hour", "accountSid", "status", "direction", "channel",
                                 "messages", "segments", "price", "pricedMessages", "pricedSegments",
                                 "firstHalfMessages", "firstHalfSegments", "firstHalfPrice", "firstHalfPricedMessages", "firstHalfPricedSegments")
SELECT "connectionId", date_trunc('hour', "dateSent"), "accountSid", "status", "direction", "channel",
       count(*), coalesce(sum("numSegments"), 0), coalesce(sum("price"), 0), count("price"),
       coalesce(sum("numSegments") FILTER (WHERE "price" IS NOT NULL), 0),
       count(*) FILTER (WHERE first_half), coalesce(sum("numSegments") FILTER (WHERE first_half), 0),
       coalesce(sum("price") FILTER (WHERE first_half), 0), count("price") FILTER (WHERE first_half),
       coalesce(sum("numSegments") FILTER (WHERE first_half AND "price" IS NOT NULL), 0)
FROM (SELECT *, "dateSent" < date_trunc('hour', "dateSent") + interval '30 minutes' AS first_half FROM "Message") m
GROUP BY 1, 2, 3, 4, 5, 6;

INSERT INTO "MessageDailyBreakdown" ("connectionId", "kind", "day", "accountSid", "status", "direction", "channel",
                                     "key", "messages", "segments")
SELECT "connectionId", kind, date_trunc('day', "dateSent"), "accountSid", "status", "direction", "channel",
       key, count(*), coalesce(sum("numSegments"), 0)
FROM (
  SELECT m.*, 'country' AS kind,
         coalesce(CASE WHEN "direction" = 'inbound' THEN "fromCountry" ELSE "toCountry" END, '') AS key
  FROM "Message" m
  UNION ALL
  SELECT m.*, 'errorCode', "errorCode"::text FROM "Message" m WHERE "errorCode" IS NOT NULL
) keyed
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;

-- The numbers per month, then quarter, then year.
INSERT INTO "MessageMonthlyBreakdown" ("connectionId", "kind", "months", "month", "key", "country", "messages", "segments")
SELECT "connectionId", kind, 1, date_trunc('month', "dateSent"), key, max(country COLLATE "C"), count(*),
       coalesce(sum("numSegments"), 0)
FROM (
  SELECT m.*, 'from' AS kind, "from" AS key, "fromCountry" AS country FROM "Message" m
  UNION ALL
  SELECT m.*, 'to', "to", "toCountry" FROM "Message" m
) keyed
GROUP BY 1, 2, 4, 5;

INSERT INTO "MessageMonthlyBreakdown" ("connectionId", "kind", "months", "month", "key", "country", "messages", "segments")
SELECT "connectionId", "kind", 3, date_trunc('quarter', "month"), "key", max("country" COLLATE "C"), sum("messages"), sum("segments")
FROM "MessageMonthlyBreakdown" WHERE "months" = 1
GROUP BY 1, 2, 4, 5;

INSERT INTO "MessageMonthlyBreakdown" ("connectionId", "kind", "months", "month", "key", "country", "messages", "segments")
SELECT "connectionId", "kind", 12, date_trunc('year', "month"), "key", max("country" COLLATE "C"), sum("messages"), sum("segments")
FROM "MessageMonthlyBreakdown" WHERE "months" = 3
GROUP BY 1, 2, 4, 5;
