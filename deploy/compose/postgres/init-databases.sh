#!/bin/bash
# Runs once, on the first start of an empty data volume: a login role and a database of its own for
# each service (ADR 0002), each role owning its database, so that no service can read another's
# tables. The passwords come from the container's environment (deploy/compose/.env).
set -euo pipefail

for service in intake classification routing delivery; do
  variable="${service^^}_DB_PASSWORD"
  password="${!variable:?$variable is not set}"
  psql --username "$POSTGRES_USER" --dbname postgres --set ON_ERROR_STOP=1 \
    --set name="$service" --set password="$password" <<'SQL'
create role :"name" login password :'password';
create database :"name" owner :"name";
revoke all on database :"name" from public;
SQL
done
