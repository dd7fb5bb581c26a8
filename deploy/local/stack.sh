#!/usr/bin/env bash
# Starts and stops the real KnowBridge infrastructure as local processes, without Docker:
# PostgreSQL (Debian package), Kafka (KRaft), Neo4j Community and Keycloak (from Maven Central).
#
#   deploy/local/stack.sh up     [component...]   start (idempotent) and wait until ready
#   deploy/local/stack.sh down   [component...]   stop gracefully (idempotent)
#   deploy/local/stack.sh status [component...]   table of states; exit 0 when all run, 3 otherwise
#
# Components: postgres kafka neo4j keycloak (default: all). Ports and versions: stack.conf.
# Binaries, data, logs and pid files live in .stack/ at the repository root, or in $KNOWBRIDGE_STACK_DIR.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$SCRIPT_DIR/../.." && pwd)
# shellcheck source=SCRIPTDIR/lib/common.sh
source "$SCRIPT_DIR/lib/common.sh"
# shellcheck source=SCRIPTDIR/lib/java.sh
source "$SCRIPT_DIR/lib/java.sh"
# shellcheck source=SCRIPTDIR/stack.conf
source "$SCRIPT_DIR/stack.conf"

ALL_COMPONENTS=(postgres kafka neo4j keycloak)
REQUESTED=()
TOPICS_FILE=$REPO_ROOT/deploy/kafka/topics.txt
REALM_FILE=$REPO_ROOT/deploy/keycloak/${KEYCLOAK_REALM}-realm.json

STACK_DIR=${KNOWBRIDGE_STACK_DIR:-$REPO_ROOT/.stack}
mkdir -p "$STACK_DIR"
STACK_DIR=$(cd "$STACK_DIR" && pwd)
LIB_DIR=$STACK_DIR/lib
DATA_DIR=$STACK_DIR/data
LOG_DIR=$STACK_DIR/logs
RUN_DIR=$STACK_DIR/run
CONF_DIR=$STACK_DIR/conf
mkdir -p "$LIB_DIR" "$DATA_DIR" "$LOG_DIR" "$RUN_DIR" "$CONF_DIR"

KAFKA_LIB=$LIB_DIR/kafka-$KAFKA_VERSION
NEO4J_LIB=$LIB_DIR/neo4j-$NEO4J_VERSION
KEYCLOAK_HOME=$STACK_DIR/keycloak-$KEYCLOAK_VERSION
PG_DATA=$DATA_DIR/postgres
PG_SOCKETS=$RUN_DIR/postgres
PG_SERVER_LOG=$LOG_DIR/postgres.log
# The server runs as the OS user 'postgres', which must reach its folders. A stack inside a directory that user
# cannot enter (a private home, any 0700 folder) keeps PostgreSQL's data, socket and log in a folder of its own.
PG_OUTSIDE=/var/lib/knowbridge/stack-$(printf '%s' "$STACK_DIR" | cksum | cut -d' ' -f1)
pg_place() {
  if [[ -d $PG_OUTSIDE ]] ||
    { ((EUID == 0)) && id postgres >/dev/null 2>&1 && ! runuser -u postgres -- test -x "$STACK_DIR"; }; then
    PG_DATA=$PG_OUTSIDE/data
    PG_SOCKETS=$PG_OUTSIDE/run
    PG_SERVER_LOG=$PG_OUTSIDE/postgres.log
  fi
}
pg_place

log_file() { printf '%s/%s.log' "$LOG_DIR" "$1"; }
pid_file() { printf '%s/%s.pid' "$RUN_DIR" "$1"; }

# ---------------------------------------------------------------------------------------------------
# Artifacts

# Runs the Maven wrapper on deploy/local/pom.xml; one at a time, because concurrent Maven runs would
# download the same files into ~/.m2 together.
maven_fetch() {
  local component=$1 java_home
  shift
  java_home=$(knowbridge_find_jdk 17) || return 1
  kb_log "$component" "fetching artifacts through the Maven wrapper (cached in ~/.m2)"
  (
    cd "$REPO_ROOT"
    flock 9
    # Bounded, so that a stalled download cannot hang 'up' forever.
    JAVA_HOME=$java_home timeout 1200 ./mvnw -B -q -ntp -f deploy/local/pom.xml "$@"
  ) 9>"$RUN_DIR/maven.lock" >>"$(log_file "$component")" 2>&1
}

