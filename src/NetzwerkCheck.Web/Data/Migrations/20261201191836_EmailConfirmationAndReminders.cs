using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NetzwerkCheck.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class EmailConfirmationAndReminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AccountId",
                table: "Outbox",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "TrialRemindersOff",
                table: "Networks",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "AccountMails",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    QueuedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountMails", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccountMails_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AccountSettings",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    BaseUrl = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TrialRemindersOff = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountSettings", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_AccountSettings_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrialReminders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NetworkId = table.Column<int>(type: "INTEGER", nullable: false),
                    TrialEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    QueuedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrialReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrialReminders_Networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "Networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_AccountId",
                table: "Outbox",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_AccountMails_UserId_Kind_QueuedUtc",
                table: "AccountMails",
                columns: new[] { "UserId", "Kind", "QueuedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_TrialReminders_NetworkId_TrialEnd_Kind",
                table: "TrialReminders",
                columns: new[] { "NetworkId", "TrialEnd", "Kind" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccountMails");

            migrationBuilder.DropTable(
                name: "AccountSettings");

            migrationBuilder.DropTable(
                name: "TrialReminders");

            migrationBuilder.DropIndex(
                name: "IX_Outbox_AccountId",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "AccountId",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "TrialRemindersOff",
                table: "Networks");
        }
    }
}
