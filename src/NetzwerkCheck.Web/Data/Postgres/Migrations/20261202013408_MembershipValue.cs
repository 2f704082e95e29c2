using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NetzwerkCheck.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class MembershipValue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "Amount",
                table: "TrialJournal",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "AdmissionFee",
                table: "Networks",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "CostPerEvent",
                table: "Networks",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "HoursPerMonth",
                table: "Networks",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "MemberSince",
                table: "Networks",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "YearlyFee",
                table: "Networks",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "HourlyRate",
                table: "AccountSettings",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "WantedHoursPerMonth",
                table: "AccountSettings",
                type: "bigint",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Amount",
                table: "TrialJournal");

            migrationBuilder.DropColumn(
                name: "AdmissionFee",
                table: "Networks");

            migrationBuilder.DropColumn(
                name: "CostPerEvent",
                table: "Networks");

            migrationBuilder.DropColumn(
                name: "HoursPerMonth",
                table: "Networks");

            migrationBuilder.DropColumn(
                name: "MemberSince",
                table: "Networks");

            migrationBuilder.DropColumn(
                name: "YearlyFee",
                table: "Networks");

            migrationBuilder.DropColumn(
                name: "HourlyRate",
                table: "AccountSettings");

            migrationBuilder.DropColumn(
                name: "WantedHoursPerMonth",
                table: "AccountSettings");
        }
    }
}
