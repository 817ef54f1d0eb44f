import { SAMPLE_OBJECT_BODY } from "../lab.ts";
import type { ObjectStore } from "./createObjectStore.ts";

/**
 * A fresh endpoint holds the lab's sample object, `sigfix-example/hello.txt`, so the README's GetObject examples
 * and presigned GET URLs answer 200 before anything was uploaded.
 */
export function seedObjectStore(store: ObjectStore): ObjectStore {
  store.put("sigfix-example", "hello.txt", new TextEncoder().encode(SAMPLE_OBJECT_BODY), [["content-type", "text/plain"]], new Date(Date.UTC(2024, 0, 1)));
  return store;
}
