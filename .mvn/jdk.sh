# Sourced by ./mvnw and .ci/run (POSIX sh). Tycho 5 and Eclipse 4.41 need a JDK 21 or newer: when JAVA_HOME
# (or, without it, the javac on the PATH) is older, JAVA_HOME becomes the first JDK 21+ under /usr/lib/jvm.
# A suitable JAVA_HOME is left alone; when none is found nothing changes and Maven reports the old JDK.

syncscope_jdk_feature() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'
}

syncscope_jdk_ok() {
  [ -x "$1/bin/javac" ] && [ "$(syncscope_jdk_feature "$1")" -ge 21 ] 2>/dev/null
}

if [ -z "${JAVA_HOME-}" ] && command -v javac >/dev/null 2>&1; then
  JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
fi
if ! syncscope_jdk_ok "${JAVA_HOME-/none}"; then
  case $- in *f*) syncscope_noglob=1; set +f ;; *) syncscope_noglob= ;; esac
  for syncscope_candidate in /usr/lib/jvm/*; do
    if syncscope_jdk_ok "$syncscope_candidate"; then
      JAVA_HOME=$syncscope_candidate
      export JAVA_HOME
      break
    fi
  done
  [ -z "$syncscope_noglob" ] || set -f
fi
