#!/usr/bin/env bash
# `make compose-test`: build the images and run the compose stack, two API replicas behind
# the nginx proxy, then check it as a user would (tests/deploy/smoke.py says what it checks).
#
# No image registry is reachable here, so the stack runs on stand-ins built from Debian's
# packages (.ci/compose/standins/), and the API image installs its packages from wheels
# downloaded into .ci/compose/wheelhouse/ first: the build itself has no network. Starts dockerd
# if none runs (without NAT: containers reach this machine only) and stops what it started.
set -euo pipefail
cd "$(dirname "$0")/../.."

PYTHON="${PYTHON:-.venv/bin/python}"
PROJECT="${COMPOSE_PROJECT_NAME:-stretchbase-smoke}"
ENV_FILE="${STRETCHBASE_COMPOSE_ENV:-.ci/compose/standins.env}"
WORK="$(mktemp -d /tmp/stretchbase-compose-test.XXXXXX)"
STARTED_DOCKERD=""
SECONDS=0

log() { printf '[compose-test %3ds] %s\n' "$SECONDS" "$*"; }
quietly() { "$@" >"$WORK/step.log" 2>&1 || { cat "$WORK/step.log"; return 1; }; }

cleanup() {
    local status=$?
    if [[ -n "$STARTED_DOCKERD" ]]; then
        log "stopping the dockerd this run started (pid $STARTED_DOCKERD)"
        kill "$STARTED_DOCKERD" 2>/dev/null || true
        for _ in $(seq 60); do kill -0 "$STARTED_DOCKERD" 2>/dev/null || break; sleep 0.5; done
    fi
    rm -rf "$WORK"
    exit "$status"
}
trap cleanup EXIT

missing=()
command -v dockerd >/dev/null || missing+=(docker.io)
command -v docker-compose >/dev/null || missing+=(docker-compose)
command -v debootstrap >/dev/null || missing+=(debootstrap)
if ((${#missing[@]})); then
    log "apt-get install ${missing[*]}"
    quietly apt-get update -qq
    quietly env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

if ! docker info >/dev/null 2>&1; then
    log "starting dockerd (--iptables=false: no NAT, no route off this machine)"
    dockerd --iptables=false --ip-forward=false --ip-masq=false >"$WORK/dockerd.log" 2>&1 &
    STARTED_DOCKERD=$!
    for _ in $(seq 120); do docker info >/dev/null 2>&1 && break; sleep 0.5; done
    docker info >/dev/null 2>&1 || { tail -20 "$WORK/dockerd.log"; exit 1; }
fi

log "stand-in images (.ci/compose/standins/build.sh)"
.ci/compose/standins/build.sh

python_image="$(sed -n 's/^PYTHON_IMAGE=//p' "$ENV_FILE")"
log "the API's wheels (.ci/compose/wheelhouse.sh)"
.ci/compose/wheelhouse.sh "$python_image"

export COMPOSE_PROJECT_NAME="$PROJECT" PIP_NO_INDEX=true
log "docker-compose build (the API image, from $python_image, no network during the build)"
quietly docker-compose --env-file "$ENV_FILE" build

log "smoke test (tests/deploy/smoke.py)"
"$PYTHON" tests/deploy/smoke.py --project "$PROJECT" --env-file "$ENV_FILE"
log "done"
