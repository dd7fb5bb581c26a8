# shellcheck shell=bash
# Runs a benchmark: a main class among a module's test classes. Sourced by the services' bench/ scripts.
#
#   knowbridge_bench MODULE MAIN_CLASS [JVM_OPTION...] -- [ARGUMENT...]
#
# Builds MODULE and the modules it needs (tests compiled, not run), then replaces the shell by a JVM (21 or
# newer) running MAIN_CLASS from the repository root on the module's test class path.
knowbridge_bench() {
  local module=${1:?usage: knowbridge_bench MODULE MAIN_CLASS [JVM_OPTION...] -- [ARGUMENT...]} main=${2:?main class} root
  local jvm=()
  shift 2
  while (($#)) && [[ $1 != -- ]]; do
    jvm+=("$1")
    shift
  done
  shift || true
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
  # shellcheck source=deploy/local/lib/java.sh
  source "$root/deploy/local/lib/java.sh"
  JAVA_HOME=$(knowbridge_find_jdk 21) || exit 1
  export JAVA_HOME
  cd "$root" || exit 1
  ./mvnw -B -q -pl "$module" -am install -DskipTests
  ./mvnw -B -q -pl "$module" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
  exec "$JAVA_HOME/bin/java" "${jvm[@]}" \
    -cp "$module/target/test-classes:$module/target/classes:$(cat "$module/target/bench.classpath")" "$main" "$@"
}
