/** The outcome of the last operation, one message per line. */
import * as React from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { Status } from "../usePane";

export function StatusBar({ status }: { readonly status: Status | null }) {
  if (!status) return null;
  return (
    <MessageBar intent={status.intent} role="status" layout="multiline">
      <MessageBarBody>
        {status.lines.map((line, i) => (
          <p key={i} style={{ margin: "2px 0" }}>
            {line}
          </p>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
