/** What each colour means: the standard's labels in order, each on its own fill. */
import * as React from "react";
import { Caption1 } from "@fluentui/react-components";
import { GradingFunction } from "../../grading";
import { gradeScale } from "../grade-scale";

export interface LegendProps {
  readonly fn: GradingFunction;
  readonly heading: string;
}

export function Legend({ fn, heading }: LegendProps) {
  const steps = gradeScale(fn);
  if (steps.length === 0) return null;
  return (
    <figure style={{ margin: "8px 0" }} aria-label={heading}>
      <Caption1 as="p" block>
        {heading}
      </Caption1>
      <ol
        style={{
          listStyle: "none",
          padding: 0,
          margin: 0,
          display: "flex",
          flexWrap: "wrap",
          gap: 4,
        }}
      >
        {steps.map(({ label, swatch }) => (
          <li
            key={String(label)}
            style={{
              background: swatch.fill,
              color: swatch.font,
              padding: "2px 8px",
              borderRadius: 4,
              fontSize: 12,
            }}
          >
            {String(label)}
          </li>
        ))}
      </ol>
    </figure>
  );
}
