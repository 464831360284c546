#!/bin/bash
# Run once by the postgres image's entrypoint, on the first start with an empty data volume
# (files in /docker-entrypoint-initdb.d). It hands the role passwords from the container's
# environment to ktf-init.psql as psql variables, so no password is written in a file.
# Changing a password later is a manual ALTER ROLE: this script never runs again.
set -euo pipefail

for var in KTF_OWNER_DB_PASSWORD KTF_APP_DB_PASSWORD TEMPORAL_DB_PASSWORD; do
  if [ -z "${!var:-}" ]; then
    echo "10-ktf-init.sh: $var must be set" >&2
    exit 1
  fi
done

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v ktf_owner_password="$KTF_OWNER_DB_PASSWORD" \
  -v ktf_app_password="$KTF_APP_DB_PASSWORD" \
  -v temporal_password="$TEMPORAL_DB_PASSWORD" \
  -f /docker-entrypoint-initdb.d/ktf-init.psql
