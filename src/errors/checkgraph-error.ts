/** Closed set of error categories: who has to act on the error. */
export type ErrorCategory = "input" | "vendor" | "model" | "plan" | "internal";

/** Closed set of error codes used across checkgraph. */
export type ErrorCode =
  | "INVALID_INPUT"
  | "INVALID_CONFIG"
  | "INVALID_PLAN"
  | "MODEL_FAILED"
  | "VENDOR_FAILED"
  | "LISTS_UNAVAILABLE"
  | "CHECK_FAILED"
  | "DUPLICATE_RESULT"
  | "INTERNAL";

const marker = Symbol.for("checkgraph.error");

/**
 * Base class of every error checkgraph raises on purpose. Messages and context
 * never carry applicant data: they name fields, task ids and vendors instead.
 */
export class CheckgraphError extends Error {
  readonly [marker] = true;
  readonly code: ErrorCode;
  readonly category: ErrorCategory;
  readonly context: Readonly<Record<string, unknown>>;

  constructor(
    code: ErrorCode,
    category: ErrorCategory,
    message: string,
    options: { context?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.category = category;
    this.context = Object.freeze({ ...(options.context ?? {}) });
  }

  /** Checks the marker, so errors from another copy of the module are recognised too. */
  static isInstance(value: unknown): value is CheckgraphError {
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[marker] === true;
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, code: this.code, category: this.category, message: this.message, context: this.context };
  }
}

/** One problem in user input: the dotted field path, what is wrong, and how to fix it. */
export interface InputIssue {
  field: string;
  message: string;
  fix: string;
}

/** Raised when a request, a file or an option is invalid; carries every issue found. */
export class InputError extends CheckgraphError {
  readonly issues: readonly InputIssue[];

  constructor(issues: InputIssue[], summary = "Invalid input") {
    const lines = issues.map((issue) => `  ${issue.field}: ${issue.message}. Fix: ${issue.fix}`);
    super("INVALID_INPUT", "input", `${summary}:\n${lines.join("\n")}`, { context: { fields: issues.map((i) => i.field) } });
    this.issues = issues;
  }
}
