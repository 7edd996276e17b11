-- AlterTable
ALTER TABLE "CallNumberMonthlyStat" DROP CONSTRAINT "CallNumberMonthlyStat_pkey",
ADD COLUMN     "months" INTEGER NOT NULL DEFAULT 1,
ADD CONSTRAINT "CallNumberMonthlyStat_pkey" PRIMARY KEY ("connectionId", "party", "months", "month", "number");


-- Quarters of the months already summed.
INSERT INTO "CallNumberMonthlyStat" ("connectionId", "party", "months", "month", "number", "country", "calls", "durationSeconds")
SELECT "connectionId", "party", 3, date_trunc('quarter', "month"), "number", max("country" COLLATE "C"), sum("calls")::int, sum("durationSeconds")
FROM "CallNumberMonthlyStat"
WHERE "months" = 1
GROUP BY "connectionId", "party", date_trunc('quarter', "month"), "number";
