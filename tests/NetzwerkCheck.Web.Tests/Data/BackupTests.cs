using System.Net;
using NetzwerkCheck.Web.Infrastructure;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Data;

public sealed class BackupTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    [Fact]
    public async Task BackupRestoresIntoAWorkingApp()
    {
        var user = await WebUser.RegisterAsync(factory);
        await user.CreateNetworkAsync("Gesichertes Netzwerk");
        var folder = Path.Combine(Path.GetTempPath(), "nc-backup-" + Guid.NewGuid().ToString("N"));
        var backupFile = Path.Combine(folder, "netzwerkcheck.db");

        var written = await DatabaseBackup.CreateAsync(factory.Services, backupFile, TestContext.Current.CancellationToken);
        await user.CreateNetworkAsync("Nach der Sicherung");

        Assert.Equal(backupFile, written);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(folder, "keys")));
        await Assert.ThrowsAsync<IOException>(() => DatabaseBackup.CreateAsync(factory.Services, backupFile, TestContext.Current.CancellationToken));

        using var restored = new RestoredFactory(backupFile);
        var sameUser = new WebUser(restored.CreateBrowserClient());
        var login = await sameUser.SubmitAsync("/Account/Login", [("Input.Email", user.Email), ("Input.Password", WebUser.Password)]);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var list = await (await sameUser.Client.GetAsync("/Networks", TestContext.Current.CancellationToken)).TextAsync();
        Assert.Contains("Gesichertes Netzwerk", list);
        Assert.DoesNotContain("Nach der Sicherung", list);
    }

    private sealed class RestoredFactory(string file) : NetzwerkCheckFactory
    {
        public override string DatabaseFile => file;
    }
}
