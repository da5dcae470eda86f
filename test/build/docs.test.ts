/** The user documentation covers every function the add-in registers, and its links resolve. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { customFunctionsById } from "../../src/functions/registry";

const docs = readFileSync(join(__dirname, "..", "..", "docs", "functions.md"), "utf8");

describe("docs/functions.md", () => {
  test.each(Object.keys(customFunctionsById))("documents %s with an example formula", (id) => {
    expect(docs).toMatch(new RegExp(`^### ${id} `, "m"));
    expect(docs).toContain(`=GRADE.${id}(`);
  });
});

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

describe("links in README.md and docs/", () => {
  const root = join(__dirname, "..", "..");
  const pages = [
    "README.md",
    ...readdirSync(join(root, "docs"))
      .filter((f) => f.endsWith(".md"))
      .map((f) => `docs/${f}`),
  ];

  test.each(pages)("every relative link and anchor in %s resolves", (page) => {
    const text = readFileSync(join(root, page), "utf8");
    const anchorsOf = (file: string) => {
      const md = readFileSync(file, "utf8");
      return new Set([
        ...[...md.matchAll(/<a id="([^"]+)"/g)].map((m) => m[1]),
        ...[...md.matchAll(/^#+ (.+)$/gm)].map((m) => slug(m[1])),
      ]);
    };
    const broken: string[] = [];
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^(https?|mailto):/.test(target)) continue;
      const [path, anchor] = target.split("#");
      const file = path === "" ? join(root, page) : join(root, dirname(page), path);
      if (!existsSync(file)) broken.push(target);
      else if (anchor && file.endsWith(".md") && !anchorsOf(file).has(anchor)) broken.push(target);
    }
    expect(broken).toEqual([]);
  });
});
