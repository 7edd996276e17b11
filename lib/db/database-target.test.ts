import path from "node:path";
import { describe, expect, it } from "vitest";
import { describeDatabaseTarget, resolveDatabaseTarget } from "./database-target";

describe("resolveDatabaseTarget", () => {
  it("uses the embedded database in .data/pglite when DATABASE_URL is unset or blank", () => {
    for (const value of [undefined, "", "  "]) {
      expect(resolveDatabaseTarget(value)).toEqual({ kind: "pglite", dataDir: path.resolve(".data/pglite") });
    }
  });

  it("treats a local folder, with or without file:, as an embedded database there", () => {
    expect(resolveDatabaseTarget("./var/db")).toEqual({ kind: "pglite", dataDir: path.resolve("var/db") });
    expect(resolveDatabaseTarget("file:./var/db")).toEqual({ kind: "pglite", dataDir: path.resolve("var/db") });
    expect(resolveDatabaseTarget("memory://")).toEqual({ kind: "pglite", dataDir: null });
  });

  it("uses PostgreSQL for postgres:// and postgresql:// URLs", () => {
    expect(resolveDatabaseTarget("postgres://u:p@db:5432/app")).toEqual({
      kind: "postgres",
      url: "postgres://u:p@db:5432/app",
    });
    expect(resolveDatabaseTarget("postgresql://db/app").kind).toBe("postgres");
  });

  it("rejects other schemes with a message that names the variable", () => {
    expect(() => resolveDatabaseTarget("mysql://root@db/app")).toThrow(/DATABASE_URL must be a postgres/);
  });

  it("describes a PostgreSQL target without its credentials", () => {
    const text = describeDatabaseTarget(resolveDatabaseTarget("postgresql://admin:s3cret@db.internal:6543/app"));
    expect(text).toBe("PostgreSQL at db.internal:6543/app");
    expect(text).not.toContain("s3cret");
  });
});
