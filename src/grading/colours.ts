/**
 * Colour scales every standard draws its swatches from. Severity runs from dark red (most
 * severe) through orange and amber to green (least); customer tiers from green (A) to grey.
 * Each text colour meets WCAG AA (4.5:1) on its fill; test/unit/colours.test.ts checks it.
 */
import { Swatch } from "./types";

const WHITE = "#FFFFFF";
const BLACK = "#000000";

const DARK_RED: Swatch = { fill: "#8B0000", font: WHITE };
const RED_ORANGE: Swatch = { fill: "#C2410C", font: WHITE };
const ORANGE: Swatch = { fill: "#F08C00", font: BLACK };
const AMBER: Swatch = { fill: "#FFD43B", font: BLACK };
const LIGHT_GREEN: Swatch = { fill: "#B2F2BB", font: BLACK };
const GREEN: Swatch = { fill: "#2E7D32", font: WHITE };

/** A severity scale with `n` steps (2 to 6), most severe first. */
export function severityScale(n: number): Swatch[] {
  const scales: Record<number, Swatch[]> = {
    2: [DARK_RED, GREEN],
    3: [DARK_RED, AMBER, GREEN],
    4: [DARK_RED, ORANGE, AMBER, GREEN],
    5: [DARK_RED, RED_ORANGE, ORANGE, AMBER, GREEN],
    6: [DARK_RED, RED_ORANGE, ORANGE, AMBER, LIGHT_GREEN, GREEN],
  };
  const scale = scales[n];
  if (!scale) throw new Error(`no severity scale with ${n} steps`);
  return scale;
}

/** Customer tiers A to E: green to grey. */
export const tierScale: Swatch[] = [
  { fill: "#1B5E20", font: WHITE },
  { fill: "#4CAF50", font: BLACK },
  { fill: "#C8E6C9", font: BLACK },
  { fill: "#E0E0E0", font: BLACK },
  { fill: "#757575", font: WHITE },
];

/** A scale with `n` steps from best (green) to worst (dark red), for ranked outputs. */
export function qualityScale(n: number): Swatch[] {
  return severityScale(n).slice().reverse();
}
