# Sourced by the project's scripts: finds a JDK >= 21 and a Maven 3.9 of the project's own.
# Maven comes by coordinates through the machine's Maven (no registry host is named anywhere),
# into .tools/ which git ignores.
HISOPS_ROOT=${HISOPS_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
MAVEN_VERSION=3.9.11

hisops_die() { echo "hisops: $*" >&2; exit 1; }

java_major() { # prints the feature version of the java in $1/bin/java, or nothing
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -1
}

find_jdk() {
  local c v
  for c in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$c" ] && [ -x "$c/bin/javac" ] || continue
    v=$(java_major "$c"); [ -n "$v" ] || continue
    if [ "$v" -ge 21 ] 2>/dev/null; then echo "$c"; return 0; fi
  done
  return 1
}

JAVA_HOME=$(find_jdk) || hisops_die "no JDK 21 or newer found (looked at \$JAVA_HOME and /usr/lib/jvm/*). Install one (e.g. Temurin 21+) and set JAVA_HOME."
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"

MVN_HOME="$HISOPS_ROOT/.tools/apache-maven-$MAVEN_VERSION"
if [ ! -x "$MVN_HOME/bin/mvn" ]; then
  command -v mvn >/dev/null || hisops_die "Maven 3.9 is fetched through an installed Maven, and none is on PATH. Install maven (apt-get install maven) and run again."
  echo "hisops: fetching Maven $MAVEN_VERSION by coordinates ..." >&2
  mkdir -p "$HISOPS_ROOT/.tools"
  # Run from an empty folder: inside the repository the old Maven would load .mvn/extensions.xml (Tycho), which
  # needs the Maven it is about to fetch.
  bootstrap_dir=$(mktemp -d)
  (cd "$bootstrap_dir" && mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:unpack \
      -Dartifact=org.apache.maven:apache-maven:$MAVEN_VERSION:zip:bin \
      -DoutputDirectory="$HISOPS_ROOT/.tools" -Dmdep.overWriteReleases=true >&2) \
    || { rm -rf "$bootstrap_dir"; hisops_die "could not fetch org.apache.maven:apache-maven:$MAVEN_VERSION (is the Maven repository reachable?)"; }
  rm -rf "$bootstrap_dir"
  chmod +x "$MVN_HOME/bin/mvn"
fi
MVN="$MVN_HOME/bin/mvn"
