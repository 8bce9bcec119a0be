# Shared by the benchmark commands (sourced, not run): a temp dir, fresh PostgreSQL databases, and
# the case server jar started on a free port, all taken away again on exit, also on failure.
# The sourcing script sets bench_name and keep (true/false) first, and calls bench_setup.

pg=(-h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U "${PGUSER:-postgres}")
server_pid=""
databases=()

bench_setup() {
  work="$(mktemp -d "${TMPDIR:-/tmp}/$bench_name-bench.XXXXXX")"
  trap bench_cleanup EXIT
  trap 'exit 130' INT TERM
}

bench_cleanup() {
  local status=$?
  bench_stop_server
  for database in "${databases[@]}"; do
    dropdb "${pg[@]}" --if-exists --force "$database" >&2 || echo "could not drop database $database" >&2
  done
  if ${keep:-false} || [[ $status -ne 0 ]]; then
    echo "logs and results kept in $work" >&2
  else
    rm -rf "$work"
  fi
}

# Sets database_url. Not to be called in a command substitution: the subshell would forget the name,
# and cleanup would not drop the database.
bench_new_database() {
  local name="${bench_name//-/_}_bench_$1_$$_$RANDOM"
  databases+=("$name")
  createdb "${pg[@]}" "$name" >&2
  database_url="jdbc:postgresql://${PGHOST:-127.0.0.1}:${PGPORT:-5432}/$name"
}

bench_free_port() {
  local port
  for port in $(shuf -i 20000-39999 -n 50); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  echo "no free port found" >&2
  exit 1
}

# bench_start_server <jar> <port> <jdbc url> <user> <password> <demo password>: the demo profile in
# $work/server (its generated master keystore lands under ./data/ there), log in $work/server.log;
# returns once the server is healthy and its workers have subscribed.
bench_start_server() {
  local jar="$1" port="$2" url="$3" user="$4" password="$5" demo_password="$6"
  mkdir -p "$work/server"
  (cd "$work/server" && exec env SPRING_PROFILES_ACTIVE=demo DEMO_PASSWORD="$demo_password" SERVER_PORT="$port" \
    SPRING_DATASOURCE_URL="$url" SPRING_DATASOURCE_USERNAME="$user" SPRING_DATASOURCE_PASSWORD="$password" \
    java ${SERVER_JAVA_OPTS:-} -jar "$jar" >"$work/server.log" 2>&1) &
  server_pid=$!
  for _ in $(seq 1 240); do
    if ! kill -0 "$server_pid" 2>/dev/null; then
      echo "the case server stopped during start; its log:" >&2
      tail -n 40 "$work/server.log" >&2
      exit 1
    fi
    if curl -fsS "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; then
      break
    fi
    sleep 1
  done
  curl -fsS "http://127.0.0.1:$port/actuator/health" >/dev/null || { echo "the case server did not become healthy" >&2; exit 1; }
  until grep -q "Workers subscribed" "$work/server.log"; do sleep 0.5; done
}

bench_stop_server() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}
