import { VALID_TEMPORARY } from "../faults/constants.ts";
import { messageBody, renderDoorJson } from "./renderDoorJson.ts";
import type { FrontDoor } from "./types.ts";

/**
 * AWS IoT Core MQTT over WebSocket: a presigned `GET /mqtt`, signing name `iotdevicegateway`. IoT computes the
 * canonical query without X-Amz-Security-Token, so the token must be appended after signing; a URL whose
 * signature covers the token fails the handshake with 403.
 */
export const iotWebSocket: FrontDoor = {
  id: "iot-websocket",
  title: "AWS IoT Core MQTT over WebSocket",
  signingName: "iotdevicegateway",
  baseService: "iot-data",
  sampleRequest: (region) => `GET /mqtt HTTP/1.1\r\nHost: a1b2c3d4e5f6g7-ats.iot.${region}.amazonaws.com\r\n\r\n`,
  mode: "query",
  credentials: { ...VALID_TEMPORARY },
  signsContentSha256: false,
  tokenAfterSigning: true,
  tokenOutsideSignature: true,
  signatureDetail: false,
  reword: (verdict) =>
    verdict.failedCheck === "signature"
      ? { ...verdict, outcome: "ForbiddenException", confidence: "uncertain" }
      : verdict,
  // x-amzn-ErrorType "ForbiddenException:" with the trailing colon, as captured (odelot/aws-mqtt-websockets#54).
  renderError: (verdict, ctx) =>
    renderDoorJson(verdict, ctx, { body: messageBody, errorTypeSuffix: verdict.outcome === "ForbiddenException" ? ":" : "" }),
  modelNote: "the canonical query leaves out X-Amz-Security-Token; a mismatch answers 403 with x-amzn-ErrorType ForbiddenException: and a body whose text is not captured (uncertain).",
  facts: [
    {
      claim: "The signing name is `iotdevicegateway`, the path /mqtt, and with temporary credentials X-Amz-Security-Token is appended after the signature, outside the canonical query.",
      sources: [
        "https://github.com/aws/aws-iot-device-sdk-js (device/index.js prepareWebSocketUrl / signUrl)",
        "https://docs.aws.amazon.com/iot/latest/developerguide/mqtt-ws.html",
        "https://github.com/aws/aws-sdk-js/issues/1456",
      ],
      confidence: "confirmed",
    },
    {
      claim: "A URL whose signature covers the token (what the SDKs' generic presigners do) is refused during the WebSocket handshake with 403.",
      sources: ["https://github.com/aws/aws-sdk-js/issues/1456", "https://github.com/aws-amplify/amplify-flutter/issues/6079", "https://github.com/aws/aws-sdk-cpp/pull/338"],
      confidence: "confirmed",
    },
    {
      claim: "The 403 carries x-amzn-ErrorType: ForbiddenException: and a JSON body; no public capture shows the body's text, and a browser shows only \"Unexpected response code: 403\".",
      sources: ["https://github.com/odelot/aws-mqtt-websockets/issues/54", "https://github.com/aws-samples/aws-iot-examples/issues/1"],
      confidence: "uncertain",
    },
  ],
};
