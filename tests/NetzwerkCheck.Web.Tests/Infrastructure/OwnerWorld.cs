using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Domain.Workshops;
using NetzwerkCheck.Web.Tests.Pages.Reports;
using NetzwerkCheck.Web.Tests.Pages.Workshops;

namespace NetzwerkCheck.Web.Tests.Infrastructure;

/// <summary>An owner with one of everything: a network with trial dates, journal, survey and a draft check; a completed check with a share link; workshops at a choice, at the open question and a group assessment, joined from the owner's own browser.</summary>
public sealed partial class OwnerWorld
{
    public required WebUser Owner { get; init; }
    public required string AntiforgeryToken { get; init; }
    public required int NetworkId { get; init; }
    public required int DraftId { get; init; }
    public required int[] WorkshopIds { get; init; }
    public required string[] JoinCodes { get; init; }
    public required string SurveyPath { get; init; }
    public required int TakeHomeId { get; init; }
    public required int ClientId { get; init; }
    public required int ReportId { get; init; }
    public required string ShareToken { get; init; }

    public static async Task<OwnerWorld> CreateAsync(NetzwerkCheckFactory factory)
    {
        var owner = await WebUser.RegisterAsync(factory);
        var networkId = await owner.CreateNetworkAsync("Fuzzclub");
        var today = DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await owner.SubmitAsync($"/Networks/Trial/{networkId}", [("Dates.Start", today), ("Dates.PlannedEnd", DateOnly.FromDateTime(DateTime.Today).AddDays(90).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))], "form[action*='handler=Dates']");
        await owner.AddEntryAsync(networkId, "Event", "Frühstück");
        await owner.AddEntryAsync(networkId, "Order", "Logo", amount: "1.234,50");
        await owner.SaveCostsAsync(networkId, ("YearlyFee", "600"), ("HoursPerMonth", "4"));
        var draftId = await owner.StartCheckAsync(networkId);
        await owner.SubmitAsync($"/Surveys/{networkId}", [], "form[action*='handler=Open']");
        var surveyPath = new Uri((await owner.GetDocumentAsync($"/Surveys/{networkId}")).QuerySelector("#share-url")!.GetAttribute("value")!).AbsolutePath;

        var choice = await WorkshopTests.OpenWorkshopAsync(owner);
        var open = await WorkshopTests.OpenWorkshopAsync(owner);
        await factory.WithDbAsync(db => db.Workshops.Where(w => w.Id == open.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.CurrentQuestion, OpenTextIndex)));
        await WorkshopTests.JoinAsync(owner.Client, choice.Code);
        await WorkshopTests.JoinAsync(owner.Client, open.Code);
        var group = await GroupAssessmentTests.OpenAsync(owner, network: "Fuzzkreis");
        await WorkshopTests.JoinAsync(owner.Client, group.Code);

        var takeHomeId = await SaveTakeHomeAsync(factory, owner.Email);
        var clientId = await owner.CreateClientAsync("Fuzz GmbH");
        var reportId = await ShareTests.CompletedCheckAsync(owner, "Fuzzbericht");
        var sharePath = await ShareTests.CreateLinkAsync(owner, reportId);

        var token = (await owner.GetDocumentAsync("/Networks/Create")).QuerySelector($"input[name={"__RequestVerificationToken"}]")!.GetAttribute("value")!;
        return new OwnerWorld
        {
            Owner = owner,
            AntiforgeryToken = token,
            NetworkId = networkId,
            DraftId = draftId,
            WorkshopIds = [choice.Id, open.Id, group.Id],
            JoinCodes = [choice.Code, open.Code, group.Code],
            SurveyPath = surveyPath,
            TakeHomeId = takeHomeId,
            ClientId = clientId,
            ReportId = reportId,
            ShareToken = sharePath.Split('/').Last(),
        };
    }

    /// <summary>Where the Challenge sequence asks its open question (the tip).</summary>
    public static int OpenTextIndex => WorkshopQuestions.Challenge.ToList().FindIndex(q => q.Kind == QuestionKind.OpenText);

    /// <summary>A take-home kept in <paramref name="email"/>'s account, as the phone's "keep" would store it.</summary>
    public static Task<int> SaveTakeHomeAsync(NetzwerkCheckFactory factory, string email, string title = "Fuzzclub-Workshop") =>
        factory.WithDbAsync(async db =>
        {
            var ownerId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            var saved = SavedTakeHome.Of(TakeHome.For(Domain.Assessments.NetworkerStyle.Gatherer, [Domain.Assessments.Contribution.HelpOrganising]), ownerId, title, new DateOnly(2026, 11, 30), DateTime.UtcNow);
            db.SavedTakeHomes.Add(saved);
            await db.SaveChangesAsync();
            return saved.Id;
        });

    /// <summary>Concrete addresses for a route template, with the owner's real ids, codes and tokens.</summary>
    public IEnumerable<string> Urls(string template)
    {
        var parameter = RouteParameter().Match(template);
        if (!parameter.Success)
        {
            return ["/" + template];
        }
        string[] values = (template, parameter.Groups["name"].Value) switch
        {
            (var t, "token") when t.StartsWith("bericht/", StringComparison.Ordinal) => [ShareToken],
            (_, "token") => [SurveyPath.Split('/').Last()],
            (_, "code") => JoinCodes,
            (_, "networkId") => [Id(NetworkId)],
            (var t, _) when t.StartsWith("Reports/", StringComparison.Ordinal) => [Id(DraftId), Id(ReportId)],
            (var t, _) when t.StartsWith("Checks/", StringComparison.Ordinal) => [Id(DraftId)],
            (var t, _) when t.StartsWith("Workshops/", StringComparison.Ordinal) => [.. WorkshopIds.Select(Id)],
            (var t, _) when t.StartsWith("Networks/", StringComparison.Ordinal) => [Id(NetworkId)],
            (var t, _) when t.StartsWith("TakeHomes/", StringComparison.Ordinal) => [Id(TakeHomeId)],
            (var t, _) when t.StartsWith("Clients/", StringComparison.Ordinal) => [Id(ClientId)],
            _ => throw new InvalidOperationException($"No owner data for the route {template}: add it to {nameof(OwnerWorld)}."),
        };
        return values.Select(v => "/" + RouteParameter().Replace(template, v));
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\{(?<name>[^}:?]+)[^}]*\}")]
    private static partial Regex RouteParameter();
}