# Copies a profile's dependencies into DIR, through a temporary directory so that an interrupted copy
# is never mistaken for a complete one.
fetch_classpath() {
  local component=$1 dir=$2
  [[ -d "$dir" ]] && return 0
  rm -rf "$dir.partial"
  maven_fetch "$component" -P"$component" dependency:copy-dependencies \
    -DoutputDirectory="$dir.partial" -Dkafka.version="$KAFKA_VERSION" \
    -Dlog4j.version="$KAFKA_LOG4J_VERSION" -Dneo4j.version="$NEO4J_VERSION" || return 1
  mv "$dir.partial" "$dir"
}

fetch_keycloak() {
  [[ -x "$KEYCLOAK_HOME/bin/kc.sh" ]] && return 0
  local tmp=$STACK_DIR/keycloak.partial
  rm -rf "$tmp"
  mkdir -p "$tmp"
  maven_fetch keycloak -Pkeycloak dependency:copy-dependencies -DoutputDirectory="$tmp" \
    -Dkeycloak.version="$KEYCLOAK_VERSION" || return 1
  tar -xzf "$tmp/keycloak-quarkus-dist-$KEYCLOAK_VERSION.tar.gz" -C "$tmp"
  # Keycloak keeps its database, import folder and temporary files in <home>/data: point that at the
  # stack's data folder, so that a new Keycloak version finds the same realm.
  mkdir -p "$DATA_DIR/keycloak"
  ln -sfn "$DATA_DIR/keycloak" "$tmp/keycloak-$KEYCLOAK_VERSION/data"
  mv "$tmp/keycloak-$KEYCLOAK_VERSION" "$KEYCLOAK_HOME"
  rm -rf "$tmp"
}

# ---------------------------------------------------------------------------------------------------
# Per component: <c>_pid (empty when not running), <c>_ports, <c>_address, <c>_start, <c>_ready;
# postgres and kafka also have a setup step (role and databases; topics) run after every 'up'.

# --- PostgreSQL ---

pg_bin_dir() {
  local dir
  [[ -x /usr/lib/postgresql/$POSTGRES_VERSION/bin/initdb ]] && { echo "/usr/lib/postgresql/$POSTGRES_VERSION/bin"; return 0; }
  dir=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 3 -name initdb -path '*/bin/*' 2>/dev/null | sort -V | tail -n1)
  [[ -n "$dir" ]] && dirname "$dir"
}

