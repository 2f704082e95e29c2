using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NetzwerkCheck.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class NetworkLatestCheck : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "LatestCheckedUtc",
                table: "Networks",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LatestScore",
                table: "Networks",
                type: "integer",
                nullable: true);

            // Networks checked before these columns existed: their latest completed check, as the list used to find it.
            migrationBuilder.Sql("""
                UPDATE "Networks" SET
                    "LatestCheckedUtc" = (SELECT a."CompletedUtc" FROM "Assessments" AS a
                        WHERE a."NetworkId" = "Networks"."Id" AND a."CompletedUtc" IS NOT NULL
                        ORDER BY a."CompletedUtc" DESC, a."Id" DESC LIMIT 1),
                    "LatestScore" = (SELECT a."Score" FROM "Assessments" AS a
                        WHERE a."NetworkId" = "Networks"."Id" AND a."CompletedUtc" IS NOT NULL
                        ORDER BY a."CompletedUtc" DESC, a."Id" DESC LIMIT 1);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LatestCheckedUtc",
                table: "Networks");

            migrationBuilder.DropColumn(
                name: "LatestScore",
                table: "Networks");
        }
    }
}
