using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NetzwerkCheck.Web.Data.Migrations
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
                type: "TEXT",
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
