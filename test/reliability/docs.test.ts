/** docs/reliability.md names a test group for every row; each must exist. */
import { readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const page = readFileSync(join(ROOT, "docs", "reliability.md"), "utf8");

describe("docs/reliability.md", () => {
  const named = [...page.matchAll(/`(bad-inputs|data-safety|security) › ([^`]+)`/g)];

  test("names the tests of every input, risk and threat", () => {
    expect(named.length).toBeGreaterThanOrEqual(20);
  });

  test.each(named.map((m) => [m[1], m[2]]))("%s › %s exists", (file, group) => {
    const source = readFileSync(join(__dirname, `${file}.test.ts`), "utf8");
    expect(source).toMatch(new RegExp(`describe\\(\\s*["'\`]${escape(group)}["'\`]`));
  });

  test.each([...page.matchAll(/`(test\/[\w/.-]+\.test\.ts)`/g)].map((m) => m[1]))(
    "%s exists",
    (file) => {
      expect(() => readFileSync(join(ROOT, file))).not.toThrow();
    }
  );
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
