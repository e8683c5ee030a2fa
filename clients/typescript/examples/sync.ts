/**
 * Offline sync with the generated client: take the full bundle, change a safety rule through
 * the editors' API (a key with the rules:write scope, in STRETCHBASE_KEY), take the changes
 * since the bundle's version, apply them, and check the copy equals the new full bundle.
 *
 *   STRETCHBASE_KEY=sb_… node dist/examples/sync.js http://127.0.0.1:8000
 */
import { isDeepStrictEqual } from "node:util";

import { applyChanges, createStretchbaseClient, type Bundle } from "../src/index.js";

const baseUrl = process.argv[2] ?? process.env["STRETCHBASE_URL"] ?? "http://127.0.0.1:8000";
const key = process.env["STRETCHBASE_KEY"];
if (key === undefined) {
  throw new Error("STRETCHBASE_KEY: an editor's key with the rules:write scope");
}
const client = createStretchbaseClient({ baseUrl });
const RULE = "session-breathe-slowly";

async function fullBundle(): Promise<{ bundle: Bundle; bytes: number }> {
  const { data, error, response } = await client.GET("/v1/bundle");
  if (error !== undefined) {
    throw new Error(`bundle: ${response.status}`);
  }
  return { bundle: data, bytes: JSON.stringify(data).length };
}

// 1. The full bundle: the app's local copy.
const first = await fullBundle();
let local = first.bundle;
console.log(
  `full: version ${local.content_version}, ${local.poses.length} poses, ` +
    `${local.safety_rules.length} rules, ${first.bytes} bytes of JSON`,
);

// 2. A write through the API: the rule's message, with its ETag as the precondition.
const rule = await client.GET("/v1/safety-rules/{slug}", { params: { path: { slug: RULE } } });
const etag = rule.response.headers.get("etag");
if (rule.error !== undefined || etag === null) {
  throw new Error(`read ${RULE}: ${rule.response.status}`);
}
const message = `${rule.data.message.replace(/ \(checked [^)]*\)$/, "")} (checked ${Date.now()})`;
const patched = await client.PATCH("/v1/safety-rules/{slug}", {
  params: { path: { slug: RULE }, header: { "if-match": etag } },
  headers: { authorization: `Bearer ${key}`, "content-type": "application/merge-patch+json" },
  body: { message },
});
if (patched.error !== undefined) {
  throw new Error(`patch ${RULE}: ${patched.response.status} ${patched.error.detail}`);
}
console.log(
  `write: PATCH /v1/safety-rules/${RULE} → ${patched.response.status}, ` +
    `content version ${patched.response.headers.get("content-version") ?? "?"}`,
);

// 3. The changes since the local copy's version, applied to it.
const changes = await client.GET("/v1/bundle/changes", {
  params: { query: { since: local.content_version } },
});
if (changes.error !== undefined) {
  throw new Error(`changes: ${changes.response.status} ${changes.error.detail}`);
}
const delta = changes.data;
const changed = Object.entries(delta.changed)
  .filter(([, items]) => items.length > 0)
  .map(([name, items]) => `${name} ${items.length}`);
const retired = Object.values(delta.retired).reduce((sum, keys) => sum + keys.length, 0);
console.log(
  `changes: ${delta.since} → ${delta.content_version}, changed ${changed.join(", ")}, ` +
    `retired ${retired}, ${JSON.stringify(delta).length} bytes of JSON`,
);
local = applyChanges(local, delta);

// 4. The local copy is now the full bundle of the new version.
const second = await fullBundle();
const same = isDeepStrictEqual(local, second.bundle);
console.log(`local copy equals the full bundle at version ${second.bundle.content_version}: ${same}`);
if (!same) {
  process.exit(1);
}
