using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace NetzwerkCheck.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SurveyInvitationsAndReleases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ParticipantSalt",
                table: "Workshops",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "JoinedOn",
                table: "WorkshopParticipants",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            // The join time is kept to the day from now on.
            migrationBuilder.Sql("""UPDATE "WorkshopParticipants" SET "JoinedOn" = "JoinedUtc"::date""");
            migrationBuilder.DropColumn(
                name: "JoinedUtc",
                table: "WorkshopParticipants");

            migrationBuilder.AddColumn<bool>(
                name: "OpenLink",
                table: "Surveys",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<int>(
                name: "ReleasedThroughResponseId",
                table: "Surveys",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Surveys from before releases in steps: what the owner could already see (from three answers on) stays visible.
            migrationBuilder.Sql("""
                UPDATE "Surveys" SET "ReleasedThroughResponseId" =
                    (SELECT MAX(r."Id") FROM "SurveyResponses" r WHERE r."SurveyId" = "Surveys"."Id")
                WHERE (SELECT COUNT(*) FROM "SurveyResponses" r WHERE r."SurveyId" = "Surveys"."Id") >= 3
                """);

            migrationBuilder.CreateTable(
                name: "SurveyInvitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SurveyId = table.Column<int>(type: "integer", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Used = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyInvitations_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_SurveyId",
                table: "SurveyInvitations",
                column: "SurveyId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_TokenHash",
                table: "SurveyInvitations",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SurveyInvitations");

            migrationBuilder.DropColumn(
                name: "ParticipantSalt",
                table: "Workshops");

            migrationBuilder.DropColumn(
                name: "JoinedOn",
                table: "WorkshopParticipants");

            migrationBuilder.DropColumn(
                name: "OpenLink",
                table: "Surveys");

            migrationBuilder.DropColumn(
                name: "ReleasedThroughResponseId",
                table: "Surveys");

            migrationBuilder.AddColumn<DateTime>(
                name: "JoinedUtc",
                table: "WorkshopParticipants",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));
        }
    }
}
