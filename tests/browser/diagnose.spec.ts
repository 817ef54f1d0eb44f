import { test, expect } from "@playwright/test";
import type { Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const ERRORS_DIR = fileURLToPath(new URL("../../content/errors/", import.meta.url));

interface Row {
  code: string;
  message: string;
  protocol: string;
  shortLink?: boolean;
}
interface Guide {
  slug: string;
  title: string;
  responses: Row[];
}

/** Every guide's frontmatter, read the way a reader would: from the .mdx files themselves. */
const guides: Guide[] = readdirSync(ERRORS_DIR)
  .filter((name) => name.endsWith(".mdx"))
  .sort()
  .map((name) => {
    const frontmatter = readFileSync(path.join(ERRORS_DIR, name), "utf8").split(/^---\s*$/m)[1] ?? "";
    const data = parse(frontmatter) as { title: string; guide?: { responses: Row[] } };
    return { slug: name.replace(/\.mdx$/, ""), title: data.title, responses: data.guide?.responses ?? [] };
  })
  .filter((guide) => guide.responses.length > 0);

/** The error as a reader's tool prints it, one SDK style per protocol family. */
function errorLine(row: Row): string {
  switch (row.protocol) {
    case "awsQuery":
    case "ec2Query":
      return `An error occurred (${row.code}) when calling the GetCallerIdentity operation: ${row.message}`;
    case "restXml":
      return `operation error S3: ListBuckets, https response error StatusCode: 403, RequestID: 4442587FB7D0A2F9, HostID: aGVsbG8=, api error ${row.code}: ${row.message}`;
    case "restJson1":
    case "apiGateway":
      return `com.amazonaws.AmazonServiceException: ${row.message} (Service: AWSLambda; Status Code: 403; Error Code: ${row.code}; Request ID: 1b4f7d0e-0000-4000-8000-000000000000; Proxy: null)`;
    default:
      return `${row.code}: ${row.message}\n    at throwDefaultError (node_modules/@smithy/smithy-client/dist-cjs/index.js:840:20)`;
  }
}

const codes = [...new Set(guides.flatMap((g) => g.responses.map((r) => r.code)))].sort();

async function paste(page: Page, text: string) {
  await page.getByLabel("Error message, response body, Authorization header or presigned URL").fill(text);
  await page.getByRole("button", { name: "Diagnose" }).click();
  return page.getByRole("region", { name: "Diagnosis" });
}

test.describe("diagnose: every code a guide declares", () => {
  test("the guides declare codes", () => {
    expect(codes.length).toBeGreaterThan(10);
  });

  for (const code of codes) {
    test(`pasting ${code} with its guide's exact message names that guide`, async ({ page }) => {
      const owner = guides.find((g) => g.responses.some((r) => r.code === code && r.shortLink !== false));
      const guide = owner ?? guides.find((g) => g.responses.some((r) => r.code === code))!;
      const row = guide.responses.find((r) => r.code === code && (owner ? r.shortLink !== false : true))!;
      await page.goto("/diagnose/");
      const result = await paste(page, errorLine(row));
      const link = result.getByRole("link", { name: guide.title, exact: true }).first();
      await expect(link).toBeVisible();
      await expect(link).toHaveAttribute("href", `/errors/${guide.slug}/`);
    });
  }

  for (const guide of guides) {
    test(`every response row of ${guide.slug} names a guide that quotes that exact row`, async ({ page }) => {
      await page.goto("/diagnose/");
      for (const row of guide.responses) {
        const quoting = guides.filter((g) => g.responses.some((r) => r.code === row.code && r.message === row.message));
        const result = await paste(page, errorLine(row));
        const guideLink = result.locator("p", { hasText: "Guide:" }).getByRole("link");
        await expect(guideLink, `${row.code}: ${row.message}`).toHaveCount(1);
        const href = await guideLink.getAttribute("href");
        expect(quoting.map((g) => `/errors/${g.slug}/`), `${row.code}: ${row.message}`).toContain(href);
      }
    });
  }
});

test.describe("diagnose: the page", () => {
  test("the final period decides the likely cause, linked by its anchor", async ({ page }) => {
    await page.goto("/diagnose/");
    let result = await paste(page, "An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid");
    await expect(result.locator("p", { hasText: "Likely cause:" }).getByRole("link")).toHaveAttribute("href", "/errors/security-token-invalid/#stale-session-token");
    // With the period, several causes give this exact error and the line cannot tell them apart: a ranked list says so.
    result = await paste(page, "An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.");
    await expect(result.locator("p", { hasText: "Possible causes:" })).toContainText("cannot tell them apart");
    await expect(result.locator("ol > li").first().getByRole("link")).toHaveAttribute("href", "/errors/security-token-invalid/#asia-key-without-token");
  });

  test("sends nothing anywhere and renders pasted markup as text", async ({ page }) => {
    await page.goto("/diagnose/");
    await page.waitForLoadState("networkidle");
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    const result = await paste(page, '<Error><Code>AccessDenied</Code><Message>Request has expired<img src="https://attacker.example/x.png" onerror="window.pwned=1"></Message></Error>');
    await expect(result).toBeVisible();
    await expect(result.locator("img")).toHaveCount(0);
    await expect(result).toContainText('<img src="https://attacker.example/x.png"');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(requests).toEqual([]);
  });

  test("says what to paste for empty, oversized and binary input", async ({ page }) => {
    await page.goto("/diagnose/");
    await expect(await paste(page, "")).toContainText("Nothing to diagnose yet");
    await expect(await paste(page, "A".repeat(300_000))).toContainText("more than the 256 thousand this page reads");
    await expect(await paste(page, "\u0000\u0001\u0002PK\u0003\u0004")).toContainText("binary data");
  });

  test("offers the canonical-request diff for S3's SignatureDoesNotMatch", async ({ page }) => {
    await page.goto("/diagnose/");
    const result = await paste(
      page,
      "<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message><AWSAccessKeyId>AKIAIOSFODNN7EXAMPLE</AWSAccessKeyId><CanonicalRequest>GET\n/a%20b\n\nhost:bucket.s3.amazonaws.com\n\nhost\nUNSIGNED-PAYLOAD</CanonicalRequest><RequestId>4442587FB7D0A2F9</RequestId></Error>",
    );
    await result.getByLabel("Your canonical request").fill("GET\n/a%2520b\n\nhost:bucket.s3.amazonaws.com\n\nhost\nUNSIGNED-PAYLOAD");
    await expect(result).toContainText("Differs in: path.");
  });

  test("a raw PermanentRedirect body names the redirect guide and its first cause in view (cinely/mule-uploader#42)", async ({ page }) => {
    await page.goto("/diagnose/");
    const result = await paste(
      page,
      "<Error>\n<Code>PermanentRedirect</Code>\n<Message>\nThe bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint.\n</Message>\n<Bucket>bucket-name</Bucket>\n<Endpoint>bucket-name.s3.amazonaws.com</Endpoint>\n<RequestId>C2D331A80BF608E3</RequestId>\n</Error>",
    );
    await expect(result).toContainText("Read an S3 XML error body: PermanentRedirect: The bucket you are attempting to access");
    // Diagnose brings the result up by itself: the heading sits below Starlight's fixed header, in view.
    const heading = result.getByRole("heading", { name: "Diagnosis" });
    await expect(heading).toBeInViewport();
    const headingBox = await heading.boundingBox();
    const headerBox = await page.locator("header.header").boundingBox();
    expect(headingBox!.y).toBeGreaterThanOrEqual(headerBox!.y + headerBox!.height - 1);
    const guide = result.locator("p", { hasText: "Guide:" }).getByRole("link");
    await expect(guide).toHaveAttribute("href", "/errors/s3-permanent-redirect/");
    await expect(guide).toBeInViewport();
    const cause = result.locator("p", { hasText: "Likely cause:" }).getByRole("link");
    await expect(cause).toHaveAttribute("href", "/errors/s3-permanent-redirect/#path-style-global-endpoint");
    await expect(cause).toBeInViewport();
  });

  // The page's own content; the header (Starlight's search button) is covered by site.spec.ts on every template.
  test("axe finds no violation in the page's content, empty and with a full diagnosis", async ({ page }) => {
    await page.goto("/diagnose/");
    let results = await new AxeBuilder({ page }).include("main").analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`)).toEqual([]);
    await paste(
      page,
      "An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.\nAuthorization: AWS4-HMAC-SHA256 Credential=ASIASIGFIXVALID00001/20150830/us-east-1/sts/aws4_request, SignedHeaders=host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7",
    );
    await expect(page.getByRole("region", { name: "Diagnosis" })).toContainText("Likely cause:");
    results = await new AxeBuilder({ page }).include("main").analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`)).toEqual([]);
  });
});
