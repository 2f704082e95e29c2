using System.Diagnostics;
using NetzwerkCheck.Web.Tests.Infrastructure;
using NetzwerkCheck.Web.Tests.Pages.Workshops;

namespace NetzwerkCheck.Web.Tests.Security;

/// <summary>
/// Every kind of page, in the states a user sees, is valid HTML according to the Nu validator (vnu).
/// The validator comes from npm (vnu-jar, installed by .ci/run) and runs on Java; the pages are
/// written to files first because vnu refuses localhost URLs.
/// </summary>
public sealed class ValidHtmlTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    private static string? FindValidator()
    {
        var configured = Environment.GetEnvironmentVariable("NC_VNU_JAR");
        if (configured is not null && File.Exists(configured))
        {
            return configured;
        }
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, ".ci", "tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    [Fact]
    public async Task EveryPageIsValidHtml()
    {
        var jar = FindValidator();
        if (jar is null)
        {
            const string reason = "vnu.jar fehlt – npm install --prefix .ci/tools vnu-jar (macht .ci/run) oder NC_VNU_JAR setzen.";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(reason);
            }
            Assert.Skip(reason);
        }

        var user = await WebUser.RegisterAsync(factory);
        var networkId = await user.CreateNetworkAsync("Valides Netzwerk");
        var assessmentId = await user.StartCheckAsync(networkId);
        await user.SubmitAsync($"/Checks/Criteria/{assessmentId}", [("Criteria[0].Rating", "4"), ("Criteria[0].Note", "Notiz"), ("go", "next")]);
        await user.SubmitAsync($"/Checks/Flags/{assessmentId}", [("RedFlags", "PressureToBuy"), ("go", "next")]);
        var second = await user.StartCheckAsync(networkId);
        await user.SubmitAsync($"/Checks/Flags/{second}", [("go", "next")]);
        await user.CreateNetworkAsync("Zweites Netzwerk");
        await user.SubmitAsync($"/Surveys/{networkId}", [], "form[action*='handler=Open']");
        var link = new Uri((await user.GetDocumentAsync($"/Surveys/{networkId}")).QuerySelector("#share-url")!.GetAttribute("value")!).AbsolutePath;
        var (workshopId, code) = await WorkshopTests.OpenWorkshopAsync(user);
        var participant = await WorkshopTests.JoinAsync(factory.CreateBrowserClient(), code);
        var anonymous = factory.CreateBrowserClient();

        var pages = new List<(string Name, HttpClient Client, string Url)>
        {
            ("landing", anonymous, "/"), ("register", anonymous, "/Account/Register"), ("login", anonymous, "/Account/Login"),
            ("not-found", anonymous, "/gibt-es-nicht"), ("networks", user.Client, "/Networks"), ("create", user.Client, "/Networks/Create"),
            ("details", user.Client, $"/Networks/Details/{networkId}"), ("edit", user.Client, $"/Networks/Edit/{networkId}"),
            ("delete", user.Client, $"/Networks/Delete/{networkId}"), ("trial", user.Client, $"/Networks/Trial/{networkId}"),
            ("goal", user.Client, $"/Checks/Goal/{assessmentId}"), ("type", user.Client, $"/Checks/Type/{assessmentId}"),
            ("criteria", user.Client, $"/Checks/Criteria/{assessmentId}"), ("flags", user.Client, $"/Checks/Flags/{assessmentId}"),
            ("result", user.Client, $"/Checks/Result/{assessmentId}"), ("report", user.Client, $"/Reports/Assessment/{assessmentId}"),
            ("compare", user.Client, $"/Networks/Compare?ids={networkId}&ids={networkId + 1}"), ("manage", user.Client, "/Account/Manage"),
            ("data", user.Client, "/Account/Data"), ("survey-owner", user.Client, $"/Surveys/{networkId}"), ("survey-answer", anonymous, link),
            ("workshops", user.Client, "/Workshops"), ("present", user.Client, $"/Workshops/Present/{workshopId}"),
            ("summary", user.Client, $"/Workshops/Summary/{workshopId}"), ("join", anonymous, "/w"), ("room", participant.Client, $"/w/{code}"),
        };
        var folder = Directory.CreateTempSubdirectory("nc-html-");
        foreach (var (name, client, url) in pages)
        {
            var html = await (await client.GetAsync(url, TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, name + ".html"), html, TestContext.Current.CancellationToken);
        }

        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-jar", jar, "--errors-only", "--format", "text" }.Concat(Directory.GetFiles(folder.FullName, "*.html").Order()))
        {
            start.ArgumentList.Add(argument);
        }
        using var validator = Process.Start(start)!;
        var errors = await validator.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var output = await validator.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await validator.WaitForExitAsync(TestContext.Current.CancellationToken);
        folder.Delete(recursive: true);

        Assert.True(validator.ExitCode == 0, $"vnu found errors:\n{errors}\n{output}");
    }
}
