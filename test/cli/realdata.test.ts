/**
 * The CRM pipeline from shared/realdata, graded by CUSTOMERTIER with the preparation
 * documented in docs/cli.md. The file is read where it lies, never copied into the repo.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { grade } from "../../src/cli/commands/grade";
import { capture, tempDir } from "./cli-helpers";

const PIPELINE = join(
  __dirname,
  "../../../shared/realdata/crm_sales_opportunities/sales_pipeline.csv"
);
const present = existsSync(PIPELINE);
const tmp = tempDir();
afterAll(tmp.cleanup);

(present ? describe : describe.skip)("CRM sales pipeline (real data)", () => {
  it("tiers open deals by agent; won deals are counted apart", async () => {
    const out = tmp.path("pipeline.csv");
    const { result, stderr, error } = await capture(() =>
      grade(PIPELINE, {
        function: "CUSTOMERTIER",
        out,
        map: ["need=deal_stage"],
        valueMap: ["need:Engaging=明确,Prospecting=潜在,Lost=无"],
        skip: ["deal_stage=Won"],
        derive: ["expectedClose=engage_date+median(close_date-engage_date|deal_stage=Won)"],
        set: ["asOf=2017-12-31"],
        by: "sales_agent",
      })
    );
    expect(error).toBeUndefined();
    expect(stderr).toContain(
      "engage_date + 57天 = median(close_date-engage_date|deal_stage=Won)（4238行）"
    );
    const s = result!;
    expect(s.rows).toBe(8800);
    expect(s.skipped.get("deal_stage=Won")).toBe(4238);
    expect(["A", "B", "C", "D", "E"].map((t) => s.count(t))).toEqual([1573, 16, 0, 500, 2473]);
    expect(s.groups).toHaveLength(30);
    expect(s.failures.size).toBe(0);
    const lines = readFileSync(out, "utf8").split("\r\n");
    expect(lines[0]).toBe(
      "\uFEFFopportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value,客户等级,未评级原因"
    );
    expect(lines[1]).toBe(
      "1C1I7A6R,Moses Frase,GTX Plus Basic,Cancity,Won,2016-10-20,2017-03-01,1054,,已跳过：deal_stage=Won"
    );
  });
});

const AADT = join(__dirname, "../../../shared/realdata/caltrans_aadt_2014_2017/AADT.csv");

(existsSync(AADT) ? describe : describe.skip)("Caltrans traffic counts (real data)", () => {
  it("grades two-lane roads by AADT; zeros mean no road and stay ungraded", async () => {
    const out = tmp.path("aadt.csv");
    const { result, error } = await capture(() =>
      grade(AADT, {
        function: "HIGHWAYCLASS",
        out,
        map: ["aadt=Ahead_AADT"],
        set: ["lanes=2"],
        by: "YEAR",
      })
    );
    expect(error).toBeUndefined();
    const s = result!;
    expect(s.rows).toBe(28093);
    expect(["二级公路", "三级公路", "四级公路"].map((t) => s.count(t))).toEqual([
      19427, 2467, 1947,
    ]);
    // the 4,252 count points with Ahead_AADT = 0 (county lines, ends of route) are not 四级公路
    expect([...s.failures.values()].reduce((n, f) => n + f.count, 0)).toBe(4252);
    expect(s.groups).toHaveLength(4);
  });
});

if (!present) {
  test("real-data check skipped", () => {
    console.log(`${PIPELINE} not found: the shared/realdata folder is not beside this checkout`);
  });
}
