/** The task pane: the add-in's name and the grading functions it provides. */
import * as React from "react";
import {
  Body1,
  FluentProvider,
  Subtitle2,
  Title3,
  webLightTheme,
} from "@fluentui/react-components";
import { catalogue } from "../grading/catalogue";

export interface AppProps {
  insideExcel: boolean;
  language: string;
}

export function App({ insideExcel, language }: AppProps): React.ReactElement {
  const zh = !language.toLowerCase().startsWith("en");
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 16 }}>
        <Title3 as="h1">GradeKit</Title3>
        {!insideExcel && (
          <Body1 as="p" role="status">
            {zh
              ? "此页面需要在 Excel 中作为加载项打开。"
              : "This page must be opened inside Excel as an add-in."}
          </Body1>
        )}
        <Subtitle2 as="h2">{zh ? "评级函数" : "Grading functions"}</Subtitle2>
        <ul>
          {catalogue.map((fn) => (
            <li key={fn.id}>
              <code>=GRADE.{fn.id}</code> {zh ? fn.name.zh : fn.description.en}
            </li>
          ))}
        </ul>
      </main>
    </FluentProvider>
  );
}
