/**
 * A typed client for the Stretchbase API.
 *
 * `schema.ts` is generated from `openapi/openapi.json` by openapi-typescript (`make clients`);
 * requests go through openapi-fetch. This file only fixes the media types, so that a read
 * without `fields=` is typed as the whole resource (`application/json`) and an error as an
 * RFC 9457 problem (`application/problem+json`).
 */
import createClient, { type Client, type ClientOptions } from "openapi-fetch";

import type { components, paths } from "./schema.js";

export type { components, paths } from "./schema.js";
export { applyChanges, type Bundle, type BundleDelta } from "./sync.js";

export type Schemas = components["schemas"];
export type Pose = Schemas["PosePublic"];
export type PoseSummary = Schemas["PoseSummary"];
export type Routine = Schemas["RoutinePublic"];
export type ComposeRequest = Schemas["ComposeRequest"];
export type MobilityLimit = Schemas["MobilityLimit"];
export type RedFlag = Schemas["RedFlag"];
export type ComposedRoutine = Schemas["ComposedRoutine"];
export type SavedComposition = Schemas["SavedComposition"];
export type Problem = Schemas["Problem"];

/** Whole resources, and problems for errors. */
export type FullMedia = "application/json" | "application/problem+json";
/** What a read with `fields=` answers: only the fields asked for, and problems for errors. */
export type SparseMedia = "application/vnd.stretchbase.fields+json" | "application/problem+json";

export type StretchbaseClient = Client<paths, FullMedia>;
export type SparseClient = Client<paths, SparseMedia>;

/** The client for every call: responses typed as the whole resource (`PosePublic`, …). */
export function createStretchbaseClient(options: ClientOptions = {}): StretchbaseClient {
  return createClient<paths, FullMedia>(options);
}

/**
 * For reads with `fields=` only (poses and routines): responses typed by the sparse schemas
 * (`PosePublicFields`, `PoseSummaryFieldsPage`, …), where every field is optional.
 */
export function createSparseClient(options: ClientOptions = {}): SparseClient {
  return createClient<paths, SparseMedia>(options);
}

/** A page of a list, as a list's `limit` and `offset` query parameters. */
export interface PageQuery {
  limit: number;
  offset: number;
}

/**
 * The page a list response's RFC 8288 `Link` header names with `rel` (`next` by default), or
 * undefined when there is none (the last page). Other filters stay as you sent them.
 */
export function linkedPage(response: Response, rel = "next"): PageQuery | undefined {
  const header = response.headers.get("link");
  if (header === null) {
    return undefined;
  }
  for (const link of header.split(",")) {
    const match = /<([^>]*)>\s*;\s*rel="([^"]*)"/.exec(link);
    if (match?.[1] !== undefined && match[2] === rel) {
      const query = new URL(match[1], "http://relative.invalid").searchParams;
      return { limit: Number(query.get("limit")), offset: Number(query.get("offset")) };
    }
  }
  return undefined;
}
