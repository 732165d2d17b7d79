#!/usr/bin/env bash
# A throwaway PostgreSQL server for the database tests: initdb in a temporary folder, loopback only, fsync off.
# Usage: tools/pg_test_server.sh start DIR [PORT]  → prints the URL to give as PERFDESK_TEST_PG_URL
#        tools/pg_test_server.sh stop DIR
# Run as root it works as the `postgres` system user (initdb refuses root); otherwise as the calling user.
set -euo pipefail
action=${1:?start or stop}; dir=${2:?folder}; port=${3:-54329}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bin" ] || bin=$(dirname "$(command -v initdb)")
as=()
if [ "$(id -u)" = 0 ]; then as=(runuser -u postgres --); fi
case "$action" in
  start)
    mkdir -p "$dir"
    [ ${#as[@]} -eq 0 ] || chown postgres "$dir"
    "${as[@]}" "$bin/initdb" -D "$dir/data" -U perfdesk --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w start \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null
    echo "postgresql+psycopg://perfdesk@127.0.0.1:$port/postgres"
    ;;
  stop)
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
esac
