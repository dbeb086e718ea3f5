/** A data problem located in a file, reported as `file:line:column rule: detail`. */
export interface Problem {
  file: string;
  /** 1-based line of the file. */
  line: number;
  /** 1-based column: the field's position in the CSV row. */
  column: number;
  rule: string;
  detail: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column} ${p.rule}: ${p.detail}`;
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
