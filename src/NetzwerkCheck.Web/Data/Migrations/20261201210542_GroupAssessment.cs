using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NetzwerkCheck.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class GroupAssessment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // SQLite adds a nullable column with its foreign key in place; EF's AddForeignKey would rebuild both
            // tables outside the migration's transaction (and drop the Questions default that old rows rely on).
            migrationBuilder.Sql("ALTER TABLE \"Workshops\" ADD COLUMN \"NetworkId\" INTEGER NULL CONSTRAINT \"FK_Workshops_Networks_NetworkId\" REFERENCES \"Networks\" (\"Id\") ON DELETE SET NULL;");
            migrationBuilder.Sql("ALTER TABLE \"Assessments\" ADD COLUMN \"WorkshopId\" INTEGER NULL CONSTRAINT \"FK_Assessments_Workshops_WorkshopId\" REFERENCES \"Workshops\" (\"Id\") ON DELETE SET NULL;");

            migrationBuilder.AddColumn<string>(
                name: "Goal",
                table: "Workshops",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RevealThreshold",
                table: "Workshops",
                type: "INTEGER",
                nullable: false,
                defaultValue: 3);

            migrationBuilder.AddColumn<string>(
                name: "Style",
                table: "Workshops",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Group",
                table: "Assessments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "WorkshopAgreements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkshopId = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
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
