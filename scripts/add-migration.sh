#!/usr/bin/env bash
# Adds one EF Core migration for both database providers: SQLite (the embedded default) and PostgreSQL
# (the scale-out path). Each provider keeps its own history, because column types, filtered-index SQL and
# identity columns differ between them; a model change therefore needs a migration in both.
# Usage: scripts/add-migration.sh <Name>      (no database server is needed to generate them)
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: scripts/add-migration.sh <MigrationName>}"

dotnet tool restore >/dev/null
dotnet ef migrations add "$name" -p src/NetzwerkCheck.Web --context AppDbContext -o Data/Migrations
# The variables only make the app register the PostgreSQL context for the design-time tools.
Database__Provider=Postgres ConnectionStrings__Postgres="Host=localhost;Database=design" \
    dotnet ef migrations add "$name" -p src/NetzwerkCheck.Web --context PostgresAppDbContext -o Data/Postgres/Migrations