# A Unix socket path must stay under ~107 bytes; a deep checkout falls back to the temp directory.
pg_socket_dir() {
  local dir=$PG_SOCKETS
  ((${#dir} > 90)) && dir=${TMPDIR:-/tmp}/knowbridge-pg-$POSTGRES_PORT
  printf '%s' "$dir"
}

# PostgreSQL refuses to run as root: as root, run it as the 'postgres' OS user of the Debian package.
pg_as_owner() {
  if ((EUID == 0)); then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

postgres_pid() { kb_running_pid "$PG_DATA/postmaster.pid" "$PG_DATA"; }
postgres_ports() { echo "$POSTGRES_PORT"; }
postgres_address() { echo "postgresql://$STACK_HOST:$POSTGRES_PORT/$POSTGRES_DB"; }

postgres_install() {
  [[ -n "$(pg_bin_dir)" ]] && return 0
  if ((EUID != 0)) || ! command -v apt-get >/dev/null; then
    kb_err postgres "PostgreSQL is not installed; install the 'postgresql' package (Debian/Ubuntu) and retry"
    return 1
  fi
  kb_log postgres "installing the Debian package 'postgresql' (apt-get)"
  {
    apt-get update &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql
  } >>"$(log_file postgres)" 2>&1 || { kb_err postgres "apt-get install postgresql failed"; return 1; }
}

postgres_start() {
  local bin socket_dir log
  postgres_install || return 1
  pg_place # the 'postgres' user exists now
  bin=$(pg_bin_dir)
  socket_dir=$(pg_socket_dir)
  log=$PG_SERVER_LOG
  if [[ $PG_DATA == "$PG_OUTSIDE"/* ]]; then
    kb_log postgres "the 'postgres' user cannot enter $STACK_DIR: its data, socket and log are in $PG_OUTSIDE"
    mkdir -p "$PG_OUTSIDE" && chmod 0755 "$PG_OUTSIDE" "$(dirname "$PG_OUTSIDE")"
  fi
  mkdir -p "$PG_DATA" "$socket_dir"
  touch "$log"
  if ((EUID == 0)); then
    chown postgres: "$PG_DATA" "$socket_dir" "$log"
    if ! runuser -u postgres -- test -w "$PG_DATA"; then
      kb_err postgres "the 'postgres' OS user cannot reach $PG_DATA; set KNOWBRIDGE_STACK_DIR to a directory it can reach"
      return 1
    fi
  fi
  chmod 0700 "$PG_DATA"
  if [[ ! -s "$PG_DATA/PG_VERSION" ]]; then
    kb_log postgres "initialising a private cluster in $PG_DATA"
    # Local socket: peer (the OS user 'postgres' administers); TCP: passwords (scram-sha-256).
    pg_as_owner "$bin/initdb" -D "$PG_DATA" -U postgres -E UTF8 --no-locale \
      --auth-local=peer --auth-host=scram-sha-256 >>"$log" 2>&1 ||
      { kb_err postgres "initdb failed"; return 1; }
  elif [[ "$(<"$PG_DATA/PG_VERSION")" != "$(basename "$(dirname "$bin")")" ]]; then
    kb_err postgres "$PG_DATA was created by PostgreSQL $(<"$PG_DATA/PG_VERSION") but $bin is another version;" \
      "remove that folder (its data is lost) or install PostgreSQL $(<"$PG_DATA/PG_VERSION")"
    return 1
  fi
  # pg_ctl waits (-w) until the server accepts connections or gives up after the timeout. The server
  # appends to the log (-l) itself; pg_ctl's own messages go to the same file.
  # shellcheck disable=SC2094
  pg_as_owner setsid "$bin/pg_ctl" start -D "$PG_DATA" -l "$log" -w -t "$POSTGRES_START_TIMEOUT" \
    -o "-c listen_addresses=$STACK_HOST -p $POSTGRES_PORT -k $socket_dir" >>"$log" 2>&1 8>&- || return 1
  kb_read_pid "$PG_DATA/postmaster.pid" >"$(pid_file postgres)"
}

postgres_ready() { "$(pg_bin_dir)/pg_isready" -q -h "$STACK_HOST" -p "$POSTGRES_PORT" -t 2; }

# Role and databases, created when missing; the password is reset to the configured one every time.
postgres_setup() {
  local databases=("$POSTGRES_DB" "$INTRODUCTIONS_DB")
  [[ $KEYCLOAK_DB == postgres ]] && databases+=(keycloak)
  {
    echo "SELECT format('CREATE ROLE %I LOGIN', :'user') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'user') \\gexec"
    echo "SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', :'user', :'password') \\gexec"
    local db
    for db in "${databases[@]}"; do
      echo "SELECT format('CREATE DATABASE %I OWNER %I', '$db', :'user') WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$db') \\gexec"
    done
  } | pg_as_owner "$(pg_bin_dir)/psql" -X -q -v ON_ERROR_STOP=1 -h "$(pg_socket_dir)" -p "$POSTGRES_PORT" \
    -U postgres -d postgres -v user="$POSTGRES_USER" -v password="$POSTGRES_PASSWORD" \
    >>"$(log_file postgres)" 2>&1
}

postgres_stop() {
  local bin
  bin=$(pg_bin_dir)
  pg_as_owner "$bin/pg_ctl" stop -D "$PG_DATA" -m fast -w -t "$STOP_TIMEOUT" >/dev/null 2>&1 ||
    pg_as_owner "$bin/pg_ctl" stop -D "$PG_DATA" -m immediate -w >/dev/null 2>&1 || true
}

# --- Kafka ---

kafka_pid() { kb_running_pid "$(pid_file kafka)" "$CONF_DIR/kafka-server.properties"; }
kafka_ports() { echo "$KAFKA_PORT $KAFKA_CONTROLLER_PORT"; }
kafka_address() { echo "$STACK_HOST:$KAFKA_PORT"; }

kafka_java() {
  local home
  home=$(knowbridge_find_jdk 17) || return 1
  echo "$home/bin/java"
}

kafka_start() {
  local java log data=$DATA_DIR/kafka config=$CONF_DIR/kafka-server.properties
  java=$(kafka_java) || return 1
  log=$(log_file kafka)
  fetch_classpath kafka "$KAFKA_LIB" || return 1
  mkdir -p "$data"
  kb_render "$SCRIPT_DIR/conf/kafka-server.properties" "$config" \
    "STACK_HOST=$STACK_HOST" "KAFKA_PORT=$KAFKA_PORT" \
    "KAFKA_CONTROLLER_PORT=$KAFKA_CONTROLLER_PORT" "KAFKA_DATA_DIR=$data"
  local -a cp=(-Dlog4j2.configurationFile="$SCRIPT_DIR/conf/kafka-log4j2.properties" -cp "$KAFKA_LIB/*")
  # KRaft storage is formatted once, with a fresh cluster id.
  if [[ ! -s "$data/meta.properties" ]]; then
    local cluster_id
    cluster_id=$("$java" "${cp[@]}" kafka.tools.StorageTool random-uuid 2>>"$log" | tail -n1)
    kb_log kafka "formatting storage in $data (cluster id $cluster_id)"
    "$java" "${cp[@]}" kafka.tools.StorageTool format --standalone -t "$cluster_id" -c "$config" \
      >>"$log" 2>&1 || { kb_err kafka "formatting the storage failed"; return 1; }
  fi
  kb_spawn "$(pid_file kafka)" "$log" "$java" -Xms128m -Xmx"$KAFKA_HEAP" -XX:+UseG1GC \
    -Djava.awt.headless=true "${cp[@]}" kafka.Kafka "$config"
}

kafka_ready() {
  kb_port_open "$STACK_HOST" "$KAFKA_PORT" && grep -q 'Kafka Server started' "$(log_file kafka)"
}

# Creates the topics of deploy/kafka/topics.txt. Skipped when Kafka was already running and the file
# did not change since the last successful run (keeps a repeated 'up' fast).
kafka_setup() {
  local fresh=$1 stamp=$RUN_DIR/kafka.topics sum java out line
  sum=$(cksum <"$TOPICS_FILE")
  if [[ $fresh == no && -r $stamp && "$(<"$stamp")" == "$sum" ]]; then
    kb_log kafka "topics of ${TOPICS_FILE#"$REPO_ROOT"/} already created"
    return 0
  fi
  java=$(kafka_java) || return 1
  # Compiled once (javac beside java): compiling on every start costs seconds on a busy machine.
  local classes=$LIB_DIR/kafka-topics source=$SCRIPT_DIR/lib/KafkaTopics.java
  if [[ ! -e $classes/KafkaTopics.class || $source -nt $classes/KafkaTopics.class ]]; then
    mkdir -p "$classes"
    "${java%/java}/javac" -nowarn -d "$classes" -cp "$KAFKA_LIB/*" "$source" >>"$(log_file kafka)" 2>&1 ||
      { kb_err kafka "compiling $source failed (needs a JDK, not a JRE)"; return 1; }
  fi
  if ! out=$("$java" -Dorg.apache.logging.log4j.level=WARN -cp "$classes:$KAFKA_LIB/*" \
    KafkaTopics "$STACK_HOST:$KAFKA_PORT" "$TOPICS_FILE" 2>&1); then
    printf '%s\n' "$out" >>"$(log_file kafka)"
    kb_err kafka "creating the topics failed: $(tail -n 3 <<<"$out")"
    return 1
  fi
  printf '%s\n' "$out" >>"$(log_file kafka)"
  while IFS= read -r line; do
    [[ $line == created* || $line == exists* ]] && kb_log kafka "topic $line"
  done <<<"$out"
  echo "$sum" >"$stamp"
}

# --- Neo4j ---

neo4j_pid() { kb_running_pid "$(pid_file neo4j)" "--home-dir=$DATA_DIR/neo4j"; }
neo4j_ports() { echo "$NEO4J_BOLT_PORT"; }
neo4j_address() { echo "bolt://$STACK_HOST:$NEO4J_BOLT_PORT"; }

neo4j_start() {
  local home major log data=$DATA_DIR/neo4j
  log=$(log_file neo4j)
  if ! home=$(knowbridge_find_jdk "$NEO4J_MIN_JAVA" 2>&1); then
    kb_err neo4j "Neo4j $NEO4J_VERSION needs a JDK $NEO4J_MIN_JAVA or newer (class file version 65). $home"
    return 1
  fi
  major=$(knowbridge_java_major "$home")
  fetch_classpath neo4j "$NEO4J_LIB" || return 1
  mkdir -p "$data" "$CONF_DIR/neo4j" "$LOG_DIR/neo4j"
  kb_render "$SCRIPT_DIR/conf/neo4j.conf" "$CONF_DIR/neo4j/neo4j.conf" \
    "STACK_HOST=$STACK_HOST" "NEO4J_BOLT_PORT=$NEO4J_BOLT_PORT" "NEO4J_DATA_DIR=$data" \
    "NEO4J_LOGS_DIR=$LOG_DIR/neo4j" "NEO4J_PAGECACHE=$NEO4J_PAGECACHE"
  # The flags the neo4j launcher script would pass; newer JDKs need the opens and native access.
  local -a jvm=(-Xms128m -Xmx"$NEO4J_HEAP" -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow
    -XX:+DisableExplicitGC -Djdk.nio.maxCachedBufferSize=1024 -Dio.netty.tryReflectionSetAccessible=true
    -Dlog4j2.disable.jmx=true -Djava.awt.headless=true
    --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED
    --enable-native-access=ALL-UNNAMED)
  ((major >= 23)) && jvm+=(--sun-misc-unsafe-memory-access=allow)
  # org.neo4j.server.Neo4jCommunity is the entry point that 'neo4j console' runs in the server tarball.
  kb_spawn "$(pid_file neo4j)" "$log" "$home/bin/java" "${jvm[@]}" -cp "$NEO4J_LIB/*" \
    org.neo4j.server.Neo4jCommunity --home-dir="$data" --config-dir="$CONF_DIR/neo4j" --console-mode
}

neo4j_ready() {
  kb_port_open "$STACK_HOST" "$NEO4J_BOLT_PORT" && grep -qE 'INFO +Started\.' "$(log_file neo4j)"
}

# --- Keycloak ---

# kc.sh execs java after its first build: match what both command lines contain.
keycloak_pid() { kb_running_pid "$(pid_file keycloak)" "$KEYCLOAK_HOME/bin/"; }
keycloak_ports() { echo "$KEYCLOAK_PORT"; }
keycloak_address() { echo "http://$STACK_HOST:$KEYCLOAK_PORT/realms/$KEYCLOAK_REALM"; }

keycloak_start() {
  local home log
  log=$(log_file keycloak)
  home=$(knowbridge_find_jdk 17) || return 1
  local -a db=(--db=dev-file)
  if [[ $KEYCLOAK_DB == postgres ]]; then
    # Needs the local PostgreSQL; when it is starting in this same 'up', wait until it is set up.
    local waited=0 starting=no
    [[ " ${REQUESTED[*]} " == *" postgres "* ]] && starting=yes
    until [[ -n "$(postgres_pid)" ]] && postgres_ready && [[ $starting == no || -e "$RUN_DIR/postgres.ready" ]]; do
      if [[ $starting == no ]] || ((waited++ >= POSTGRES_START_TIMEOUT)); then
        kb_err keycloak "KEYCLOAK_DB=postgres but PostgreSQL is not up: run '$0 up postgres keycloak'"
        return 1
      fi
      sleep 1
    done
    postgres_setup || { kb_err keycloak "could not create the database 'keycloak'"; return 1; }
    db=(--db=postgres --db-url="jdbc:postgresql://$STACK_HOST:$POSTGRES_PORT/keycloak"
      --db-username="$POSTGRES_USER" --db-password="$POSTGRES_PASSWORD")
  fi
  fetch_keycloak || return 1
  # Imported only when the realm does not exist yet (a changed file needs 'down' and removing the data).
  mkdir -p "$DATA_DIR/keycloak/import"
  cp "$REALM_FILE" "$DATA_DIR/keycloak/import/"
  JAVA_HOME=$home \
    JAVA_OPTS_KC_HEAP="-Xms64m -Xmx$KEYCLOAK_HEAP" \
    KC_BOOTSTRAP_ADMIN_USERNAME=$KEYCLOAK_ADMIN_USER \
    KC_BOOTSTRAP_ADMIN_PASSWORD=$KEYCLOAK_ADMIN_PASSWORD \
    kb_spawn "$(pid_file keycloak)" "$log" "$KEYCLOAK_HOME/bin/kc.sh" start-dev \
    --http-host="$STACK_HOST" --http-port="$KEYCLOAK_PORT" --import-realm "${db[@]}"
}

# Keycloak imports the realm file only when it creates the realm: a realm imported before a client was added to
# the file (e.g. the portal's) gets that client here, as the file declares it. Clients it has are left alone.
keycloak_setup() {
  python3 - "$REALM_FILE" "http://$STACK_HOST:$KEYCLOAK_PORT" "$KEYCLOAK_REALM" \
    "$KEYCLOAK_ADMIN_USER" "$KEYCLOAK_ADMIN_PASSWORD" <<'PY'
import json, sys, urllib.parse, urllib.request

realm_file, keycloak, realm, user, password = sys.argv[1:6]
form = urllib.parse.urlencode({"grant_type": "password", "client_id": "admin-cli",
                               "username": user, "password": password}).encode()
with urllib.request.urlopen(f"{keycloak}/realms/master/protocol/openid-connect/token", form, timeout=10) as answer:
    token = json.load(answer)["access_token"]

def call(method, path, body=None):
    request = urllib.request.Request(
        f"{keycloak}/admin/realms/{realm}{path}", method=method,
        data=None if body is None else json.dumps(body).encode(),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as answer:
        return answer.read()

with open(realm_file) as file:
    declared = json.load(file)["clients"]
for client in declared:
    if not json.loads(call("GET", "/clients?clientId=" + urllib.parse.quote(client["clientId"]))):
        call("POST", "/clients", client)
        print(f"added the client {client['clientId']} of {realm_file.rsplit('/', 1)[-1]} to the realm")
PY
}

# Ready when the realm's discovery document answers with the expected issuer.
keycloak_ready() {
  local url body
  url=$(keycloak_address)
  body=$(kb_http_get "$url/.well-known/openid-configuration") || return 1
  [[ $body == *"\"issuer\":\"$url\""* ]]
}

# ---------------------------------------------------------------------------------------------------
# Generic up / down / status

# Fails with a clear message when one of the component's ports is taken by a process that is not ours.
check_ports_free() {
  local component=$1 port
  for port in $("${component}_ports"); do
    if kb_port_open "$STACK_HOST" "$port"; then
      kb_err "$component" "port $port on $STACK_HOST is already in use by a process this stack did not start" \
        "($(kb_port_owner_hint "$port")). Stop it, or change the port in deploy/local/stack.conf."
      return 1
    fi
  done
}

fail_with_log() {
  local component=$1 message=$2 tail
  tail=$(kb_log_tail "$(log_file "$component")" 25)
  printf '%s\n%s\n' "$(kb_err "$component" "$message" 2>&1)" "$tail" >&2
}

component_up() {
  local c=$1 pid fresh=no started=$SECONDS wait_from=$SECONDS timeout_var status=0
  pid=$("${c}_pid")
  if [[ -n "$pid" ]]; then
    kb_log "$c" "already running (pid $pid), reusing it"
  else
    check_ports_free "$c" || return 1
    rm -f "$RUN_DIR/$c.ready"
    kb_rotate_log "$(log_file "$c")"
    if ! "${c}_start"; then
      fail_with_log "$c" "failed to start; log: $(log_file "$c")"
      return 1
    fi
    pid=$("${c}_pid")
    kb_log "$c" "started (pid ${pid:-?}), waiting until ready"
    fresh=yes
    wait_from=$SECONDS
  fi

  timeout_var=${c^^}_START_TIMEOUT
  until "${c}_ready"; do
    if [[ -z "$("${c}_pid")" ]]; then
      status=2
      break
    fi
    if ((SECONDS - wait_from >= ${!timeout_var})); then
      status=1
      break
    fi
    sleep 1
  done
  case $status in
    1)
      fail_with_log "$c" "not ready after ${!timeout_var}s (still running as pid ${pid:-?}; '$0 down $c' stops it); log: $(log_file "$c")"
      return 1 ;;
    2)
      rm -f "$(pid_file "$c")"
      fail_with_log "$c" "exited before it was ready; log: $(log_file "$c")"
      return 1 ;;
  esac

  if [[ $c == kafka ]]; then
    kafka_setup "$fresh" || return 1
  elif [[ $c == postgres ]]; then
    postgres_setup || { fail_with_log "$c" "creating role/database failed; log: $(log_file "$c")"; return 1; }
  elif [[ $c == keycloak ]]; then
    keycloak_setup || { fail_with_log "$c" "adding the realm file's missing clients failed"; return 1; }
  fi
  touch "$RUN_DIR/$c.ready"
  kb_log "$c" "ready at $("${c}_address") ($((SECONDS - started))s)"
}

component_down() {
  local c=$1 pid started=$SECONDS
  pid=$("${c}_pid")
  rm -f "$RUN_DIR/$c.ready"
  if [[ -z "$pid" ]]; then
    rm -f "$(pid_file "$c")"
    kb_log "$c" "not running"
    return 0
  fi
  kb_log "$c" "stopping (pid $pid)"
  if [[ $c == postgres ]]; then
    postgres_stop
  else
    kb_stop_group "$pid" "$c" "$STOP_TIMEOUT"
  fi
  if [[ -n "$("${c}_pid")" ]]; then
    kb_err "$c" "still running (pid $pid)"
    return 1
  fi
  rm -f "$(pid_file "$c")"
  kb_log "$c" "stopped ($((SECONDS - started))s)"
}

# Runs "$1 component" for each remaining argument in parallel; fails when any of them failed.
run_parallel() {
  local action=$1 c failed=()
  shift
  local -A jobs=()
  for c in "$@"; do
    "$action" "$c" &
    jobs[$c]=$!
  done
  for c in "$@"; do
    wait "${jobs[$c]}" || failed+=("$c")
  done
  if ((${#failed[@]})); then
    kb_err stack "failed: ${failed[*]}"
    return 1
  fi
}

cmd_up() {
  local started=$SECONDS order=() c
  REQUESTED=("$@")
  # Slowest first, so that its download and start begin first.
  for c in keycloak neo4j kafka postgres; do
    [[ " $* " == *" $c "* ]] && order+=("$c")
  done
  if run_parallel component_up "${order[@]}"; then
    kb_log stack "up in $((SECONDS - started))s"
    cmd_status "$@" || true
  else
    kb_err stack "up failed after $((SECONDS - started))s (see the messages above)"
    return 1
  fi
}

cmd_down() {
  local others=() c status=0
  for c in "$@"; do
    [[ $c != postgres ]] && others+=("$c")
  done
  # PostgreSQL last: Keycloak may keep its data there.
  if ((${#others[@]})); then
    run_parallel component_down "${others[@]}" || status=1
  fi
  if [[ " $* " == *" postgres "* ]]; then
    component_down postgres || status=1
  fi
  return "$status"
}

cmd_status() {
  local c pid state all_running=0 port
  printf '%-9s %-9s %-8s %-48s %s\n' COMPONENT STATE PID ADDRESS LOG
  for c in "$@"; do
    pid=$("${c}_pid")
    state=stopped
    if [[ -n "$pid" ]]; then
      state=running
      for port in $("${c}_ports"); do
        kb_port_open "$STACK_HOST" "$port" || state=starting
      done
    fi
    [[ $state == running ]] || all_running=3
    printf '%-9s %-9s %-8s %-48s %s\n' "$c" "$state" "${pid:--}" "$("${c}_address")" "$(log_file "$c")"
  done
  return "$all_running"
}

usage() {
  # The header comment of this file, without the '#'.
  awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"
  exit "${1:-2}"
}

main() {
  (($# >= 1)) || usage 2
  local command=$1 c
  shift
  (($#)) || set -- "${ALL_COMPONENTS[@]}"
  for c in "$@"; do
    [[ " ${ALL_COMPONENTS[*]} " == *" $c "* ]] || { kb_err stack "unknown component '$c' (known: ${ALL_COMPONENTS[*]})"; usage 2; }
  done
  # One 'up' or 'down' at a time per stack folder (test scripts may call this concurrently); fd 8
  # stays open, so the lock holds until this script ends.
  if [[ $command == up || $command == down ]]; then
    exec 8>"$RUN_DIR/stack.lock"
    if ! flock -n 8; then
      kb_log stack "another 'stack.sh up/down' is running on $STACK_DIR; waiting for it to finish"
      flock -w 1200 8 || kb_die "gave up waiting for the other 'stack.sh up/down' after 1200s"
    fi
  fi
  case $command in
    up) cmd_up "$@" ;;
    down) cmd_down "$@" ;;
    status) cmd_status "$@" ;;
    -h | --help | help) usage 0 ;;
    *) kb_err stack "unknown command '$command'"; usage 2 ;;
  esac
}

main "$@"
