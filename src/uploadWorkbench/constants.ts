import { DEFAULT_CREDENTIALS, EXAMPLE_SERVER_NOW, FORM_DATA_BOUNDARY } from "../lab/index.ts";

/** Every upload is signed at the lab's fixed example time, so answers and links are reproducible. */
export const SIGNED_AT = EXAMPLE_SERVER_NOW;

/** The documented example key of the lab's default world: the workbench never asks for, or links, a secret. */
export const WORKBENCH_CREDENTIALS = DEFAULT_CREDENTIALS;

/** The page the upload runs from: a browser sends it as Origin (CORS); S3 does not sign it. */
export const EXAMPLE_ORIGIN = "https://app.example.com";

/** The lab's fixed boundary of Chrome's form (`----WebKitFormBoundary` plus 16 characters), so bytes reproduce. */
export const FORM_BOUNDARY = FORM_DATA_BOUNDARY;

/** The curl whose default headers the workbench shows (curl sends `User-Agent: curl/<version>`). */
export const CURL_USER_AGENT = "curl/8.5.0";

/** How many bytes of a body the page prints before it abridges the rest (the lab always judges every byte). */
export const SHOWN_BODY_BYTES = 240;
