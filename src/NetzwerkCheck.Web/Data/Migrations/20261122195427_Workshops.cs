using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NetzwerkCheck.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Workshops : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Workshops",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OwnerId = table.Column<string>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    JoinCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    CurrentQuestion = table.Column<int>(type: "INTEGER", nullable: false),
                    ResultsRevealed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Workshops", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Workshops_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkshopParticipants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkshopId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParticipantHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Nickname = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    JoinedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkshopParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkshopParticipants_Workshops_WorkshopId",
                        column: x => x.WorkshopId,
                        principalTable: "Workshops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkshopAnswers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkshopId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkshopAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkshopAnswers_WorkshopParticipants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "WorkshopParticipants",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_WorkshopAnswers_Workshops_WorkshopId",
                        column: x => x.WorkshopId,
                        principalTable: "Workshops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopAnswers_ParticipantId_QuestionKey",
                table: "WorkshopAnswers",
                columns: new[] { "ParticipantId", "QuestionKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopAnswers_WorkshopId_QuestionKey",
                table: "WorkshopAnswers",
                columns: new[] { "WorkshopId", "QuestionKey" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopParticipants_WorkshopId_ParticipantHash",
                table: "WorkshopParticipants",
                columns: new[] { "WorkshopId", "ParticipantHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Workshops_JoinCode",
                table: "Workshops",
                column: "JoinCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Workshops_OwnerId",
                table: "Workshops",
                column: "OwnerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WorkshopAnswers");

            migrationBuilder.DropTable(
                name: "WorkshopParticipants");

            migrationBuilder.DropTable(
                name: "Workshops");
        }
    }
}
