/** Where an answer came from. */
export type AnswerSource = "person" | "paste" | "live";

/**
 * The one wording of where an answer came from: the trail, the agent view, the copied summary and
 * the print view all say it this way.
 */
export function provenanceLabel(source: AnswerSource, pasteRule?: string | null): string {
  switch (source) {
    case "person":
      return "answered by the person";
    case "paste":
      return pasteRule ? `from a pasted error (rule ${pasteRule})` : "from a pasted error";
    case "live":
      return "read from the organization's settings";
  }
}
