#!/bin/sh
# Generates both clients from openapi/openapi.json: `make clients` (into clients/), and the
# drift test (into a temporary directory, compared with what is committed).
#
#   clients/generate.sh [OUT]    OUT defaults to clients/; writes OUT/typescript/src/schema.ts
#                                and OUT/python/stretchbase_client/
#
# Needs clients/typescript/node_modules (npm ci) and .venv-clients (the pinned generator):
# `make clients` installs both.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out=$(mkdir -p "${1:-$root/clients}" && cd "${1:-$root/clients}" && pwd)
spec="$root/openapi/openapi.json"

# TypeScript: types only (openapi-fetch, a dependency, makes the requests). Defaults are not
# taken as "always present": a request may leave out what has a default (`red_flags`, `save`),
# and a sparse (`fields=`) response may leave out any field its schema does not require.
mkdir -p "$out/typescript/src"
(cd "$root/clients/typescript" && node_modules/.bin/openapi-typescript "$spec" \
    --default-non-nullable false --output "$out/typescript/src/schema.ts" >/dev/null)

# Python: the package only (--meta none); clients/python/pyproject.toml and README.md are ours.
rm -rf "$out/python/stretchbase_client"
mkdir -p "$out/python"
PATH="$root/.venv-clients/bin:$PATH" "$root/.venv-clients/bin/openapi-python-client" generate \
    --path "$spec" --meta none --config "$root/clients/python/openapi-python-client.yaml" \
    --output-path "$out/python/stretchbase_client" --fail-on-warning >/dev/null
# PEP 561: the package is typed (mypy checks it with the project's settings).
touch "$out/python/stretchbase_client/py.typed"
