/**
 * The formula engine's (HyperFormula's) error messages in the user's language. The messages
 * GradeKit can recognise for certain — by error type and the exact wording HyperFormula uses —
 * are translated; any other message of the engine is shown as it is, labelled as the engine's.
 * GradeKit's own messages (from the GRADE functions) are already in the user's language.
 */
import { ErrorType } from "hyperformula";
import { Lang, pick, Text } from "../grading";
import { messages } from "../grading/messages";

/** HyperFormula's wording (src/error-message.ts), matched whole. */
const ENGINE_MESSAGES: readonly [ErrorType, RegExp, (name: string) => Text][] = [
  [ErrorType.NAME, /^Named expression (.+) not recognized\.$/, messages.unknownName],
  [ErrorType.NAME, /^Function name (.+) not recognized\.$/, messages.unknownFormulaFunction],
  [ErrorType.NA, /^Wrong number of arguments\.$/, () => messages.wrongArgumentCount],
];

/**
 * Messages the GRADE functions handed to the engine. Kept only while a calculation's results
 * are read (`forgetOwnMessages`), so a long stream of formulas does not accumulate them.
 */
const ownMessages = new Set<string>();

export function rememberOwnMessage(message: string): string {
  ownMessages.add(message);
  return message;
}

export function forgetOwnMessages(): void {
  ownMessages.clear();
}

/** An error's message as the user should read it; "" when it has none. */
export function engineErrorMessage(type: ErrorType, message: string, lang: Lang): string {
  if (!message || ownMessages.has(message)) return message;
  for (const [errorType, pattern, text] of ENGINE_MESSAGES) {
    const m = type === errorType ? pattern.exec(message) : null;
    if (m) return pick(text(m[1] ?? ""), lang);
  }
  return pick(messages.formulaEngineSaid(message), lang);
}
