// Every regular expression written in the project's source: the literals (`/…/flags`) and the
// `new RegExp("…")` / `RegExp("…")` calls whose pattern is a string literal, found with TypeScript's own parser.
// `.astro` files contribute their frontmatter and their <script> blocks. A RegExp built from a non-literal is
// listed with `source: null`, so the linter can insist that someone looks at it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export interface FoundRegex {
  file: string;
  line: number;
  source: string | null;
  flags: string;
}

const EXTENSIONS = [".ts", ".mts", ".mjs", ".js", ".astro"];

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full));
    else if (EXTENSIONS.some((ext) => entry.name.endsWith(ext))) out.push(full);
  }
  return out;
}

/** The TypeScript parts of an .astro file, each with the line it starts on. */
function astroParts(text: string): { code: string; firstLine: number }[] {
  const parts: { code: string; firstLine: number }[] = [];
  const lineOf = (index: number) => text.slice(0, index).split("\n").length;
  if (text.startsWith("---")) {
    const end = text.indexOf("\n---", 3);
    if (end > 0) parts.push({ code: text.slice(3, end), firstLine: 1 });
  }
  let from = 0;
  for (;;) {
    const open = text.indexOf("<script", from);
    if (open < 0) break;
    const bodyStart = text.indexOf(">", open) + 1;
    if (bodyStart === 0) break;
    if (text[bodyStart - 2] === "/") {
      from = bodyStart; // <script … /> has no body
      continue;
    }
    const close = text.indexOf("</script>", bodyStart);
    if (close < 0) break;
    parts.push({ code: text.slice(bodyStart, close), firstLine: lineOf(bodyStart) });
    from = close + 9;
  }
  return parts;
}

function scan(file: string, code: string, firstLine: number, found: FoundRegex[]): void {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + firstLine;
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const text = node.text;
      const slash = text.lastIndexOf("/");
      found.push({ file, line: lineOf(node), source: text.slice(1, slash), flags: text.slice(slash + 1) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === "RegExp") {
      const [pattern, flags] = node.arguments ?? [];
      const literal = (arg: ts.Expression | undefined) =>
        arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) ? arg.text : null;
      found.push({ file, line: lineOf(node), source: literal(pattern), flags: literal(flags) ?? "" });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

export function findRegexes(roots: string[]): FoundRegex[] {
  const found: FoundRegex[] = [];
  for (const root of roots) {
    for (const file of listFiles(root)) {
      const text = readFileSync(file, "utf8");
      if (file.endsWith(".astro")) for (const part of astroParts(text)) scan(file, part.code, part.firstLine, found);
      else scan(file, text, 1, found);
    }
  }
  return found;
}
