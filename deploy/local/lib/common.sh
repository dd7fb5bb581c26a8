# shellcheck shell=bash
# Small helpers for deploy/local/stack.sh: messages, ports, processes, templates. Sourced; needs bash 4+.

# Messages carry the component name, because components start concurrently and their lines interleave.
kb_log() { printf '[%s] %-8s %s\n' "$(date +%H:%M:%S)" "${1:-stack}" "${*:2}"; }
kb_err() { printf '[%s] %-8s ERROR: %s\n' "$(date +%H:%M:%S)" "${1:-stack}" "${*:2}" >&2; }
kb_die() { kb_err stack "$*"; exit 1; }

# Succeeds when something accepts TCP connections on host $1, port $2 (bash's /dev/tcp: no extra tools).
kb_port_open() {
  # shellcheck disable=SC2016 # expanded by the child shell
  timeout 2 bash -c 'exec 3<>"/dev/tcp/$1/$2"' _ "$1" "$2" 2>/dev/null
}

# How to find out who holds a port, with whatever tool this machine has.
kb_port_owner_hint() {
  local port=$1 owner=''
  if command -v ss >/dev/null 2>&1; then
    owner=$(ss -Hltnp "sport = :$port" 2>/dev/null | sed -n 's/.*users:((\(.*\)))/\1/p' | head -n1)
    [[ -n "$owner" ]] && printf 'held by %s; ' "$owner"
    printf "see: ss -ltnp 'sport = :%s'" "$port"
  else
    printf 'see: lsof -iTCP:%s -sTCP:LISTEN' "$port"
  fi
}

# Succeeds when pid $1 is alive and its command line mentions $2 (guards against a recycled pid).
kb_pid_is() {
  local pid=$1 marker=$2 cmdline
  [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
  [[ $cmdline == *"$marker"* ]]
}

kb_read_pid() {
  if [[ -r "$1" ]]; then head -n1 "$1" 2>/dev/null || true; fi
}

# kb_running_pid PIDFILE MARKER: prints the pid of PIDFILE when that process runs and is ours.
kb_running_pid() {
  local pid
  pid=$(kb_read_pid "$1")
  if kb_pid_is "$pid" "$2"; then echo "$pid"; fi
}

# kb_spawn PIDFILE LOGFILE CMD...: starts CMD detached in its own session (so Ctrl-C on the caller
# and the end of the caller leave it alone, and 'down' can signal its whole process group), output
# to LOGFILE, and writes its pid (which is also the process group id) to PIDFILE.
# File descriptors 8 and 9 (the locks of stack.sh) are closed: a daemon must not hold them.
kb_spawn() {
  local pidfile=$1 logfile=$2
  shift 2
  # A pid file left by a process that was killed would pass for the new one's until the child writes it.
  rm -f "$pidfile"
  # shellcheck disable=SC2016 # $$ and "$@" expand in the child shell, which then execs CMD.
  setsid bash -c 'echo $$ >"$0"; exec "$@"' "$pidfile" "$@" </dev/null >>"$logfile" 2>&1 8>&- 9>&- &
  # Wait until the child has written its pid (a few ms).
  local i
  for ((i = 0; i < 50; i++)); do
    [[ -s "$pidfile" ]] && return 0
    sleep 0.1
  done
  return 1
}

# kb_stop_group PID NAME TIMEOUT: SIGTERM to the process group, then SIGKILL after TIMEOUT seconds.
kb_stop_group() {
  local pid=$1 name=$2 timeout=$3 waited=0
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || return 0
  while kill -0 "$pid" 2>/dev/null; do
    if ((waited >= timeout * 10)); then
      kb_log "$name" "did not stop within ${timeout}s, sending SIGKILL"
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
      sleep 0.5
      break
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
}

# kb_render TEMPLATE OUTPUT KEY=VALUE...: copies TEMPLATE to OUTPUT replacing each @KEY@ by VALUE.
kb_render() {
  local template=$1 output=$2 text pair
  shift 2
  text=$(<"$template")
  for pair in "$@"; do
    text=${text//"@${pair%%=*}@"/"${pair#*=}"}
  done
  printf '%s\n' "$text" >"$output.tmp"
  mv -f "$output.tmp" "$output"
}

# Keeps one previous log, so that readiness checks only ever read this start's lines.
kb_rotate_log() {
  [[ -s "$1" ]] && mv -f "$1" "$1.1"
  : >"$1"
}

# Prints the last lines of a log for a failure message.
kb_log_tail() {
  local logfile=$1 lines=${2:-30}
  if [[ -s "$logfile" ]]; then
    echo "----- last $lines lines of $logfile -----"
    tail -n "$lines" "$logfile"
    echo "----- end of $logfile -----"
  else
    echo "(log $logfile is empty or missing)"
  fi
}

# Prints the body of an HTTP URL that answers 2xx; fails otherwise. curl when there is one, else a
# plain HTTP/1.0 request over bash's /dev/tcp (enough for the local, unencrypted endpoints).
kb_http_get() {
  local url=$1
  if command -v curl >/dev/null 2>&1; then
    curl -fsS --max-time 5 "$url" 2>/dev/null
    return
  fi
  local rest=${url#http://}
  local hostport=${rest%%/*} path=/${rest#*/}
  # shellcheck disable=SC2016 # expanded by the child shell
  timeout 5 bash -c 'exec 3<>"/dev/tcp/$1/$2" || exit 1
    printf "GET %s HTTP/1.0\r\nHost: %s:%s\r\n\r\n" "$3" "$1" "$2" >&3
    IFS= read -r status <&3
    [[ $status == HTTP/1.?\ 2* ]] || exit 1
    sed "1,/^\r\{0,1\}$/d" <&3' _ "${hostport%:*}" "${hostport##*:}" "$path"
}

# kb_apt_install TAG PACKAGE...: installs Debian packages with apt-get (as root), or fails saying which to install.
kb_apt_install() {
  local tag=$1
  shift
  if ((EUID != 0)) || ! command -v apt-get >/dev/null; then
    kb_err "$tag" "install the Debian package(s) $* and retry"
    return 1
  fi
  kb_log "$tag" "installing the Debian package(s) $* (apt-get)"
  { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@"; } >/dev/null ||
    { kb_err "$tag" "apt-get install $* failed"; return 1; }
}
