import { DEFAULT_CREDENTIALS, EXAMPLE_SERVER_NOW } from "../lab/index.ts";

/** Every upload is signed at the lab's fixed example time, so answers and links are reproducible. */
export const SIGNED_AT = EXAMPLE_SERVER_NOW;

/** The documented example key of the lab's default world: the workbench never asks for, or links, a secret. */
export const WORKBENCH_CREDENTIALS = DEFAULT_CREDENTIALS;

/** The page the upload runs from: a browser sends it as Origin (CORS); S3 does not sign it. */
export const EXAMPLE_ORIGIN = "https://app.example.com";

/**
 * Chrome's multipart boundary is `----WebKitFormBoundary` plus 16 random alphanumerics; a fixed one keeps the
 * bytes reproducible. source: Blink's FormDataEncoder::GenerateUniqueBoundaryString,
 * https://github.com/chromium/chromium/blob/main/third_party/blink/renderer/platform/network/form_data_encoder.cc,
 * single-source.
 */
export const FORM_BOUNDARY = "----WebKitFormBoundarySigfixExample0";

/** The curl whose default headers the workbench shows (curl sends `User-Agent: curl/<version>`). */
export const CURL_USER_AGENT = "curl/8.5.0";

/** How many bytes of a body the page prints before it abridges the rest (the lab always judges every byte). */
export const SHOWN_BODY_BYTES = 240;
