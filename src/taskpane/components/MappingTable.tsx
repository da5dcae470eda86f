/** Shows which column feeds each input, and lets the user point an input elsewhere. */
import * as React from "react";
import { Caption1, Field, Select } from "@fluentui/react-components";
import { Lang } from "../../grading";
import { ColumnMapping } from "../../grading/columns";
import { Strings } from "../strings";

export interface MappingTableProps {
  readonly t: Strings;
  readonly lang: Lang;
  readonly headers: readonly string[];
  readonly mapping: ColumnMapping;
  readonly onRemap: (paramName: string, column: number | null) => void;
}

export function MappingTable({ t, lang, headers, mapping, onRemap }: MappingTableProps) {
  return (
    <section aria-label={t.mappingHeading}>
      <Caption1 as="p" block>
        {t.mappingHeading}
      </Caption1>
      {mapping.columns.map(({ param, column, scale }) => {
        const tie = mapping.ambiguous.find((a) => a.param === param);
        return (
          <Field
            key={param.name}
            label={param.optional ? `${param.label[lang]}（${t.optional}）` : param.label[lang]}
            required={!param.optional}
            validationState={column === null && (!param.optional || tie) ? "error" : "none"}
            validationMessage={
              tie
                ? t.chooseAmong(
                    tie.columns.map((i) => headers[i]).join(lang === "en" ? ", " : "、")
                  )
                : undefined
            }
            hint={scale !== 1 ? t.scaled(scale) : undefined}
          >
            <Select
              value={column === null ? "" : String(column)}
              onChange={(_, data) =>
                onRemap(param.name, data.value === "" ? null : Number(data.value))
              }
            >
              <option value="">{t.notUsed}</option>
              {headers.map((h, i) =>
                h ? (
                  <option key={i} value={String(i)}>
                    {h}
                  </option>
                ) : null
              )}
            </Select>
          </Field>
        );
      })}
    </section>
  );
}
