using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NetzwerkCheck.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class NetworkListOrderIndexes : Migration
    {
        // The dashboard's orders (Pages/Networks/NetworkListQuery.Ordered), each as an index on the same expressions,
        // so one page is read in order instead of sorting every network of the account. EF's model cannot express
        // indexes on expressions; DashboardIndexTests checks that the query plans use them.
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""CREATE INDEX "IX_Networks_List_ByName" ON "Networks" ("OwnerId", ("Status" = 'Left'), "Name", "Id");""");
            migrationBuilder.Sql("""CREATE INDEX "IX_Networks_List_ByScore" ON "Networks" ("OwnerId", ("LatestScore" IS NULL), "LatestScore" DESC, "Name", "Id");""");
            migrationBuilder.Sql("""CREATE INDEX "IX_Networks_List_ByChecked" ON "Networks" ("OwnerId", ("LatestCheckedUtc" IS NULL), "LatestCheckedUtc" DESC, "Id");""");
            migrationBuilder.Sql("""CREATE INDEX "IX_Networks_List_ByChange" ON "Networks" ("OwnerId", "UpdatedUtc" DESC, "Id");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var index in (string[])["IX_Networks_List_ByName", "IX_Networks_List_ByScore", "IX_Networks_List_ByChecked", "IX_Networks_List_ByChange"])
            {
                migrationBuilder.Sql($"""DROP INDEX "{index}";""");
            }
        }
    }
}
