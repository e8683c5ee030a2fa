/**
 * The Stretchbase API through the generated TypeScript client: list poses page by page,
 * read one and revalidate it, compose a routine (GET and POST), save it, read it back by its
 * Location, delete it, and read a 422 and a 404 as problems.
 *
 *   npm ci && npm run build && node dist/examples/example.js http://127.0.0.1:8000
 */
import {
  createStretchbaseClient,
  linkedPage,
  type MobilityLimit,
  type PageQuery,
  type Problem,
} from "../src/index.js";

const baseUrl = process.argv[2] ?? process.env["STRETCHBASE_URL"] ?? "http://127.0.0.1:8000";
const client = createStretchbaseClient({ baseUrl });

function fail(what: string, response: Response, problem?: Problem | string): never {
  const detail = typeof problem === "object" ? problem.detail : "";
  throw new Error(`${what}: unexpected ${response.status} ${detail}`);
}

function problemLine(problem: Problem): string {
  const fields = (problem.errors ?? []).map((error) => `${error.location}.${error.field}`);
  const invalid = fields.length > 0 ? ` [${fields.join(", ")}]` : "";
  return `${problem.status} ${problem.title}${invalid}: ${problem.detail}`;
}

console.log(`Stretchbase at ${baseUrl}`);

// Every pose, five at a time, following the Link header's rel="next" to the last page.
const names: string[] = [];
let page: PageQuery | undefined = { limit: 5, offset: 0 };
let pages = 0;
while (page !== undefined) {
  const { data, error, response } = await client.GET("/v1/poses", { params: { query: page } });
  if (error !== undefined) fail("list poses", response, error);
  names.push(...data.items.map((pose) => pose.name));
  pages += 1;
  page = linkedPage(response);
}
console.log(`list: ${names.length} poses in ${pages} pages (Link rel="next"): ${names.join(", ")}`);

// One pose, typed as the whole PosePublic: its steps are there, no cast needed.
const slug = "childs-pose";
const got = await client.GET("/v1/poses/{slug}", { params: { path: { slug } } });
if (got.error !== undefined) fail("get pose", got.response, got.error);
const pose = got.data;
console.log(
  `pose: ${pose.name} (${pose.slug}), ${pose.steps.length} steps, ` +
    `${pose.modifications.length} modifications; step 1: ${pose.steps[0]?.text ?? "none"}`,
);

// Revalidate with its ETag: 304 Not Modified, no body (and not counted against the limit).
const etag = got.response.headers.get("etag");
if (etag === null) fail("get pose: no ETag", got.response);
const again = await client.GET("/v1/poses/{slug}", {
  params: { path: { slug } },
  headers: { "If-None-Match": etag },
});
console.log(`revalidate: ${again.response.status} for If-None-Match ${etag}`);

// Compose for someone with moderate pain who cannot kneel: GET form, then POST form.
const limits: MobilityLimit[] = ["cannot_kneel"];
const asked = { pain_level: 5, mobility_limits: limits };
const viaGet = await client.GET("/v1/routines/compose", { params: { query: asked } });
if (viaGet.error !== undefined) fail("compose (GET)", viaGet.response, viaGet.error);
const composed = viaGet.data;
const replaced = composed.excluded.map((exclusion) => {
  const rules = exclusion.rules.map((rule) => rule.slug).join(", ");
  const by = exclusion.substituted_by ? `, replaced by ${exclusion.substituted_by.name}` : "";
  return `${exclusion.pose.name} (${rules}${by})`;
});
console.log(
  `compose (GET): ${composed.outcome}, pain band ${composed.pain_band}, ` +
    `${composed.items.length} poses, ${composed.total_seconds} s; left out: ${replaced.join("; ")}`,
);
const viaPost = await client.POST("/v1/routines/compose", { body: asked });
if (viaPost.error !== undefined) fail("compose (POST)", viaPost.response, viaPost.error);
const sameItems = JSON.stringify(viaPost.data.items) === JSON.stringify(composed.items);
console.log(
  `compose (POST): ${viaPost.data.outcome}, ${viaPost.data.items.length} poses, ` +
    `${sameItems ? "the same items as the GET" : "DIFFERENT items from the GET"}`,
);

// Save it: 201, a Location, and the deletion token (shown only in this answer).
const save = await client.POST("/v1/routines/compose", { body: { ...asked, save: true } });
if (save.error !== undefined) fail("save", save.response, save.error);
if (!("deletion_token" in save.data)) fail("save: no deletion token", save.response);
const saved = save.data;
const location = save.response.headers.get("location");
console.log(
  `save: ${save.response.status}, Location ${location}, id ${saved.id}, expires ${saved.expires_at}`,
);

// Read it back from its Location.
const savedId = location?.split("/").pop() ?? "";
const back = await client.GET("/v1/routines/{slug_or_id}", {
  params: { path: { slug_or_id: savedId } },
});
if (back.error !== undefined) fail("read back", back.response, back.error);
console.log(
  `read back: ${back.data.name} (${back.data.kind}), id ${back.data.id}, ` +
    `${back.data.items.length} poses, ${back.data.total_seconds} s`,
);

// Delete it with its token, then it is gone.
const deleted = await client.DELETE("/v1/routines/{slug_or_id}", {
  params: { path: { slug_or_id: saved.id } },
  headers: { Authorization: `Bearer ${saved.deletion_token}` },
});
console.log(`delete: ${deleted.response.status}`);
const gone = await client.GET("/v1/routines/{slug_or_id}", {
  params: { path: { slug_or_id: saved.id } },
});
console.log(`read after delete: ${gone.error ? problemLine(gone.error) : gone.response.status}`);

// Errors are problems (application/problem+json), typed as Problem.
const tooMany = await client.GET("/v1/poses", { params: { query: { limit: 500 } } });
console.log(`422: ${tooMany.error ? problemLine(tooMany.error) : tooMany.response.status}`);
const missing = await client.GET("/v1/poses/{slug}", {
  params: { path: { slug: "no-such-pose" } },
});
console.log(`404: ${missing.error ? problemLine(missing.error) : missing.response.status}`);
