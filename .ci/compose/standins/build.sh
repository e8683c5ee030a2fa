#!/usr/bin/env bash
# Builds the stand-ins for the official images (python, postgres, redis, nginx) from Debian
# bookworm's packages, for machines that can reach Debian's archive but no image registry.
#   .ci/compose/standins/build.sh          # the base once (debootstrap, ~35 s), then each stand-in
# The base is built only when `docker image inspect` does not find it; the stand-ins go
# through `docker build`, whose layer cache makes a repeat take a second or two. Builds use
# the host's network (--network host): the daemon runs without NAT, so a container on a
# bridge reaches nothing beyond this machine.
set -euo pipefail
cd "$(dirname "$0")"

BASE=stretchbase-standin/debian:bookworm
log() { printf '[standins] %s\n' "$*"; }

if ! docker image inspect "$BASE" >/dev/null 2>&1; then
    command -v debootstrap >/dev/null || {
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap
    }
    rootfs="$(mktemp -d /tmp/stretchbase-rootfs.XXXXXX)"
    trap 'rm -rf "$rootfs"' EXIT
    log "debootstrap --variant=minbase bookworm (base image $BASE)"
    debootstrap --variant=minbase bookworm "$rootfs" >"$rootfs.log" 2>&1 \
        || { tail -20 "$rootfs.log"; exit 1; }
    rm -f "$rootfs.log"
    # What Debian's own container images set up: security updates, no daemons started by
    # package scripts, no recommends, no package caches kept.
    sed -n 's#/debian bookworm main$#/debian-security bookworm-security main#p' \
        "$rootfs/etc/apt/sources.list" >>"$rootfs/etc/apt/sources.list"
    printf '#!/bin/sh\nexit 101\n' >"$rootfs/usr/sbin/policy-rc.d"
    chmod 755 "$rootfs/usr/sbin/policy-rc.d"
    printf 'APT::Install-Recommends "false";\nAPT::Install-Suggests "false";\n' \
        >"$rootfs/etc/apt/apt.conf.d/90stretchbase-no-recommends"
    printf 'DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb || true"; };\n' \
        >"$rootfs/etc/apt/apt.conf.d/90stretchbase-clean"
    rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
    tar -C "$rootfs" -c . | docker import \
        --change 'CMD ["bash"]' --change 'ENV LANG=C.UTF-8' - "$BASE" >/dev/null
    log "imported $BASE"
fi

for name in python postgres redis nginx; do
    tag="$(sed -n 's/^# tag: //p' "$name/Dockerfile")"
    log "docker build $tag"
    docker build --network host --tag "$tag" "$name" >"/tmp/stretchbase-standin-$name.log" 2>&1 \
        || { tail -30 "/tmp/stretchbase-standin-$name.log"; exit 1; }
    rm -f "/tmp/stretchbase-standin-$name.log"
done
log "stand-ins ready"
