// Get a pose and compose a routine, typed from the spec: no casts, no non-null assertions.
//   npm ci && npm run build && node dist/examples/quickstart.js http://127.0.0.1:8000
import { createStretchbaseClient } from "../src/index.js";

const client = createStretchbaseClient({ baseUrl: process.argv[2] ?? "http://127.0.0.1:8000" });

const pose = await client.GET("/v1/poses/{slug}", { params: { path: { slug: "childs-pose" } } });
if (pose.error) throw new Error(pose.error.detail);
console.log(`${pose.data.name}: ${pose.data.steps.length} steps`);

const composed = await client.POST("/v1/routines/compose", {
  body: { pain_level: 5, mobility_limits: ["cannot_kneel"] },
});
if (composed.error) throw new Error(composed.error.detail);
const names = composed.data.items.map((item) => item.pose.name);
console.log(`${composed.data.outcome}: ${names.join(", ")} (${composed.data.total_seconds} s)`);
