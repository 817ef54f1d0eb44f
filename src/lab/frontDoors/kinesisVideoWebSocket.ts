import { VALID_TEMPORARY } from "../faults/constants.ts";
import { messageBody, renderDoorJson } from "./renderDoorJson.ts";
import type { FrontDoor } from "./types.ts";

const CHANNEL_ARN = "arn%3Aaws%3Akinesisvideo%3Aus-east-1%3A123456789012%3Achannel%2Fsigfix-demo%2F1700000000000";

/**
 * Kinesis Video Streams WebRTC signaling: a presigned WebSocket URL, signing name `kinesisvideo`. Unlike IoT,
 * the session token must be inside the canonical query (the WebRTC SDK's SigV4RequestSigner says so), so a signer
 * that copies IoT's "token after signing" rule gets 403.
 */
export const kinesisVideoWebSocket: FrontDoor = {
  id: "kinesis-video-websocket",
  title: "Kinesis Video Streams WebRTC signaling (WebSocket)",
  signingName: "kinesisvideo",
  baseService: "kinesis-video-signaling",
  sampleRequest: (region) =>
    `GET /?X-Amz-ChannelARN=${CHANNEL_ARN}&X-Amz-ClientId=sigfix-viewer HTTP/1.1\r\nHost: m-1a2b3c4d.kinesisvideo.${region}.amazonaws.com\r\n\r\n`,
  mode: "query",
  credentials: { ...VALID_TEMPORARY },
  signsContentSha256: false,
  tokenAfterSigning: false,
  tokenOutsideSignature: false,
  signatureDetail: false,
  reword: (verdict) => (verdict.failedCheck === "signature" ? { ...verdict, confidence: "uncertain" } : verdict),
  renderError: (verdict, ctx) => renderDoorJson(verdict, ctx, { body: messageBody, errorTypeSuffix: "" }),
  modelNote: "X-Amz-Security-Token is part of the canonical query like every other parameter; the handshake's 403 body is not captured (uncertain).",
  facts: [
    {
      claim: "The signing name is `kinesisvideo`; X-Amz-ChannelARN (and X-Amz-ClientId for a viewer) are signed query parameters, X-Amz-Expires is 299 in the SDK, and the session token is signed: \"KVS Signaling Service requires that the session token is added to the canonical request.\"",
      sources: ["https://github.com/awslabs/amazon-kinesis-video-streams-webrtc-sdk-js (src/SigV4RequestSigner.ts)"],
      confidence: "confirmed",
    },
    {
      claim: "A badly signed URL (or missing kinesisvideo:ConnectAsMaster/ConnectAsViewer permission) fails the handshake with 403; no public capture shows the body.",
      sources: [
        "https://github.com/awslabs/amazon-kinesis-video-streams-webrtc-sdk-js/issues/59",
        "https://github.com/aws/aws-sdk-go/issues/4588",
      ],
      confidence: "uncertain",
    },
  ],
};
