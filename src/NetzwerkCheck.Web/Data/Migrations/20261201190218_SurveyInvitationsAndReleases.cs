using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NetzwerkCheck.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SurveyInvitationsAndReleases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "JoinedUtc",
                table: "WorkshopParticipants",
                newName: "JoinedOn");

            // The join time is kept to the day from now on.
            migrationBuilder.Sql("""UPDATE "WorkshopParticipants" SET "JoinedOn" = substr("JoinedOn", 1, 10)""");

            migrationBuilder.AddColumn<string>(
                name: "ParticipantSalt",
                table: "Workshops",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "OpenLink",
                table: "Surveys",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<int>(
                name: "ReleasedThroughResponseId",
                table: "Surveys",
                type: "INTEGER",
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SurveyId = table.Column<int>(type: "INTEGER", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Used = table.Column<bool>(type: "INTEGER", nullable: false)
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
                name: "OpenLink",
                table: "Surveys");

            migrationBuilder.DropColumn(
                name: "ReleasedThroughResponseId",
                table: "Surveys");

            migrationBuilder.RenameColumn(
                name: "JoinedOn",
                table: "WorkshopParticipants",
                newName: "JoinedUtc");
        }
    }
}
