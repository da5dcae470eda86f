/** The task pane: grade, colour, summarise, refresh — in the user's display language. */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Divider,
  Field,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
  Title3,
  webLightTheme,
} from "@fluentui/react-components";
import { Lang } from "../grading";
import { ConfirmDialog } from "./components/ConfirmDialog";
import { Legend } from "./components/Legend";
import { MappingTable } from "./components/MappingTable";
import { StandardPicker } from "./components/StandardPicker";
import { StatusBar } from "./components/StatusBar";
import { dataAddress, regionAddress } from "./excel/region";
import { REQUIRED_EXCEL_API } from "./excel/requirements";
import { PaneOptions, usePane } from "./usePane";

export interface AppProps extends PaneOptions {
  readonly insideExcel: boolean;
}

const section: React.CSSProperties = { display: "flex", flexDirection: "column", gap: 8 };

export function App(props: AppProps): React.ReactElement {
  const { insideExcel, lang, isSetSupported } = props;
  const pane = usePane(props);
  const { t, fn, inspection, mapping, busy } = pane;
  const supported = insideExcel && isSetSupported("ExcelApi", REQUIRED_EXCEL_API);
  const ready = supported && !busy;
  const headers = inspection?.region.columns.map((c) => c.header) ?? [];

  return (
    <FluentProvider theme={webLightTheme} lang={lang === "en" ? "en" : "zh-CN"}>
      <main style={{ padding: 16, display: "flex", flexDirection: "column", gap: 12 }}>
        <header>
          <Title3 as="h1" block>
            GradeKit
          </Title3>
          <Body1 as="p" block>
            {t.subtitle}
          </Body1>
        </header>
        {!insideExcel && <Notice text={t.outsideExcel} />}
        {insideExcel && !supported && <Notice text={t.needsNewerExcel(REQUIRED_EXCEL_API)} />}

        <section style={section} aria-labelledby="step-grade">
          <Subtitle2 as="h2" id="step-grade">
            {t.steps.grade}
          </Subtitle2>
          <StandardPicker t={t} lang={lang} value={fn} onChange={pane.chooseStandard} />
          <Caption1 as="p" block>
            {t.selectFirst}
          </Caption1>
          <Button onClick={pane.findData} disabled={!ready || !fn}>
            {t.findData}
          </Button>
          {inspection && (
            <Caption1 as="p" block>
              {t.region(
                regionAddress(inspection.region),
                inspection.region.rowCount,
                inspection.region.table
              )}
              <br />
              {t.target(
                dataAddress(inspection.region, inspection.target.column),
                inspection.target.replacing
              )}
            </Caption1>
          )}
          {inspection && mapping && (
            <MappingTable
              t={t}
              lang={lang}
              headers={headers}
              mapping={mapping}
              onRemap={pane.remap}
            />
          )}
          <Button appearance="primary" onClick={pane.writeGrades} disabled={!ready || !mapping}>
            {t.writeGrades}
          </Button>
        </section>
        <Divider />

        <section style={section} aria-labelledby="step-colour">
          <Subtitle2 as="h2" id="step-colour">
            {t.steps.colour}
          </Subtitle2>
          {fn && <Legend fn={fn} heading={t.legend} />}
          <Button onClick={pane.colour} disabled={!ready || !fn}>
            {t.colour}
          </Button>
        </section>
        <Divider />

        <section style={section} aria-labelledby="step-summary">
          <Subtitle2 as="h2" id="step-summary">
            {t.steps.summary}
          </Subtitle2>
          <Field label={t.split}>
            <Select value={pane.split ?? ""} onChange={(_, d) => pane.setSplit(d.value || null)}>
              <option value="">{t.noSplit}</option>
              {inspection?.region.columns
                .filter((c) => c.header && !c.grade)
                .map((c) => (
                  <option key={c.header} value={c.header}>
                    {c.header}
                  </option>
                ))}
            </Select>
          </Field>
          <Button onClick={pane.summarise} disabled={!ready || !fn}>
            {t.summarise}
          </Button>
        </section>
        <Divider />

        <section style={section} aria-labelledby="step-refresh">
          <Subtitle2 as="h2" id="step-refresh">
            {t.steps.refresh}
          </Subtitle2>
          <Button onClick={pane.refresh} disabled={!ready}>
            {t.refresh}
          </Button>
        </section>

        {busy && <Spinner size="tiny" />}
        <StatusBar status={pane.status} />
        {pane.confirm && (
          <ConfirmDialog
            title={pane.confirm.title}
            body={pane.confirm.body}
            yes={t.confirm}
            no={t.cancel}
            onYes={pane.confirm.onYes}
            onClose={pane.closeConfirm}
          />
        )}
      </main>
    </FluentProvider>
  );
}

function Notice({ text }: { readonly text: string }) {
  return (
    <MessageBar intent="warning" role="status">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
