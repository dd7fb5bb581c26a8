# shellcheck shell=bash
# Finds a JDK. Meant to be sourced (by deploy/local/stack.sh and by other scripts of the repo);
# defines functions only, changes no shell options and no variables of the caller.
#
#   JAVA_HOME_FOR_NEO4J=$(knowbridge_find_jdk 21) || exit 1

# Prints the feature version (8, 17, 21, 25, ...) of the JDK or JRE at $1; fails if there is none.
knowbridge_java_major() {
  local home=$1 line version
  [[ -x "$home/bin/java" ]] || return 1
  # The 'release' file answers without starting a JVM; 'java -version' is the fallback.
  if [[ -r "$home/release" ]]; then
    line=$(grep -m1 '^JAVA_VERSION=' "$home/release" 2>/dev/null || true)
    version=${line#JAVA_VERSION=}
    version=${version//\"/}
  fi
  if [[ -z "${version:-}" ]]; then
    line=$("$home/bin/java" -version 2>&1 | grep -m1 -E 'version "' || true)
    version=${line#*version \"}
    version=${version%%\"*}
  fi
  [[ -n "${version:-}" ]] || return 1
  # "1.8.0_412" -> 8, "17.0.15" -> 17, "25" -> 25, "26-ea" -> 26
  if [[ $version == 1.* ]]; then
    version=${version#1.}
  fi
  version=${version%%[.+_-]*}
  [[ $version =~ ^[0-9]+$ ]] || return 1
  printf '%s\n' "$version"
}

# knowbridge_find_jdk MIN_VERSION
# Prints the home of a JDK whose version is at least MIN_VERSION: $JAVA_HOME when it qualifies,
# otherwise the newest qualifying JDK under /usr/lib/jvm (or the one 'java' on PATH points at).
# Prints a message naming the needed version on stderr and returns 1 when there is none.
knowbridge_find_jdk() {
  local min=${1:?usage: knowbridge_find_jdk MIN_VERSION}
  local candidate major best='' best_major=0 on_path

  if [[ -n "${JAVA_HOME:-}" ]]; then
    major=$(knowbridge_java_major "$JAVA_HOME" || true)
    if [[ -n "$major" ]] && (( major >= min )); then
      printf '%s\n' "$JAVA_HOME"
      return 0
    fi
  fi

  local -a candidates=()
  for candidate in /usr/lib/jvm/*/; do
    [[ -d "$candidate" ]] && candidates+=("${candidate%/}")
  done
  if on_path=$(command -v java 2>/dev/null); then
    on_path=$(readlink -f "$on_path")
    candidates+=("${on_path%/bin/java}")
  fi

  for candidate in "${candidates[@]}"; do
    major=$(knowbridge_java_major "$candidate" || true)
    [[ -n "$major" ]] || continue
    if (( major >= min && major > best_major )); then
      best=$candidate
      best_major=$major
    fi
  done

  if [[ -z "$best" ]]; then
    echo "error: no JDK $min or newer found (looked at JAVA_HOME='${JAVA_HOME:-}', /usr/lib/jvm/* and java on PATH)." >&2
    echo "       Install one (e.g. 'apt-get install openjdk-21-jdk-headless' or Temurin $min+) or point JAVA_HOME at it." >&2
    return 1
  fi
  # Resolve symlinked aliases (java-1.17.0-openjdk-amd64 -> java-17-openjdk-amd64) to one path.
  readlink -f "$best"
}
