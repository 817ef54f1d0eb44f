import type { PostForm } from "./types.ts";

/** How S3 answers a successful form upload: the status, and the redirect target when there is one. */
export interface PostSuccess {
  status: 200 | 201 | 204 | 303;
  redirect?: string;
}

/**
 * `success_action_redirect` (an http or https URL) wins and gives 303; else `success_action_status` 200 or 201;
 * anything else, or nothing, gives 204 (S3 API reference, POST Object: "If the value is not set or if it is set to
 * an invalid value, Amazon S3 returns an empty document with a 204 status code").
 */
export function getPostSuccess(form: PostForm): PostSuccess {
  const redirect = form.byName.get("success_action_redirect") ?? form.byName.get("redirect");
  if (redirect !== undefined && (redirect.startsWith("https://") || redirect.startsWith("http://"))) return { status: 303, redirect };
  const status = form.byName.get("success_action_status");
  return { status: status === "200" ? 200 : status === "201" ? 201 : 204 };
}
