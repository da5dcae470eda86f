/**
 * The generated functions.json is the contract Excel registers: ids, parameter order and
 * result shapes must match the catalogue, and the zh-CN file must translate every entry.
 */
import { catalogue } from "../../src/grading";
import { customFunctionsById } from "../../src/functions/registry";
import { metadata } from "./dist";

const EXCEL_CELL_REFERENCE = /^[A-Z]{1,3}[0-9]{1,7}$/;
const R1C1_REFERENCE = /^R[0-9]*C[0-9]*$/;

describe("dist/functions.json", () => {
  const { functions } = metadata();
  const byId = new Map(functions.map((f) => [f.id, f]));

  test("has an entry for every custom function and nothing else", () => {
    expect([...byId.keys()].sort()).toEqual(Object.keys(customFunctionsById).sort());
    for (const id of ["CUSTOMERTIER", "CUSTOMERURGENCY", "INCIDENTLEVEL", "EXPLAIN"]) {
      expect(byId.has(id)).toBe(true);
    }
  });

  test.each(catalogue.map((fn) => [fn.id, fn] as const))(
    "%s: parameters in the catalogue's order, ranges in, a spilled matrix out",
    (id, fn) => {
      const entry = byId.get(id);
      expect(entry).toBeDefined();
      expect(entry!.parameters.map((p) => p.name)).toEqual(fn.params.map((p) => p.name));
      // Excel can omit only trailing arguments, so a parameter that may be blank but comes
      // before a required one (SHIPACCIDENTLEVEL's grossTonnage) is required in the metadata.
      fn.params.forEach((p, i) => {
        const omittable = fn.params.slice(i).every((q) => q.optional);
        expect([p.name, Boolean(entry!.parameters[i].optional)]).toEqual([p.name, omittable]);
      });
      expect(entry!.result.dimensionality).toBe("matrix");
      // The English help is the JSDoc, which also carries the boundary rules.
      expect(entry!.description.length).toBeGreaterThan(20);
    }
  );

  test("EXPLAIN takes the function id and repeating arguments", () => {
    const explain = byId.get("EXPLAIN")!;
    expect(explain.parameters[0].name).toBe("functionId");
    expect(explain.parameters[1].repeating).toBe(true);
    expect(explain.result.dimensionality).toBe("matrix");
  });

  test("ids and names are valid Excel function names and no cell reference", () => {
    for (const f of functions) {
      for (const name of [f.id, f.name]) {
        expect(name.length).toBeGreaterThanOrEqual(3);
        expect(name).toMatch(/^[A-Za-z][A-Za-z0-9._]*$/);
        expect(name).not.toMatch(EXCEL_CELL_REFERENCE);
        expect(name).not.toMatch(R1C1_REFERENCE);
      }
    }
  });
});

describe("dist/functions.zh-CN.json", () => {
  const english = metadata().functions;
  const chinese = metadata("functions.zh-CN.json").functions;

  test("translates every function and parameter and keeps every id and shape", () => {
    expect(chinese.map((f) => f.id)).toEqual(english.map((f) => f.id));
    chinese.forEach((zh, i) => {
      const en = english[i];
      expect(zh.name).not.toBe(en.name);
      expect(zh.name).toMatch(/\p{Script=Han}/u);
      expect(zh.description).toMatch(/\p{Script=Han}/u);
      expect(zh.parameters.map((p) => p.type)).toEqual(en.parameters.map((p) => p.type));
      expect(zh.result).toEqual(en.result);
      for (const p of zh.parameters) expect(p.description).toMatch(/\p{Script=Han}/u);
    });
  });

  test("uses the zh-CN names from the catalogue", () => {
    const names = new Map(chinese.map((f) => [f.id, f.name]));
    for (const fn of catalogue) expect(names.get(fn.id)).toBe(fn.name.zh);
    expect(names.get("EXPLAIN")).toBe("等级说明");
  });
});
