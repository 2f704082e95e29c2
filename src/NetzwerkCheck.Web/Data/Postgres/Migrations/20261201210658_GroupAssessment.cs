using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace NetzwerkCheck.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class GroupAssessment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Goal",
                table: "Workshops",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "NetworkId",
                table: "Workshops",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RevealThreshold",
                table: "Workshops",
                type: "integer",
                nullable: false,
                defaultValue: 3);

            migrationBuilder.AddColumn<string>(
                name: "Style",
                table: "Workshops",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Group",
                table: "Assessments",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WorkshopId",
                table: "Assessments",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "WorkshopAgreements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkshopId = table.Column<int>(type: "integer", nullable: false),
                    QuestionKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Value = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkshopAgreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkshopAgreements_Workshops_WorkshopId",
                        column: x => x.WorkshopId,
                        principalTable: "Workshops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Workshops_NetworkId",
                table: "Workshops",
                column: "NetworkId");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_WorkshopId",
                table: "Assessments",
                column: "WorkshopId",
                unique: true,
                filter: "\"WorkshopId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopAgreements_WorkshopId_QuestionKey",
                table: "WorkshopAgreements",
                columns: new[] { "WorkshopId", "QuestionKey" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Assessments_Workshops_WorkshopId",
                table: "Assessments",
                column: "WorkshopId",
                principalTable: "Workshops",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Workshops_Networks_NetworkId",
                table: "Workshops",
                column: "NetworkId",
                principalTable: "Networks",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Assessments_Workshops_WorkshopId",
                table: "Assessments");

            migrationBuilder.DropForeignKey(
                name: "FK_Workshops_Networks_NetworkId",
                table: "Workshops");

            migrationBuilder.DropTable(
                name: "WorkshopAgreements");

            migrationBuilder.DropIndex(
                name: "IX_Workshops_NetworkId",
                table: "Workshops");

            migrationBuilder.DropIndex(
                name: "IX_Assessments_WorkshopId",
                table: "Assessments");

            migrationBuilder.DropColumn(
                name: "Goal",
                table: "Workshops");

            migrationBuilder.DropColumn(
                name: "NetworkId",
                table: "Workshops");

            migrationBuilder.DropColumn(
                name: "RevealThreshold",
                table: "Workshops");

            migrationBuilder.DropColumn(
                name: "Style",
                table: "Workshops");

            migrationBuilder.DropColumn(
                name: "Group",
                table: "Assessments");

            migrationBuilder.DropColumn(
                name: "WorkshopId",
                table: "Assessments");
        }
    }
}
