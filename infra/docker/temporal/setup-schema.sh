#!/bin/sh
# One-shot (temporal-schema service, temporalio/admin-tools image): creates or upgrades the
# Temporal server's tables in the two databases that postgres-init made. Safe to run on every
# `docker compose up`: `setup-schema -v 0.0` only creates the version tables and leaves an
# existing schema's version alone, and `update-schema` applies only the missing versions.
# The password comes from SQL_PASSWORD in the environment (read by temporal-sql-tool itself).
set -eu

: "${POSTGRES_SEEDS:?POSTGRES_SEEDS must be set}"
: "${POSTGRES_USER:?POSTGRES_USER must be set}"
: "${SQL_PASSWORD:?SQL_PASSWORD must be set}"
DB_PORT="${DB_PORT:-5432}"
DBNAME="${DBNAME:-temporal}"
VISIBILITY_DBNAME="${VISIBILITY_DBNAME:-temporal_visibility}"
SCHEMA_ROOT="${SCHEMA_ROOT:-/etc/temporal/schema/postgresql/v12}"

attempt=1
until nc -z -w 5 "$POSTGRES_SEEDS" "$DB_PORT"; do
  if [ "$attempt" -ge 30 ]; then
    echo "setup-schema: PostgreSQL at $POSTGRES_SEEDS:$DB_PORT not reachable" >&2
    exit 1
  fi
  attempt=$((attempt + 1))
  sleep 2
done

sql() {
  temporal-sql-tool --plugin postgres12 --endpoint "$POSTGRES_SEEDS" --port "$DB_PORT" \
    --user "$POSTGRES_USER" "$@"
}

sql --db "$DBNAME" setup-schema -v 0.0
sql --db "$DBNAME" update-schema -d "$SCHEMA_ROOT/temporal/versioned"

sql --db "$VISIBILITY_DBNAME" setup-schema -v 0.0
sql --db "$VISIBILITY_DBNAME" update-schema -d "$SCHEMA_ROOT/visibility/versioned"

echo "setup-schema: $DBNAME and $VISIBILITY_DBNAME are up to date"
