import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/metrics/route";

describe("GET /api/metrics without METRICS_TOKEN", () => {
  it("answers 503 whatever the request sends, and says what to set", async () => {
    delete process.env.METRICS_TOKEN;
    for (const authorization of [undefined, "Bearer ", "Bearer undefined", "Bearer anything-at-all-0123456789"]) {
      const headers = authorization === undefined ? undefined : { authorization };
      const response = await GET(new Request("http://localhost:3000/api/metrics", { headers }));
      expect(response.status).toBe(503);
      expect(await response.text()).toContain("METRICS_TOKEN");
    }
  });
});
