/**
 * The vocabulary shared by every standard: what a cell holds, what a grade is, and how a
 * standard is declared. Nothing here knows about Office; the add-in and the CLI adapt to it.
 */

/** A language GradeKit speaks to users in. */
export type Lang = "zh" | "en";

/** A piece of user-facing text in both languages. */
export interface Text {
  readonly zh: string;
  readonly en: string;
}

/** An error value that arrived as an input (an Excel error in a referenced cell). */
export interface InputError {
  readonly inputError: string;
}

/** One cell as the add-in or the CLI hands it over. `null`, `undefined` and "" are blank. */
export type Cell = number | string | boolean | null | undefined | InputError;

/** What a grading function returns for one row. */
export type GradeValue = string | number | boolean;

/** The two Excel errors GradeKit raises (Excel shows messages only for these). */
export type ErrorCode = "#VALUE!" | "#N/A";

/** A row that could not be graded, with the reason in both languages. */
export interface Failure {
  readonly kind: "failure";
  /** #VALUE! or #N/A for GradeKit's own failures; any Excel error code when passed through. */
  readonly code: string;
  readonly message: Text;
}

/** The result of grading one row. */
export interface Grade {
  readonly kind: "grade";
  readonly value: GradeValue;
  readonly edition: Edition;
  /**
   * The deciding criterion: what was observed and which threshold it met, or why none was.
   * Built only when EXPLAIN asks, so grading a large range does no string work.
   */
  readonly reason: () => Text;
  /** Further remarks EXPLAIN adds: overdue dates, ignored inputs, overlaps. */
  readonly notes?: readonly Text[];
}

/** A row whose required inputs are all blank: shown as an empty cell. */
export interface Blank {
  readonly kind: "blank";
}

export type Outcome = Grade | Failure | Blank;

/** A fill colour and the text colour drawn on it (WCAG AA contrast). */
export interface Swatch {
  readonly fill: string;
  readonly font: string;
}

/**
 * One edition of a standard: the document it comes from and the labels it grades into,
 * most severe (or best) first, each with its colour.
 */
export interface Edition {
  /** Canonical edition name shown to users, e.g. "国务院令第493号" or "JTG B01-2014". */
  readonly id: string;
  /** Other spellings and years that name this edition ("2007", "97"). */
  readonly aliases?: readonly string[];
  /** The issuing document. */
  readonly source: Text;
  /** The clause that sets the thresholds. */
  readonly clause: Text;
  /** The year the edition took effect, for STANDARDS. */
  readonly year: number;
  /** The labels in the standard's own order (most severe or best first). */
  readonly labels: readonly GradeValue[];
  /** One swatch per label, same order. Empty for numeric outputs. */
  readonly colours: readonly Swatch[];
}

/** How a parameter's cells are read. */
export type ParamKind =
  | "count"
  | "amount"
  | "money"
  | "percent"
  | "yesno"
  | "date"
  | "horizon"
  | "text"
  | "edition"
  | "option"
  | "population";

/** One parameter of a grading function, in the order users type it. */
export interface Param {
  readonly name: string;
  readonly kind: ParamKind;
  readonly label: Text;
  readonly description: Text;
  readonly optional?: boolean;
  /** Whether a blank row in this parameter makes the whole row blank (required inputs only). */
  readonly countsForBlank?: boolean;
  /** Column headers (Chinese and English) that map to this parameter when grading a table. */
  readonly headers?: readonly string[];
  /** Range parameters that describe a population are passed whole instead of lifted. */
  readonly lifted?: boolean;
}

/** A grading function: the declaration everything else reads, plus its rule. */
export interface GradingFunction {
  /** The custom-function id, e.g. "INCIDENTLEVEL". Never changes once shipped. */
  readonly id: string;
  readonly name: Text;
  readonly description: Text;
  /** Which task-pane group it belongs to. */
  readonly group: "customers" | "accidents" | "quality" | "other";
  readonly params: readonly Param[];
  /** Editions, the default first. */
  readonly editions: readonly Edition[];
  /**
   * Grades one row. `row` holds one cell per parameter (population parameters hold the
   * whole range). Throws a GradeFailure for input that cannot be read or is not covered.
   */
  grade(row: readonly Cell[], context: GradeContext): Grade;
}

/** What a rule may need beyond its inputs. */
export interface GradeContext {
  /** Today's date as an Excel serial, used when `asOf` is omitted. */
  readonly today: number;
}
