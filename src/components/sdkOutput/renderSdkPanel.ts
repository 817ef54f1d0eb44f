import type { SdkOutput } from "../../sdkOutput/index.ts";

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: { className?: string; text?: string } = {}, ...children: Node[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  node.append(...children);
  return node;
}

/** One client's panel: the exact text, its class or stream, the fields, what it does on its own, the sources. */
export function renderSdkPanel(o: SdkOutput): DocumentFragment {
  const frag = document.createDocumentFragment();
  frag.append(el("p", { className: "title", text: o.title }));
  // A CLI's text starts and ends with a newline on stderr; shown without them, the stream is named below.
  const shown = o.stream === "stderr" ? o.text.replace(/^\n/, "").replace(/\n$/, "") : o.text;
  frag.append(el("pre", { text: shown }));
  const where = o.stream === "stderr" ? `Printed on standard error; exit code ${o.exitCode}.` : "Thrown as ";
  const meta = el("p", { className: "meta", text: where });
  if (o.stream === "exception") meta.append(el("code", { text: o.exceptionClass }), ".");
  if (o.note) meta.append(` ${o.note}`);
  frag.append(meta);
  const dl = el("dl");
  for (const [k, v] of o.fields) dl.append(el("dt", { text: k }), el("dd", { text: v === "" ? "(empty)" : v }));
  frag.append(dl);
  const behaviour = el("p", { className: "behaviour", text: `On its own: ${o.behaviour.summary}` });
  behaviour.dataset.retries = String(o.behaviour.retries);
  frag.append(behaviour);
  frag.append(el("p", { className: "sources", text: `Format from ${o.sources.map((s) => `${s.repo} ${s.path}`).join("; ")}.` }));
  return frag;
}
