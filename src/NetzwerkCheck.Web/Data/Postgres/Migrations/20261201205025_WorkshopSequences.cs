using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NetzwerkCheck.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class WorkshopSequences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Workshops",
                type: "character varying(30)",
                maxLength: 30,
                nullable: false,
                defaultValue: "Challenge");

            migrationBuilder.AddColumn<string>(
                name: "Questions",
                table: "Workshops",
                // Workshops from before keep the sequence they were run with (frozen here, whatever the app's current one is).
                type: "text",
                nullable: false,
                defaultValue: @"[{""key"":""style"",""kind"":""SingleChoice"",""options"":[""hunter"",""gatherer""]},{""key"":""network-kinds"",""kind"":""MultipleChoice"",""options"":[""knowledge"",""service"",""referral""]},{""key"":""conduct"",""kind"":""Rating"",""options"":[""1"",""2"",""3"",""4"",""5""]},{""key"":""size"",""kind"":""Rating"",""options"":[""1"",""2"",""3"",""4"",""5""]},{""key"":""member-interviews"",""kind"":""Rating"",""options"":[""1"",""2"",""3"",""4"",""5""]},{""key"":""trial-period"",""kind"":""Rating"",""options"":[""1"",""2"",""3"",""4"",""5""]},{""key"":""tip"",""kind"":""OpenText"",""options"":[]}]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Workshops");

            migrationBuilder.DropColumn(
                name: "Questions",
                table: "Workshops");
        }
    }
}
