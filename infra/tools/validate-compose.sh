#!/usr/bin/env bash
# Validates docker-compose.yml (syntax, schema, interpolation) without a Docker engine.
#
#   infra/tools/validate-compose.sh            validate only (`config -q`)
#   infra/tools/validate-compose.sh --print    validate, then print the resolved config on
#                                              stdout: JSON with the compose plugin,
#                                              YAML with Debian's docker-compose 1.x
#   infra/tools/validate-compose.sh --strict-env
#                                              no stand-in secrets and no .env file: shows
#                                              that the file refuses to run without them
#
# Tool, first that works: `docker compose` (CLI plugin), `docker-compose` on PATH, or, as
# root with apt-get, Debian's `docker-compose` package installed on the spot.
# Stand-in values are exported for the required secrets that are unset, for validation only.
# The tool used is reported on stderr as "validate-compose: using <tool>".
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
COMPOSE_FILE_PATH="$ROOT/docker-compose.yml"
PRINT=0
STRICT_ENV=0

die() {
  echo "validate-compose: $*" >&2
  exit 1
}

for arg in "$@"; do
  case "$arg" in
    --print) PRINT=1 ;;
    --strict-env) STRICT_ENV=1 ;;
    -h | --help)
      awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"
      exit 0
      ;;
    *) die "unknown argument: $arg (see --help)" ;;
  esac
done

[ -f "$COMPOSE_FILE_PATH" ] || die "no docker-compose.yml at $COMPOSE_FILE_PATH"

# --- find a compose implementation ------------------------------------------------------------
COMPOSE=()
if command -v docker >/dev/null 2>&1 && docker compose version >/dev/null 2>&1; then
  COMPOSE=(docker compose)
elif command -v docker-compose >/dev/null 2>&1; then
  COMPOSE=(docker-compose)
elif [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "validate-compose: no compose tool found; installing Debian's docker-compose" >&2
  export DEBIAN_FRONTEND=noninteractive
  APT_LOG="$(mktemp)"
  if ! { apt-get update && apt-get install -y --no-install-recommends docker-compose; } >"$APT_LOG" 2>&1; then
    cat "$APT_LOG" >&2
    rm -f "$APT_LOG"
    die "could not install Debian's docker-compose with apt-get (see the output above)"
  fi
  rm -f "$APT_LOG"
  command -v docker-compose >/dev/null 2>&1 || die "docker-compose still not on PATH after install"
  COMPOSE=(docker-compose)
else
  die "no compose tool: install the Docker CLI compose plugin or Debian's docker-compose package (needs root)"
fi
echo "validate-compose: using ${COMPOSE[*]} ($("${COMPOSE[@]}" version --short 2>/dev/null || echo '?'))" >&2

# --- environment ------------------------------------------------------------------------------
ENV_FILE_ARGS=()
if [ "$STRICT_ENV" = "1" ]; then
  # Ignore a developer's .env so the result does not depend on this checkout's local secrets
  # (an empty file: docker-compose 1.x refuses /dev/null).
  EMPTY_ENV_FILE="$(mktemp)"
  trap 'rm -f "$EMPTY_ENV_FILE"' EXIT
  ENV_FILE_ARGS=(--env-file "$EMPTY_ENV_FILE")
else
  for var in POSTGRES_PASSWORD KTF_OWNER_DB_PASSWORD KTF_APP_DB_PASSWORD TEMPORAL_DB_PASSWORD JWT_SECRET TEMPORAL_CODEC_KEYS GRAFANA_ADMIN_PASSWORD SIGNING_KEYS_PASSPHRASE; do
    if [ -z "${!var:-}" ]; then
      export "$var=validate-only-stand-in-not-a-real-secret"
    fi
  done
fi

# --- validate ---------------------------------------------------------------------------------
cd "$ROOT"
run() {
  "${COMPOSE[@]}" "${ENV_FILE_ARGS[@]}" --project-directory "$ROOT" -f "$COMPOSE_FILE_PATH" "$@"
}

if ! err="$(run config -q 2>&1)"; then
  echo "$err" >&2
  die "docker-compose.yml is INVALID (${COMPOSE[*]} config -q failed)"
fi
[ -z "$err" ] || echo "$err" >&2 # warnings of a valid file

if [ "$PRINT" = "1" ]; then
  if [ "${COMPOSE[0]}" = "docker" ] && run config --help 2>/dev/null | grep -q -- '--format'; then
    run config --format json
  else
    run config
  fi
fi

echo "validate-compose: docker-compose.yml is valid" >&2
