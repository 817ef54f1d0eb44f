import type * as Monaco from "monaco-editor/editor/editor.api.js";

/**
 * A small stateless Monarch grammar for raw HTTP requests: the request line, `Name: value` header lines,
 * and body text (strings, numbers, `key=value` pairs). Stateless so blank lines need no special handling.
 */
export const HTTP_LANGUAGE: Monaco.languages.IMonarchLanguage = {
  defaultToken: "",
  tokenizer: {
    root: [
      [/^([A-Z]+)( +)(\S+)( +)(HTTP\/\d(?:\.\d)?)$/, ["keyword", "", "string", "", "type"]],
      [/^([!#$%&'*+.^_`|~0-9A-Za-z-]+)(:)(.*)$/, ["attribute.name", "delimiter", "attribute.value"]],
      [/"(?:[^"\\]|\\.)*"/, "string"],
      [/-?\d+(?:\.\d+)?/, "number"],
      [/[A-Za-z_][\w.-]*(?==)/, "attribute.name"],
      [/[{}[\],:=&]/, "delimiter"],
    ],
  },
};
