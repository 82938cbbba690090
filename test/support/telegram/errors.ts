import type { ResponseParameters } from "grammy/types";

/** An error the fake returns as `{ ok: false, error_code, description, parameters? }` with that HTTP status. */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly code: number,
    readonly description: string,
    readonly parameters?: ResponseParameters,
  ) {
    super(description);
  }
}

export const badRequest = (what: string, parameters?: ResponseParameters) =>
  new ApiError(400, `Bad Request: ${what}`, parameters);
export const forbidden = (what: string) => new ApiError(403, `Forbidden: ${what}`);
export const tooManyRequests = (retryAfter: number) =>
  new ApiError(429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter });
