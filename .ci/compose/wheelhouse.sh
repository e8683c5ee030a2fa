#!/usr/bin/env bash
# Fills .ci/compose/wheelhouse/ with the wheels the API image installs (the versions
# requirements.lock pins), so the image builds with `PIP_NO_INDEX=true` and no network.
#   .ci/compose/wheelhouse.sh [PYTHON_IMAGE]     # default: the stand-in, stretchbase-standin/python:3.11
# pip runs in the image itself, because environment markers differ between Python 3.11
# patch releases (redis needs async-timeout below 3.11.3), with this machine's network and
# certificate bundle. Skipped while requirements.lock, pyproject.toml and the image are the
# same as for the wheels already there.
set -euo pipefail
cd "$(dirname "$0")/../.."

image="${1:-stretchbase-standin/python:3.11}"
stamp="$(cat requirements.lock pyproject.toml | sha256sum | cut -c1-16)-$(docker image inspect -f '{{.Id}}' "$image" | cut -c8-19)"
if [[ "$(cat .ci/compose/wheelhouse/.stamp 2>/dev/null)" == "$stamp" ]]; then
    echo "[wheelhouse] up to date for $image"
    exit 0
fi
echo "[wheelhouse] pip download in $image (requirements.lock's versions)"
rm -f .ci/compose/wheelhouse/*.whl .ci/compose/wheelhouse/.stamp
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
certificates=()  # this machine's trust store, which may hold a CA the image lacks
if [[ -f /etc/ssl/certs/ca-certificates.crt ]]; then
    certificates=(-v /etc/ssl/certs/ca-certificates.crt:/etc/ssl/certs/host-ca-bundle.crt:ro
        -e PIP_CERT=/etc/ssl/certs/host-ca-bundle.crt)
fi
docker run --rm --network host "${certificates[@]}" -e PIP_DISABLE_PIP_VERSION_CHECK=1 \
    -v "$PWD:/src:ro" -v "$PWD/.ci/compose/wheelhouse:/wheelhouse" \
    "$image" sh -c 'python3 -m venv /tmp/venv \
        && python3 /src/.ci/compose/requirements.py /src/pyproject.toml >/tmp/requirements.txt \
        && /tmp/venv/bin/pip download --quiet --only-binary=:all: --dest /wheelhouse \
            -c /src/requirements.lock -r /tmp/requirements.txt' >"$log" 2>&1 \
    || { cat "$log"; exit 1; }
echo "$stamp" >.ci/compose/wheelhouse/.stamp
echo "[wheelhouse] $(ls .ci/compose/wheelhouse/*.whl | wc -l) wheels"
