-- The call log's length and cost orders, indexed over their tails only: calls of ten minutes or
-- more, and calls costing 0.10 or more (in their currency). A full index of either order cost every
-- imported call a random B-tree insert (20261129111500_drop_call_log_sort_indexes); these cost one
-- to the few calls that reach the tail, and hold the top of either order, which is what the log's
-- first pages show. lib/analytics/get-call-log.ts names the same literals (SortKey.tail), and
-- getLogPage sorts the range's calls when the tail holds less than a page under the filters.
-- An expression index with a predicate, which prisma/schema.prisma cannot declare.
CREATE INDEX "Call_duration_tail_idx" ON "Call" ("connectionId", (coalesce("duration", 0)) DESC, "sid" DESC)
  WHERE coalesce("duration", 0) >= 600;
CREATE INDEX "Call_cost_tail_idx" ON "Call" ("connectionId", (coalesce(-"price", 0)) DESC, "sid" DESC)
  WHERE coalesce(-"price", 0) >= 0.1;
