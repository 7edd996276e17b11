-- The call log's length and cost orders lose their indexes. Every imported call paid a random
-- insert into each (unique keys, so no B-tree deduplication), and npm run bench measured the cost:
-- a million-call import spent 53 CPU seconds in PostgreSQL with them and 37 without, 20,300 against
-- 23,600 calls/s. Sorting a range by length or cost now reads the range's calls and keeps the top
-- of the sort: tens of milliseconds for a month, a few hundred for a year of a million calls.
DROP INDEX IF EXISTS "Call_connectionId_duration_sort_idx";
DROP INDEX IF EXISTS "Call_connectionId_cost_sort_idx";
