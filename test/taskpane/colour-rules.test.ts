import { GradingFunction } from "../../src/grading";
import { severityScale } from "../../src/grading/colours";
import { applyColours } from "../../src/taskpane/excel/colour-rules";
import { writeGradeColumn } from "../../src/taskpane/excel/grade-column";
import { userRule } from "./fakes/formats";
import { RuleModel } from "./fakes/grid";
import { INCIDENT, inspect, plainIncidents, Setup, TIER } from "./data";

const LABELS = ["特别重大事故", "重大事故", "较大事故", "一般事故"];
const GRADES = "Sheet1!E2:E11";
const E = { sheet: "Sheet1", top: 1, left: 4, bottom: 10, right: 4 };

async function graded(rows = 10): Promise<Setup> {
  const setup = plainIncidents(rows);
  const inspection = await inspect(setup);
  const base = { inspection, mapping: inspection.mapping, fn: INCIDENT, ns: "GRADE" };
  await writeGradeColumn(setup.context, { ...base, lang: "zh", confirmed: false });
  return setup;
}

function ours(rules: readonly RuleModel[]): RuleModel[] {
  return rules.filter(
    (r) => r.type === "CellValue" && LABELS.some((l) => r.rule?.formula1 === `="${l}"`)
  );
}

describe("colour rules", () => {
  test("one equal-to rule per label, in the standard's colours, on the grade cells only", async () => {
    const setup = await graded();
    const result = await applyColours(setup.context, GRADES, INCIDENT);
    expect(result).toEqual({ address: GRADES, added: 4, removed: 0, kept: 0, skipped: null });

    const swatches = severityScale(4);
    const rules = setup.sheet.rules;
    expect(rules).toHaveLength(4);
    for (const [i, label] of LABELS.entries()) {
      const rule = rules.find((r) => r.rule?.formula1 === `="${label}"`);
      expect(rule).toMatchObject({
        type: "CellValue",
        area: E,
        rule: { operator: "EqualTo" },
        fill: swatches[i].fill,
        font: swatches[i].font,
      });
    }
    // Excel never evaluates a custom function inside a rule (office-js issue 6135).
    expect(rules.every((r) => !/GRADE/i.test(r.rule?.formula1 ?? ""))).toBe(true);
  });

  test("applying again replaces GradeKit's rules and nothing else", async () => {
    const setup = await graded();
    const userOwn = userRule(setup.sheet, E, {
      rule: { formula1: '="重大事故"', operator: "EqualTo" },
      fill: "#0000FF",
    });
    const wholeColumn = userRule(
      setup.sheet,
      { ...E, top: 0, bottom: 1048575 },
      {
        type: "ContainsText",
        rule: { text: "特别", operator: "Contains" },
        fill: "#FF00FF",
      }
    );
    await applyColours(setup.context, GRADES, INCIDENT);
    const again = await applyColours(setup.context, GRADES, INCIDENT);
    expect(again).toMatchObject({ added: 4, removed: 4, kept: 2, skipped: null });
    expect(setup.sheet.rules).toHaveLength(6);
    expect(setup.sheet.rules).toContain(userOwn);
    expect(setup.sheet.rules).toContain(wholeColumn);
  });

  test("old rules from a smaller grade column are replaced when the data has grown", async () => {
    const setup = await graded(20);
    userRule(setup.sheet, E, {
      rule: { formula1: '="一般事故"', operator: "EqualTo" },
      fill: severityScale(4)[3].fill,
    });
    const result = await applyColours(setup.context, "Sheet1!E2:E21", INCIDENT);
    expect(result).toMatchObject({ removed: 1, added: 4 });
    expect(setup.sheet.rules.every((r) => r.area.bottom === 20)).toBe(true);
  });

  test("a rule on another column with our text and colour is not ours", async () => {
    const setup = await graded();
    const other = userRule(
      setup.sheet,
      { ...E, left: 3, right: 4 },
      {
        rule: { formula1: '="一般事故"', operator: "EqualTo" },
        fill: severityScale(4)[3].fill,
      }
    );
    await applyColours(setup.context, GRADES, INCIDENT);
    expect(setup.sheet.rules).toContain(other);
  });

  test("when Excel cannot read rules back (issue 6827), nothing is removed and the skip is reported", async () => {
    const setup = await graded();
    await applyColours(setup.context, GRADES, INCIDENT);
    setup.sheet.ruleReadBug = true;
    const result = await applyColours(setup.context, GRADES, INCIDENT);
    expect(result).toMatchObject({ added: 4, removed: 0, skipped: "read" });
    expect(ours(setup.sheet.rules)).toHaveLength(8);
    // The new rules sit on top, so the colours shown are the current ones.
    expect(setup.sheet.rules.slice(0, 4).map((r) => r.rule?.formula1)).toEqual(
      [...LABELS].reverse().map((l) => `="${l}"`)
    );
  });

  test("customer tiers get their own green-to-grey colours", async () => {
    const setup = await graded();
    await applyColours(setup.context, GRADES, TIER);
    expect(setup.sheet.rules.map((r) => r.rule?.formula1).sort()).toEqual([
      '="A"',
      '="B"',
      '="C"',
      '="D"',
      '="E"',
    ]);
  });

  test("a function without labels cannot be coloured", async () => {
    const setup = await graded();
    const numeric = {
      ...INCIDENT,
      editions: [{ ...INCIDENT.editions[0], labels: [], colours: [] }],
    };
    await expect(
      applyColours(setup.context, GRADES, numeric as GradingFunction)
    ).rejects.toMatchObject({ code: "noLabels" });
  });

  test("three syncs, four when old rules are removed, whatever the number of rows", async () => {
    for (const rows of [100, 100_000]) {
      const setup = await graded(rows);
      const address = `Sheet1!E2:E${rows + 1}`;
      const start = setup.batch.syncs;
      await applyColours(setup.context, address, INCIDENT);
      expect(setup.batch.syncs - start).toBe(3);
      await applyColours(setup.context, address, INCIDENT);
      expect(setup.batch.syncs - start).toBe(7);
    }
  });
});
