#!/bin/sh
# Builds the five images from the jars of the last Maven package, from the repository root:
#   ./mvnw -B -q -DskipTests package && deploy/images/build.sh
# CANDOUR_IMAGE_PREFIX (default candour) and CANDOUR_IMAGE_TAG (default latest) name them.
set -eu
cd "$(dirname "$0")/../.."
prefix="${CANDOUR_IMAGE_PREFIX:-candour}"
tag="${CANDOUR_IMAGE_TAG:-latest}"
for module in services/intake services/classification services/routing services/delivery \
    platform/authorisation-server; do
  name="${module#*/}"
  if ! ls "$module"/target/candour-"$name"-exec.jar > /dev/null 2>&1; then
    echo "No $module/target/candour-$name-exec.jar: run ./mvnw -B -q -DskipTests package first" >&2
    exit 1
  fi
  docker build -f deploy/images/Dockerfile --build-arg MODULE="$module" -t "$prefix/$name:$tag" .
done
