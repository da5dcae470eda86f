/** Picks the grading standard, grouped as the catalogue declares (customers, accidents…). */
import * as React from "react";
import { Caption1, Field, Select } from "@fluentui/react-components";
import { catalogue, GradingFunction, Lang } from "../../grading";
import { Strings } from "../strings";

const GROUPS: GradingFunction["group"][] = ["customers", "accidents", "quality", "other"];

export interface StandardPickerProps {
  readonly t: Strings;
  readonly lang: Lang;
  readonly value: GradingFunction | null;
  readonly onChange: (id: string) => void;
}

function optionText(fn: GradingFunction, lang: Lang): string {
  return lang === "en" ? fn.id : `${fn.name.zh}（${fn.id}）`;
}

export function StandardPicker({ t, lang, value, onChange }: StandardPickerProps) {
  return (
    <Field label={t.standard}>
      <Select value={value?.id ?? ""} onChange={(_, data) => onChange(data.value)}>
        <option value="" disabled>
          {t.chooseStandard}
        </option>
        {GROUPS.map((group) => {
          const members = catalogue.filter((fn) => fn.group === group);
          if (members.length === 0) return null;
          return (
            <optgroup key={group} label={t.groups[group]}>
              {members.map((fn) => (
                <option key={fn.id} value={fn.id}>
                  {optionText(fn, lang)}
                </option>
              ))}
            </optgroup>
          );
        })}
      </Select>
      {value && <Caption1 block>{value.description[lang]}</Caption1>}
    </Field>
  );
}
