/**
 * Transaction limits for rebuilding rollups: a year of a busy account takes seconds to sum
 * (Prisma's default limit is 5 s), and during an import the rebuild queues for a connection
 * behind the windows' writes (Prisma gives up after 2 s by default).
 */
export const REBUILD_TRANSACTION = { maxWait: 60_000, timeout: 120_000 };
