// Lists every type assertion (`x as T`, `<T>x`) and non-null assertion (`x!`) in the
// TypeScript files given, and exits 1 if there is any: the clients' code must type-check
// under `strict` without them. `as const` is allowed (it asserts nothing about a value).
//
//   node tests/clients/no_casts.mjs clients/typescript/src/index.ts clients/typescript/examples/example.ts
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(new URL("../../clients/typescript/package.json", import.meta.url));
const ts = require("typescript");

const found = [];
for (const file of process.argv.slice(2)) {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    const isConst =
      ts.isAsExpression(node) &&
      ts.isTypeReferenceNode(node.type) &&
      node.type.typeName.getText(source) === "const";
    if ((ts.isAsExpression(node) && !isConst) || ts.isTypeAssertionExpression(node) || ts.isNonNullExpression(node)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      found.push(`${file}:${line + 1}: ${node.getText(source)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}
for (const line of found) console.log(line);
process.exit(found.length > 0 ? 1 : 0);
