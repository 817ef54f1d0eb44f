import { filterServiceOptions, type ServiceOption } from "./listServiceOptions.ts";

/**
 * Makes the "Service" select searchable: typing in the search box hides the options that do not match and says how
 * many remain; Enter (or a single match) picks the first match, as choosing it in the select would (a `change`
 * event on the select, which the playground already handles). The select stays the form's one control.
 */
export function mountServiceSearch(root: ParentNode): void {
  const search = root.querySelector<HTMLInputElement>("#sf-service-search");
  const select = root.querySelector<HTMLSelectElement>("#sf-service");
  const status = root.querySelector<HTMLElement>("#sf-service-count");
  if (!search || !select || !status) return;
  const options: ServiceOption[] = [...select.options].map((o) => ({ value: o.value, label: o.text, keywords: o.dataset.keywords ?? o.text.toLowerCase() }));
  const byValue = new Map([...select.options].map((o) => [o.value, o]));

  const apply = (): ServiceOption[] => {
    const kept = filterServiceOptions(options, search.value);
    const keep = new Set(kept.map((o) => o.value));
    for (const [value, option] of byValue) option.hidden = !keep.has(value) && value !== select.value;
    status.textContent = search.value.trim() === "" ? "" : kept.length === 0 ? "No service matches." : `${kept.length} of ${options.length} services match.`;
    return kept;
  };
  const pick = (value: string) => {
    if (value === select.value) return;
    select.value = value;
    select.dispatchEvent(new Event("change", { bubbles: true }));
  };

  search.addEventListener("input", () => {
    const kept = apply();
    if (kept.length === 1) pick(kept[0]!.value);
  });
  search.addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    const first = apply()[0];
    if (first) pick(first.value);
  });
}
