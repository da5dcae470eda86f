/** Reading the built add-in in dist/ (npm test builds it first, via pretest). */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const DIST = join(__dirname, "..", "..", "dist");

export function distFile(name: string): string {
  const file = join(DIST, name);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  return readFileSync(file, "utf8");
}

export interface FunctionEntry {
  id: string;
  name: string;
  description: string;
  parameters: {
    name: string;
    description?: string;
    type: string;
    dimensionality?: string;
    optional?: boolean;
    repeating?: boolean;
  }[];
  result: { type?: string; dimensionality?: string };
}

export function metadata(file = "functions.json"): { functions: FunctionEntry[] } {
  return JSON.parse(distFile(file));
}
