/** What every reader shares: the parameter it names in messages, and what counts as blank. */
import { Cell, Text } from "../types";

/** Anything with a label that messages can name. */
export interface Named {
  readonly label: Text;
}

export function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}
