// Reading Bot API parameters the way the Bot API server does: from the query string plus a JSON,
// urlencoded or multipart body. Values keep their wire form (multipart and urlencoded give strings);
// the typed readers below convert them, so a handler never guesses.
import type { IncomingMessage } from "node:http";
import { ApiError } from "./errors.js";

/** A file part of a multipart body (grammY sends InputFile this way, named by an attach:// id). */
export interface Upload {
  readonly kind: "upload";
  fieldName: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

export type Params = Record<string, unknown>;

// The Bot API's own cap on a multipart upload is 50 MB.
const MAX_BODY_BYTES = 50 * 1024 * 1024;

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY_BYTES) throw new ApiError(413, "Request Entity Too Large");
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

export function parseParams(url: URL, contentType: string | undefined, body: Buffer): Params {
  const params: Params = Object.fromEntries(url.searchParams);
  if (body.length === 0) return params;
  const type = (contentType ?? "").toLowerCase();
  if (type.startsWith("multipart/form-data")) {
    const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? "");
    if (!boundary) throw new ApiError(400, "Bad Request: multipart boundary is missing");
    const uploads = new Map<string, Upload>();
    for (const part of parseMultipart(body, boundary[1] ?? boundary[2] ?? "")) {
      if (part.filename === undefined) params[part.name] = part.data.toString("utf8");
      else {
        const upload: Upload = {
          kind: "upload",
          fieldName: part.name,
          filename: part.filename,
          contentType: part.contentType,
          data: part.data,
        };
        uploads.set(part.name, upload);
      }
    }
    resolveAttachments(params, uploads);
    return params;
  }
  if (type.startsWith("application/x-www-form-urlencoded")) {
    for (const [k, v] of new URLSearchParams(body.toString("utf8"))) params[k] = v;
    return params;
  }
  let json: unknown;
  try {
    json = JSON.parse(body.toString("utf8"));
  } catch {
    throw new ApiError(400, "Bad Request: can't parse JSON object");
  }
  if (!isRecord(json)) throw new ApiError(400, "Bad Request: can't parse JSON object");
  return Object.assign(params, json);
}

/** `document: "attach://x"` → the upload named x; a file part named after the parameter is used directly. */
function resolveAttachments(params: Params, uploads: Map<string, Upload>): void {
  const used = new Set<Upload>();
  for (const [key, value] of Object.entries(params)) {
    if (typeof value !== "string" || !value.startsWith("attach://")) continue;
    const upload = uploads.get(value.slice("attach://".length));
    if (!upload) throw new ApiError(400, `Bad Request: file "${value}" was not found in the request`);
    params[key] = upload;
    used.add(upload);
  }
  for (const [name, upload] of uploads) {
    if (!used.has(upload) && params[name] === undefined) params[name] = upload;
  }
}

interface Part {
  name: string;
  filename: string | undefined;
  contentType: string;
  data: Buffer;
}

function parseMultipart(body: Buffer, boundary: string): Part[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: Part[] = [];
  let pos = body.indexOf(delimiter);
  while (pos !== -1) {
    let start = pos + delimiter.length;
    if (body.subarray(start, start + 2).toString() === "--") break;
    if (body.subarray(start, start + 2).toString() === "\r\n") start += 2;
    const next = body.indexOf(delimiter, start);
    if (next === -1) break;
    // The CRLF before the next delimiter belongs to the delimiter, not to the data.
    const end = body.subarray(next - 2, next).toString() === "\r\n" ? next - 2 : next;
    const headerEnd = body.indexOf("\r\n\r\n", start);
    if (headerEnd !== -1 && headerEnd < end) {
      const headers = body.subarray(start, headerEnd).toString("utf8");
      // grammY writes `content-disposition:form-data;name="x";filename=y` without spaces or quotes.
      const name = dispositionParam(headers, "name");
      const filename = dispositionParam(headers, "filename");
      const contentType = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim() ?? "application/octet-stream";
      if (name) parts.push({ name, filename, contentType, data: body.subarray(headerEnd + 4, end) });
    }
    pos = next;
  }
  return parts;
}

/** A content-disposition parameter, quoted or not; "name" must not match inside "filename". */
function dispositionParam(headers: string, key: string): string | undefined {
  const match = new RegExp(`(?<![A-Za-z])${key}=(?:"([^"]*)"|([^;\\r\\n]+))`, "i").exec(headers);
  return match ? (match[1] ?? match[2]?.trim()) : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function isUpload(value: unknown): value is Upload {
  return isRecord(value) && value.kind === "upload" && Buffer.isBuffer(value.data);
}

// ---- typed readers ---------------------------------------------------------------------------------

export function optString(p: Params, key: string): string | undefined {
  const v = p[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  throw new ApiError(400, `Bad Request: field "${key}" must be of type String`);
}

export function optInt(p: Params, key: string): number | undefined {
  const v = p[key];
  if (v === undefined || v === null || v === "") return undefined;
  const num = typeof v === "number" ? v : typeof v === "string" && /^\s*-?\d+\s*$/.test(v) ? Number(v) : Number.NaN;
  if (!Number.isInteger(num)) throw new ApiError(400, `Bad Request: field "${key}" must be of type Integer`);
  return num;
}

export function reqInt(p: Params, key: string): number {
  const v = optInt(p, key);
  if (v === undefined) throw new ApiError(400, `Bad Request: ${key} is empty`);
  return v;
}

export function optBool(p: Params, key: string): boolean {
  const v = p[key];
  return v === true || v === "true" || v === "1" || v === 1;
}

/** An object or array parameter: sent as JSON inside JSON, or as a JSON string in form bodies. */
export function optJson(p: Params, key: string, what = "JSON object"): unknown {
  const v = p[key];
  if (v === undefined || v === null || v === "") return undefined;
  if (typeof v !== "string") return v;
  try {
    return JSON.parse(v);
  } catch {
    throw new ApiError(400, `Bad Request: can't parse ${what}`);
  }
}
