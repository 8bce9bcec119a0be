# Shared by the benchmark commands (sourced, not run): a temp dir, fresh PostgreSQL databases, the
# case server jar started on a free port (one node or several), and the standalone simulators, all
# taken away again on exit, also on failure.
# The sourcing script sets bench_name and keep (true/false) first, and calls bench_setup.

pg=(-h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U "${PGUSER:-postgres}")
server_pid=""
node_pids=()
simulators_pid=""
databases=()

bench_setup() {
  work="$(mktemp -d "${TMPDIR:-/tmp}/$bench_name-bench.XXXXXX")"
  trap bench_cleanup EXIT
  trap 'exit 130' INT TERM
}

bench_cleanup() {
  local status=$?
  bench_stop_server
  bench_stop_nodes
  bench_stop_simulators
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
  database_name="$name"
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

# bench_launch_node <name> <jar> <port> <jdbc url> <user> <password> <demo password>: starts a node in
# the demo profile in $work/<name> (its generated master keystore lands under ./data/ there, unless
# MASTER_KEY is exported), log in $work/<name>.log; sets launched_pid and returns once the node is
# healthy and its workers have subscribed. Extra environment for the node: NODE_ENV (an array).
bench_launch_node() {
  local name="$1" jar="$2" port="$3" url="$4" user="$5" password="$6" demo_password="$7"
  mkdir -p "$work/$name"
  (cd "$work/$name" && exec env SPRING_PROFILES_ACTIVE=demo DEMO_PASSWORD="$demo_password" SERVER_PORT="$port" \
    SPRING_DATASOURCE_URL="$url" SPRING_DATASOURCE_USERNAME="$user" SPRING_DATASOURCE_PASSWORD="$password" \
    "${NODE_ENV[@]}" java ${SERVER_JAVA_OPTS:-} -jar "$jar" >"$work/$name.log" 2>&1) &
  launched_pid=$!
  bench_await_healthy "$launched_pid" "http://127.0.0.1:$port/actuator/health" "$work/$name.log" "the case server ($name)"
  until grep -q "Workers subscribed" "$work/$name.log"; do sleep 0.5; done
}

bench_await_healthy() {
  local pid="$1" url="$2" log="$3" what="$4"
  for _ in $(seq 1 "${BENCH_START_SECONDS:-240}"); do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$what stopped during start; its log:" >&2
      tail -n 40 "$log" >&2
      exit 1
    fi
    if curl -fsS "$url" >/dev/null 2>&1; then
      return
    fi
    sleep 1
  done
  echo "$what did not become healthy" >&2
  exit 1
}

# bench_start_server <jar> <port> <jdbc url> <user> <password> <demo password>: one node, in $work/server.
bench_start_server() {
  NODE_ENV=(${NODE_ENV[@]+"${NODE_ENV[@]}"})
  bench_launch_node server "$@"
  server_pid=$launched_pid
}

# bench_start_node: as bench_start_server, one more node of a cluster; its pid is added to node_pids.
bench_start_node() {
  NODE_ENV=(${NODE_ENV[@]+"${NODE_ENV[@]}"})
  bench_launch_node "$@"
  node_pids+=("$launched_pid")
}

# bench_start_simulators <jar> <port>: the standalone simulators, log in $work/simulators.log.
bench_start_simulators() {
  java -jar "$1" --server.port="$2" >"$work/simulators.log" 2>&1 &
  simulators_pid=$!
  bench_await_healthy "$simulators_pid" "http://127.0.0.1:$2/sim/vrs/calls" "$work/simulators.log" "the simulators"
}

bench_stop_server() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}

bench_stop_nodes() {
  local pid
  for pid in "${node_pids[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
  node_pids=()
}

bench_stop_simulators() {
  if [[ -n "$simulators_pid" ]] && kill -0 "$simulators_pid" 2>/dev/null; then
    kill "$simulators_pid" 2>/dev/null || true
    wait "$simulators_pid" 2>/dev/null || true
  fi
  simulators_pid=""
}
