#!/bin/sh
# One-shot (temporal-namespace service, temporalio/admin-tools image): waits until the
# Temporal cluster answers its health check, then registers the namespace the api and worker
# use if it does not exist yet. Idempotent.
set -eu

ADDRESS="${TEMPORAL_ADDRESS:-temporal:7233}"
NAMESPACE="${TEMPORAL_NAMESPACE:-default}"
RETENTION="${TEMPORAL_NAMESPACE_RETENTION:-720h}"
MAX_ATTEMPTS="${MAX_ATTEMPTS:-60}"

attempt=1
until temporal operator cluster health --address "$ADDRESS" >/dev/null 2>&1; do
  if [ "$attempt" -ge "$MAX_ATTEMPTS" ]; then
    echo "create-namespace: Temporal at $ADDRESS not healthy after $MAX_ATTEMPTS attempts" >&2
    exit 1
  fi
  attempt=$((attempt + 1))
  sleep 2
done

if temporal operator namespace describe --address "$ADDRESS" --namespace "$NAMESPACE" >/dev/null 2>&1; then
  echo "create-namespace: namespace '$NAMESPACE' already exists"
  exit 0
fi

# A second instance may have created it in between: accept "already exists" on a re-check.
if ! temporal operator namespace create --address "$ADDRESS" --namespace "$NAMESPACE" \
       --retention "$RETENTION"; then
  temporal operator namespace describe --address "$ADDRESS" --namespace "$NAMESPACE" >/dev/null
fi
echo "create-namespace: namespace '$NAMESPACE' registered (retention $RETENTION)"
