#!/usr/bin/env bash
# Installs (when missing) and starts what the integration tests need on a Debian machine:
# a Docker engine without a bridge network, a plain registry on 127.0.0.1:5000 and an
# htpasswd-protected one on 127.0.0.1:5001 (user "ci", password "ci-secret").
# Idempotent: a service that already answers is left alone.
set -euo pipefail

state=${ADB_STATE_DIR:-/tmp/adb-services}
mkdir -p "$state"

need=()
command -v dockerd >/dev/null || need+=(docker.io)
command -v docker-registry >/dev/null || need+=(docker-registry)
command -v htpasswd >/dev/null || need+=(apache2-utils)
command -v zstd >/dev/null || need+=(zstd)
if ((${#need[@]})); then
  echo "installing ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

if ! docker info >/dev/null 2>&1; then
  # No bridge: containers and builds use --network host and talk to 127.0.0.1 only.
  ip link delete docker0 2>/dev/null || true
  nohup dockerd --bridge=none --iptables=false >"$state/dockerd.log" 2>&1 &
  for _ in $(seq 1 60); do docker info >/dev/null 2>&1 && break; sleep 1; done
  docker info >/dev/null 2>&1 || { tail -20 "$state/dockerd.log"; echo "dockerd did not start" >&2; exit 1; }
fi

start_registry() { # name port [htpasswd-file]
  local name=$1 port=$2 auth=${3:-}
  if curl -s -o /dev/null "http://127.0.0.1:$port/v2/" ; then return 0; fi
  mkdir -p "$state/$name"
  {
    echo "version: 0.1"
    echo "log: {level: warn}"
    echo "storage: {filesystem: {rootdirectory: $state/$name/data}, delete: {enabled: true}}"
    echo "http: {addr: 127.0.0.1:$port}"
    if [[ -n $auth ]]; then echo "auth: {htpasswd: {realm: test, path: $auth}}"; fi
  } >"$state/$name/config.yml"
  nohup docker-registry serve "$state/$name/config.yml" >"$state/$name.log" 2>&1 &
  for _ in $(seq 1 30); do curl -s -o /dev/null "http://127.0.0.1:$port/v2/" && return 0; sleep 0.5; done
  echo "registry $name did not start on $port" >&2
  exit 1
}

start_registry registry 5000
htpasswd -Bbn ci ci-secret >"$state/htpasswd"
start_registry registry-auth 5001 "$state/htpasswd"
echo "docker engine, registry 127.0.0.1:5000 and auth registry 127.0.0.1:5001 are up"
