import pg from "pg";

const NAME_OID = 19;
const TEXT_OID = 25;

type QueryResultLike = { fields?: { dataTypeID: number }[] };

// @prisma/adapter-pg has no column-type mapping for PostgreSQL's catalog type `name` (OID 19),
// so the migration engine's catalog queries fail with "Column type 'name' could not be
// deserialized". A `name` is text with a length limit, so reporting it as text is exact.
function reportNameAsText<R>(result: R): R {
  const results = Array.isArray(result) ? result : [result];
  for (const r of results as QueryResultLike[]) {
    for (const field of r?.fields ?? []) {
      if (field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

function patchQuery<T extends { query: (...args: never[]) => unknown }>(target: T): T {
  const original = target.query.bind(target) as (...args: unknown[]) => unknown;
  const patched = (...args: unknown[]) => {
    const out = original(...args);
    return out instanceof Promise ? out.then(reportNameAsText) : out;
  };
  (target as { query: unknown }).query = patched;
  return target;
}

/** A pg.Pool whose results report `name` columns as `text`, for @prisma/adapter-pg. */
export class PrismaCompatiblePool extends pg.Pool {
  constructor(config: pg.PoolConfig) {
    super(config);
    patchQuery(this);
  }

  // Only the promise form is wrapped: pg's own callback form must stay untouched, or
  // the pool's internal checkout never completes.
  override connect(): Promise<pg.PoolClient>;
  override connect(
    callback: (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void,
  ): void;
  override connect(
    callback?: (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void,
  ): Promise<pg.PoolClient> | void {
    if (callback) return super.connect(callback);
    return super.connect().then((client) => {
      const marked = client as pg.PoolClient & { __nameAsText?: boolean };
      if (!marked.__nameAsText) {
        patchQuery(marked);
        marked.__nameAsText = true;
      }
      return client;
    });
  }
}
