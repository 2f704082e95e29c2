using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NetzwerkCheck.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class WorkshopAnswerReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Review",
                table: "WorkshopAnswers",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                // Answers from before were shown as they came in: they stay visible.
                defaultValue: "Shown");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Review",
                table: "WorkshopAnswers");
        }
    }
}
