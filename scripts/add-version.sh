#!/usr/bin/env bash
# Adds a version of the Pierre schema that stays reversible on SQLite and PostgreSQL.
#
#   scripts/add-version.sh new "<description>"
#       creates the up script V<timestamp>__<description>.sql and the down script
#       U<timestamp>__<description>.sql (common to both databases; move either into the sqlite/ or
#       postgresql/ folder beside it and copy it to the other one where the databases differ),
#       the timestamp being the current UTC time, or the newest version + 1 if that is later.
#   scripts/add-version.sh finish
#       once both are written: generates the new version's expected schema from a live migration,
#       refreshes docs/schema.md, and runs the checks that every version has a down script and an
#       expected schema.
#
# PIERRE_SCHEMA_RESOURCES names another db/pierre folder to work on (the procedure's test uses it).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
resources="${PIERRE_SCHEMA_RESOURCES:-$root/pierre-schema-starter/src/main/resources/db/pierre}"

usage() {
    sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

new_version() {
    local description="$1"
    if [[ ! "$description" =~ ^[a-z][a-z0-9_\ ]*$ ]]; then
        echo "The description must be lower-case letters, digits, spaces or underscores: '$description'" >&2
        exit 2
    fi
    local slug="${description// /_}"
    local newest
    newest=$(find "$resources/migration" -name 'V*__*.sql' | sed 's|.*/V\([0-9]*\)__.*|\1|' | sort -n | tail -1)
    local now
    now=$(date -u +%Y%m%d%H%M%S)
    local next=$now
    if [[ -n "$newest" ]] && (( newest >= now )); then
        next=$((newest + 1))
    fi
    local up="$resources/migration/common/V${next}__${slug}.sql"
    local down="$resources/revert/common/U${next}__${slug}.sql"
    mkdir -p "$(dirname "$up")" "$(dirname "$down")"
    cat > "$up" <<SQL
-- Version ${next}: ${description}.
-- Runs on SQLite and PostgreSQL alike; where they differ, move this file to ../sqlite/ and write
-- ../postgresql/ too. Rebuild a SQLite table by SQLite's documented procedure (see version 14).
SQL
    cat > "$down" <<SQL
-- Reverts version ${next}: ${description}. Afterwards the schema must equal the version before's
-- exactly, and every row of every table that both versions have must stay, with its values in
-- the columns both have. Drop what this version added, children first.
SQL
    echo "$up"
    echo "$down"
    echo "Write both, then run: scripts/add-version.sh finish" >&2
}

finish() {
    cd "$root"
    # First write the expected schema and the diagrams, then check with them on the classpath:
    # every version has its files, and reverts one at a time to its predecessor's schema.
    mvn -B -q -pl pierre-schema-starter test -Dtest='VersionFilesTests,SchemaDocumentationTests' \
        -Dpierre.expected.update=true -Dpierre.docs.update=true -Dsurefire.failIfNoSpecifiedTests=false
    mvn -B -q -pl pierre-schema-starter test -Dtest='VersionFilesTests,RevertStepByStepTests' \
        -Dsurefire.failIfNoSpecifiedTests=false
}

case "${1:-}" in
    new) [[ $# -eq 2 ]] || usage; new_version "$2" ;;
    finish) [[ $# -eq 1 ]] || usage; finish ;;
    *) usage ;;
esac
