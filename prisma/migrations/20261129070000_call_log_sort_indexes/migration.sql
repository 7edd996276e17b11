-- The call log sorts by length and by cost as well as by time (keyset paging on the sort key, then
-- the SID). Prisma's schema language cannot declare expression indexes, so they live here only;
-- schema.prisma's Call model points to this file.
CREATE INDEX "Call_connectionId_duration_sort_idx" ON "Call" ("connectionId", (coalesce("duration", 0)), "sid");
CREATE INDEX "Call_connectionId_cost_sort_idx" ON "Call" ("connectionId", (coalesce(-"price", 0)), "sid");
