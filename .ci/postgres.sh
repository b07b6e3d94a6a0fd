#!/usr/bin/env bash
# Install (if needed) and start a PostgreSQL server on loopback, with a role and a
# database for the tests. Idempotent. Prints the connection URL on stdout.
set -euo pipefail
ROLE=${EVENTWIRE_PG_ROLE:-eventwire}
PASS=${EVENTWIRE_PG_PASSWORD:-eventwire}
DB=${EVENTWIRE_PG_DB:-eventwire_test}

log() { echo "postgres: $*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v pg_ctlcluster >/dev/null || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    log "installing postgresql from the system packages"
    as_root apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >&2
fi

VER=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$VER main"; then
    log "creating cluster $VER/main"
    as_root pg_createcluster "$VER" main >&2
fi
PORT=$(pg_lsclusters -h | awk -v v="$VER" '$1==v && $2=="main" {print $3}')
if ! pg_lsclusters -h | awk -v v="$VER" '$1==v && $2=="main" {print $4}' | grep -q online; then
    log "starting cluster $VER/main on port $PORT"
    as_root pg_ctlcluster "$VER" main start >&2
fi
for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 -p "$PORT" && break
    sleep 1
done

psql_su() { as_root su postgres -c "psql -X -q -v ON_ERROR_STOP=1 -p $PORT $*"; }
if [ "$(psql_su "-tAc \"SELECT 1 FROM pg_roles WHERE rolname='$ROLE'\"")" != 1 ]; then
    psql_su "-c \"CREATE ROLE $ROLE LOGIN PASSWORD '$PASS' CREATEDB\"" >&2
fi
if [ "$(psql_su "-tAc \"SELECT 1 FROM pg_database WHERE datname='$DB'\"")" != 1 ]; then
    psql_su "-c \"CREATE DATABASE $DB OWNER $ROLE\"" >&2
fi
echo "postgresql://$ROLE:$PASS@127.0.0.1:$PORT/$DB"
