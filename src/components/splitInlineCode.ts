/** The lab's explanations mark values as `code`; this splits such text into plain and code runs for rendering as text. */
export function splitInlineCode(text: string): Array<{ code: boolean; text: string }> {
  return text
    .split(/(`[^`\n]+`)/)
    .filter((part) => part !== "")
    .map((part) => (/^`[^`\n]+`$/.test(part) ? { code: true, text: part.slice(1, -1) } : { code: false, text: part }));
}
