#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 CohortLens contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A throwaway PostgreSQL cluster for the tests, in a folder of its own, listening on the
# loopback interface only.
#
#   scripts/pgcluster.sh start DIR   creates and starts it; prints the lines
#                                    COHORTLENS_TEST_PG=postgresql://cohortlens@127.0.0.1:PORT/cohortlens
#                                    PGPASSWORD=...
#                                    for `eval`/`export` (the password is made up for this run)
#   scripts/pgcluster.sh stop DIR    stops it and deletes DIR
#
# PostgreSQL will not run as root: as root, the cluster belongs to the `postgres` user that
# Debian's package creates. Needs the postgresql package (scripts/setup.sh installs it).
set -euo pipefail

command=${1:-}
dir=${2:-}
if [[ -z $command || -z $dir ]]; then
    echo "usage: $0 start|stop DIR" >&2
    exit 2
fi

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [[ -z $bindir || ! -x $bindir/initdb ]]; then
    echo "PostgreSQL is not installed (Debian: apt-get install postgresql)" >&2
    exit 1
fi

as_owner=()
if ((EUID == 0)); then
    as_owner=(runuser -u postgres --)
fi

case $command in
start)
    mkdir -p "$dir"
    if ((EUID == 0)); then
        chown postgres: "$dir"
    fi
    password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    printf '%s\n' "$password" >"$dir/.pw"
    ((EUID == 0)) && chown postgres: "$dir/.pw"
    "${as_owner[@]}" "$bindir/initdb" -D "$dir/data" -U cohortlens --pwfile="$dir/.pw" \
        --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    rm -f "$dir/.pw"
    # A free port: the first of a few that the server accepts.
    for port in $(shuf -i 20000-60000 -n 8); do
        if "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null 2>&1; then
            echo "$port" >"$dir/port"
            break
        fi
    done
    if [[ ! -f $dir/port ]]; then
        cat "$dir/server.log" >&2 || true
        echo "PostgreSQL did not start" >&2
        exit 1
    fi
    "${as_owner[@]}" "$bindir/psql" -h "$dir" -p "$(cat "$dir/port")" -U cohortlens -d postgres \
        -q -c "CREATE DATABASE cohortlens" >/dev/null
    echo "COHORTLENS_TEST_PG=postgresql://cohortlens@127.0.0.1:$(cat "$dir/port")/cohortlens"
    echo "PGPASSWORD=$password"
    ;;
stop)
    if [[ -d $dir/data ]]; then
        "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
