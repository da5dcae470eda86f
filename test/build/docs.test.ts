/** The user documentation covers every function the add-in registers. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { customFunctionsById } from "../../src/functions/registry";

const docs = readFileSync(join(__dirname, "..", "..", "docs", "functions.md"), "utf8");

describe("docs/functions.md", () => {
  test.each(Object.keys(customFunctionsById))("documents %s with an example formula", (id) => {
    expect(docs).toMatch(new RegExp(`^### ${id} `, "m"));
    expect(docs).toContain(`=GRADE.${id}(`);
  });
});
