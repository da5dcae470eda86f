/** Every swatch of every standard: text meets WCAG AA contrast on its fill. */
import { catalogue } from "../../src/grading";

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe("colours", () => {
  const editions = catalogue.flatMap((fn) => fn.editions.map((e) => [fn.id, e] as const));

  test.each(editions)("%s %#: one swatch per text label, each readable", (_id, edition) => {
    const textLabels = edition.labels.filter((l) => typeof l === "string");
    if (textLabels.length > 0) expect(edition.colours).toHaveLength(edition.labels.length);
    for (const swatch of edition.colours) {
      expect(swatch.fill).toMatch(/^#[0-9A-F]{6}$/);
      expect(contrast(swatch.fill, swatch.font)).toBeGreaterThanOrEqual(4.5);
    }
  });

  test("severity scales run from dark red to green; tiers from green to grey", () => {
    const incident = catalogue.find((f) => f.id === "INCIDENTLEVEL")!.editions[0].colours;
    expect(incident[0].fill).toBe("#8B0000");
    expect(incident[incident.length - 1].fill).toBe("#2E7D32");
    const tiers = catalogue.find((f) => f.id === "CUSTOMERTIER")!.editions[0].colours;
    expect(tiers[0].fill).toBe("#1B5E20");
    expect(tiers[4].fill).toBe("#757575");
  });
});
