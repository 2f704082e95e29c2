using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Web.Tests.Pages.Workshops;

namespace NetzwerkCheck.Web.Tests.Infrastructure;

/// <summary>
/// Every kind of page in the states a user meets: filled and empty, with validation errors, with notices,
/// history, survey results and a running workshop. Quality sweeps (valid HTML, complete English) read them all.
/// </summary>
public static class PageTour
{
    public sealed record VisitedPage(string Name, string Html);

    /// <param name="culture">null for the default language, or a culture the footer's switch offers.</param>
    public static async Task<IReadOnlyList<VisitedPage>> VisitAsync(NetzwerkCheckFactory factory, string? culture = null)
    {
        async Task<WebUser> Visitor()
        {
            var visitor = new WebUser(factory.CreateBrowserClient());
            if (culture is not null)
            {
                await visitor.SwitchLanguageAsync(culture);
            }
            return visitor;
        }
        var pages = new List<VisitedPage>();
        async Task Get(string name, WebUser who, string url, System.Net.HttpStatusCode expected = System.Net.HttpStatusCode.OK)
        {
            var response = await who.Client.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == expected, $"{name}: {url} answered {(int)response.StatusCode}");
            pages.Add(new(name, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
        }
        async Task Post(string name, WebUser who, string url, (string, string?)[] values, string form = "main form")
        {
            var response = await who.SubmitAsync(url, values, form);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            pages.Add(new(name, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
        }

        var anonymous = await Visitor();
        var user = await WebUser.RegisterAsync(factory, client: (await Visitor()).Client);
        var networkId = await user.CreateNetworkAsync("Harbour Club");
        var clientId = await user.CreateClientAsync("Harbour Consulting");
        await user.SubmitAsync($"/Networks/Edit/{networkId}", [("Input.ClientId", clientId.ToString(CultureInfo.InvariantCulture))]);
        var today = DateOnly.FromDateTime(DateTime.Today);
        string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await user.SubmitAsync($"/Networks/Trial/{networkId}", [("Dates.Start", Iso(today.AddDays(-40))), ("Dates.PlannedEnd", Iso(today.AddDays(2)))], "form[action*='handler=Dates']");
        foreach (var kind in new[] { "Event", "Contact", "Lead" })
        {
            await user.AddEntryAsync(networkId, kind, "Breakfast meeting");
        }
        await user.AddEntryAsync(networkId, "Order", "Logo design", amount: "2400");
        await user.AddEntryAsync(networkId, "ReferralReceived", date: today.AddYears(-1));
        await user.SaveCostsAsync(networkId, ("MemberSince", Iso(today.AddYears(-1).AddMonths(-2))), ("AdmissionFee", "150"), ("YearlyFee", "600"), ("CostPerEvent", "20"), ("HoursPerMonth", "4"));

        var first = await CompleteCheckAsync(user, networkId, "4", "2", "3", ["PressureToBuy"]);
        await CompleteCheckAsync(user, networkId, "1", "4", "4", []);
        var draft = await user.StartCheckAsync(networkId);
        await user.SubmitAsync($"/Checks/Criteria/{draft}", [("Criteria[0].Rating", "4"), ("Criteria[0].Note", "Friendly people"), ("go", "next")]);
        var secondNetwork = await user.CreateNetworkAsync("Garden Circle");
        var open = await user.StartCheckAsync(secondNetwork);
        await user.SubmitAsync($"/Checks/Flags/{open}", [("go", "next")]);

        await user.SubmitAsync($"/Surveys/{networkId}", [], "form[action*='handler=Open']");
        var link = new Uri((await user.GetDocumentAsync($"/Surveys/{networkId}")).QuerySelector("#share-url")!.GetAttribute("value")!).AbsolutePath;
        foreach (var (conduct, seenAs) in new[] { ("4", "Referral"), ("2", "Knowledge"), ("5", "Service") })
        {
            await (await Visitor()).SubmitAsync(link, [("Input.ConductRating", conduct), ("Input.ValueRating", "3"), ("Input.SeenAs", seenAs), ("Input.WouldRecommend", "true"), ("Input.Comment", "Good contacts")]);
        }
        await user.SubmitAsync($"/Surveys/{secondNetwork}", [], "form[action*='handler=Open']");
        await user.SubmitAsync($"/Surveys/{secondNetwork}", [], "form[action*='handler=Close']");
        var closedLink = "/umfrage/" + await factory.WithDbAsync(db => db.Surveys.Where(s => s.NetworkId == secondNetwork).Select(s => s.Token).SingleAsync());

        var (workshopId, code) = await WorkshopTests.OpenWorkshopAsync(user);
        var participant = await WorkshopTests.JoinAsync((await Visitor()).Client, code);
        await participant.SubmitAsync($"/w/{code}", [("Values", "hunter")]);

        await Get("landing", anonymous, "/");
        await Get("register", anonymous, "/Account/Register");
        await Post("register-errors", anonymous, "/Account/Register", [("Input.Email", "not-an-address"), ("Input.Password", "short"), ("Input.ConfirmPassword", "other")]);
        await Get("login", anonymous, "/Account/Login");
        await Post("login-failed", anonymous, "/Account/Login", [("Input.Email", "nobody@example.org"), ("Input.Password", "wrong-password-123")]);
        await Get("forgot", anonymous, "/Account/ForgotPassword");
        await Post("forgot-errors", anonymous, "/Account/ForgotPassword", [("Input.Email", "not-an-address")]);
        var requested = await anonymous.SubmitAsync("/Account/ForgotPassword", [("Input.Email", user.Email)]);
        pages.Add(new("forgot-requested", await anonymous.FollowAsync(requested)));
        var resetLink = await ResetLinkAsync(factory, user.Email);
        await Get("reset", anonymous, resetLink);
        await Post("reset-errors", anonymous, resetLink, [("Input.Password", "short"), ("Input.ConfirmPassword", "other")]);
        await Get("reset-invalid", anonymous, "/Account/ResetPassword");
        await Get("not-found", anonymous, "/gibt-es-nicht", System.Net.HttpStatusCode.NotFound);
        await Get("networks", user, "/Networks");
        await Get("create", user, "/Networks/Create");
        await Get("networks-of-client", user, $"/Networks?client={clientId}");
        await Get("networks-unfiled", user, "/Networks?client=ohne");
        await Get("portfolio", user, "/Portfolio");
        await Post("portfolio-errors", user, "/Portfolio", [("Budget.HourlyRate", "-5"), ("Budget.WantedHoursPerMonth", "viel")], "#budget form");
        await Get("networks-searched-sorted", user, $"/Networks?client={clientId}&q=harbour&sort=punkte");
        await Get("networks-search-empty", user, "/Networks?q=nothing-matches&sort=geaendert");
        var many = await WebUser.RegisterAsync(factory, client: (await Visitor()).Client);
        await many.CreateNetworkAsync("Harbour Club 1");
        await factory.WithDbAsync(async db =>
        {
            var first = await db.Networks.SingleAsync(n => n.Name == "Harbour Club 1");
            db.Networks.AddRange(Enumerable.Range(2, 29).Select(i => new Domain.Networks.Network
            {
                OwnerId = first.OwnerId,
                Name = $"Harbour Club {i}",
                CreatedUtc = first.CreatedUtc,
                UpdatedUtc = first.UpdatedUtc,
            }));
            return await db.SaveChangesAsync();
        });
        await Get("networks-page-2", many, "/Networks?page=2&sort=status");
        await Get("clients", user, "/Clients");
        await Post("clients-errors", user, "/Clients", [("Input.Name", "Harbour Consulting"), ("Input.Note", new string('x', 501))]);
        await Get("client-edit", user, $"/Clients/Edit/{clientId}");
        await Post("create-errors", user, "/Networks/Create", [("Input.Name", ""), ("Input.ApproxMemberCount", "-3")]);
        await Get("details", user, $"/Networks/Details/{networkId}");
        await Get("details-second", user, $"/Networks/Details/{secondNetwork}");
        await Get("edit", user, $"/Networks/Edit/{networkId}");
        await Post("edit-errors", user, $"/Networks/Edit/{networkId}", [("Input.ApproxMemberCount", "abc")]);
        await Get("delete", user, $"/Networks/Delete/{networkId}");
        await Get("trial", user, $"/Networks/Trial/{networkId}");
        await Get("costs", user, $"/Networks/Costs/{networkId}");
        await Post("costs-errors", user, $"/Networks/Costs/{networkId}", [("Input.AdmissionFee", "-5"), ("Input.YearlyFee", "abc"), ("Input.HoursPerMonth", "745"), ("Input.MemberSince", Iso(today.AddDays(3)))]);
        await Get("journal", user, $"/Networks/Journal/{networkId}");
        await Get("journal-last-year", user, $"/Networks/Journal/{networkId}?year={today.Year - 1}");
        await Post("journal-errors", user, $"/Networks/Journal/{networkId}", [("Entry.Kind", "Order"), ("Entry.Amount", "")], "form.journal-form");
        await Get("journal-empty", user, $"/Networks/Journal/{secondNetwork}");
        await Post("trial-errors", user, $"/Networks/Trial/{networkId}", [("Dates.Start", Iso(today)), ("Dates.PlannedEnd", Iso(today.AddDays(-1)))], "form[action*='handler=Dates']");
        await Get("goal", user, $"/Checks/Goal/{draft}");
        await Get("contribution", user, $"/Checks/Contribution/{draft}");
        await Post("contribution-errors", user, $"/Checks/Contribution/{draft}", [("Input.Contributions", "NothingYet"), ("Input.Contributions", "HelpOrganising"), ("Input.HoursPerMonth", "abc"), ("go", "next")]);
        await Get("type", user, $"/Checks/Type/{draft}");
        await Get("criteria", user, $"/Checks/Criteria/{draft}");
        await Post("criteria-errors", user, $"/Checks/Criteria/{draft}", [("Criteria[0].Rating", "9"), ("TrialWeeks", "abc"), ("go", "next")]);
        await Get("flags", user, $"/Checks/Flags/{draft}");
        await Get("profile-empty", user, "/Account/Profile");
        await Post("profile-errors", user, "/Account/Profile", [("Input.Name", new string('x', 101)), ("Input.Contact", "Phone\n0341")], "#profile-form");
        var unsafeLogo = Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        var refused = await user.UploadAsync("/Account/Profile", "Input.Logo", unsafeLogo, "logo.svg", "image/svg+xml", [], "#profile-form");
        pages.Add(new("profile-logo-refused", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
        await user.UploadAsync("/Account/Profile", "Input.Logo", Pages.Account.ConsultantProfileTests.Png, "logo.png", "image/png",
            [("Input.Name", "Anna Berger"), ("Input.Organisation", "Berger Consulting"), ("Input.Contact", "0341 123456 · anna@berger.example")], "#profile-form");
        await Get("profile", user, "/Account/Profile");
        await Get("comment-empty", user, $"/Checks/Comment/{first}");
        await Post("comment-errors", user, $"/Checks/Comment/{first}", [("Input.Text", new string('x', 4001))]);
        await user.SubmitAsync($"/Checks/Comment/{first}", [("Input.Text", "The club fits your goal.\nAsk three members before you pay the fee.")]);
        await Get("comment", user, $"/Checks/Comment/{first}");
        await Get("result", user, $"/Checks/Result/{first}");
        await Get("result-open", user, $"/Checks/Result/{open}");
        await Get("report", user, $"/Reports/Assessment/{first}");
        await Get("share-empty", user, $"/Reports/Share/{first}");
        await Post("share-errors", user, $"/Reports/Share/{first}", [("Create.Days", "0"), ("Create.Label", new string('x', 101))], "form[action*='handler=Create']");
        var shareCreated = await user.SubmitAsync($"/Reports/Share/{first}", [("Create.Days", "30"), ("Create.Label", "Ms Berger")], "form[action*='handler=Create']");
        var shareNew = await user.FollowAsync(shareCreated);
        pages.Add(new("share-new", shareNew));
        var sharePath = new Uri(Html.Parse(shareNew).QuerySelector("#share-new-url")!.GetAttribute("value")!).AbsolutePath;
        await Get("shared-report", anonymous, sharePath);
        var revokedPath = new Uri(Html.Parse(await user.FollowAsync(await user.SubmitAsync($"/Reports/Share/{first}", [("Create.Days", "1")], "form[action*='handler=Create']")))
            .QuerySelector("#share-new-url")!.GetAttribute("value")!).AbsolutePath;
        var revokedId = await factory.WithDbAsync(db => db.ReportShares.Where(s => s.TokenHash == NetzwerkCheck.Web.Infrastructure.RandomToken.Hash(revokedPath.Split('/').Last())).Select(s => s.Id).SingleAsync());
        var revoked = await user.SubmitAsync($"/Reports/Share/{first}", [], $"form:has(input[name=linkId][value='{revokedId}'])");
        pages.Add(new("share-list", await user.FollowAsync(revoked)));
        await Get("shared-report-revoked", anonymous, revokedPath, System.Net.HttpStatusCode.Gone);
        await Get("shared-report-unknown", anonymous, "/bericht/gibt-es-nicht", System.Net.HttpStatusCode.NotFound);
        var expiredHash = NetzwerkCheck.Web.Infrastructure.RandomToken.Hash(sharePath.Split('/').Last());
        await factory.WithDbAsync(db => db.ReportShares.Where(s => s.TokenHash == expiredHash).ExecuteUpdateAsync(s => s.SetProperty(x => x.ExpiresUtc, DateTime.UtcNow.AddDays(-1))));
        await Get("shared-report-expired", anonymous, sharePath, System.Net.HttpStatusCode.Gone);
        await Get("share-list-expired", user, $"/Reports/Share/{first}");
        await Get("report-short", user, $"/Reports/Short/{first}");
        await Get("compare", user, $"/Networks/Compare?ids={networkId}&ids={secondNetwork}");
        await Get("compare-too-few", user, $"/Networks/Compare?ids={networkId}");
        await Post("result-send-errors", user, $"/Checks/Result/{first}", [("Send.To", "kaputt"), ("Send.Name", "A\nB"), ("Send.Note", new string('x', 1001))], "form[action*='handler=Send']");
        await Get("manage", user, "/Account/Manage");
        await Post("manage-email-errors", user, "/Account/Manage", [("NewEmail.Email", "kaputt"), ("NewEmail.Password", null)], "form[action*='handler=ChangeEmail']");
        await Get("confirm-email", anonymous, await ConfirmLinkAsync(factory, user.Email));
        await Get("confirm-email-invalid", anonymous, "/Account/ConfirmEmail?user=x", System.Net.HttpStatusCode.BadRequest);
        await Get("reminders-off", anonymous, ReminderOffLink(factory, user.Email, networkId));
        await Get("reminders-off-invalid", anonymous, "/Email/RemindersOff?token=kaputt", System.Net.HttpStatusCode.BadRequest);
        await Get("data", user, "/Account/Data");
        await Devices.SignInAsync(factory, user.Email, userAgent: Devices.Firefox);
        await Get("sessions", user, "/Account/Sessions");
        var endedOthers = await user.SubmitAsync("/Account/Sessions", [], "form:has(#end-others)");
        pages.Add(new("sessions-ended", await user.FollowAsync(endedOthers)));
        await Get("survey-owner", user, $"/Surveys/{networkId}");
        await Get("survey-closed-owner", user, $"/Surveys/{secondNetwork}");
        await Get("survey-answer", anonymous, link);
        await Post("survey-answer-errors", anonymous, link, [("Input.ConductRating", null), ("Input.SeenAs", null)]);
        await Get("survey-closed", anonymous, closedLink, System.Net.HttpStatusCode.Gone);
        await Get("workshops", user, "/Workshops");
        await Get("present", user, $"/Workshops/Present/{workshopId}");
        await user.SubmitAsync($"/Workshops/Present/{workshopId}", [], "form[data-key=reveal]");
        await Get("present-revealed", user, $"/Workshops/Present/{workshopId}");
        await Get("summary", user, $"/Workshops/Summary/{workshopId}");
        await Get("questions-started", user, $"/Workshops/Questions/{workshopId}");
        var (fresh, _) = await WorkshopTests.OpenWorkshopAsync(user);
        await Get("questions", user, $"/Workshops/Questions/{fresh}");
        await Post("questions-errors", user, $"/Workshops/Questions/{fresh}", [("Input.Kind", "SingleChoice"), ("Input.Text", ""), ("Input.Options", "x")], "#question-add");
        await Get("moderate", user, $"/Workshops/Moderate/{workshopId}");
        await Get("join", anonymous, "/w");
        await Post("join-errors", anonymous, "/w", [("Input.Code", "??")]);
        await Get("room", participant, $"/w/{code}");

        // The end of a workshop: what people bring in, the debrief, each phone's take-home, a kept copy.
        var (endingId, endingCode) = await WorkshopTests.OpenWorkshopAsync(user);
        var gatherer = await WorkshopTests.JoinAsync((await Visitor()).Client, endingCode);
        var silent = await WorkshopTests.JoinAsync((await Visitor()).Client, endingCode);
        await gatherer.SubmitAsync($"/w/{endingCode}", [("Values", "gatherer")]);
        await TakeHomeTests.NextAsync(user, endingId, TakeHomeTests.IndexOf("contributions"));
        await Get("room-contributions", gatherer, $"/w/{endingCode}");
        await Post("room-contributions-errors", gatherer, $"/w/{endingCode}", [("Values", "nothing-yet"), ("Values", "organising")]);
        await gatherer.SubmitAsync($"/w/{endingCode}", [("Values", "organising")]);
        await TakeHomeTests.NextAsync(user, endingId);
        await Get("present-debrief", user, $"/Workshops/Present/{endingId}");
        await Get("room-debrief", gatherer, $"/w/{endingCode}");
        await user.SubmitAsync($"/Workshops/Present/{endingId}", [], "form[action*='handler=Close']");
        await Get("takehome", gatherer, $"/w/{endingCode}/ergebnis");
        await Get("takehome-no-answers", silent, $"/w/{endingCode}/ergebnis");
        var keeper = await WebUser.RegisterAsync(factory, client: gatherer.Client);
        await Get("takehome-signed-in", keeper, $"/w/{endingCode}/ergebnis");
        var kept = await keeper.SubmitAsync($"/w/{endingCode}/ergebnis", [], "form[action*='handler=Keep']");
        pages.Add(new("takehome-saved", await keeper.FollowAsync(kept)));
        await Get("takehome-already-saved", keeper, $"/w/{endingCode}/ergebnis");
        await Get("networks-with-takehome", keeper, "/Networks");

        var group = await GroupAssessmentTests.OpenAsync(user, network: "Harbour Circle");
        var groupPhones = new List<WebUser>();
        foreach (var answer in new[] { "4", "3", "0" })
        {
            var phone = await WorkshopTests.JoinAsync((await Visitor()).Client, group.Code);
            await phone.SubmitAsync($"/w/{group.Code}", [("Values", answer)]);
            groupPhones.Add(phone);
        }
        await Post("workshops-group-errors", user, "/Workshops", [("Assess.NetworkId", null), ("Assess.RevealThreshold", "0")], "form[action*='handler=Assess']");
        await Get("present-group", user, $"/Workshops/Present/{group.Id}");
        await user.SubmitAsync($"/Workshops/Present/{group.Id}", [], "form[data-key=reveal]");
        await user.SubmitAsync($"/Workshops/Present/{group.Id}", [("median", "true")], "#agree-form");
        await Get("present-group-revealed", user, $"/Workshops/Present/{group.Id}");
        await Post("present-group-agree-errors", user, $"/Workshops/Present/{group.Id}", [("values", "9")], "#agree-form");
        await Get("summary-group-open", user, $"/Workshops/Summary/{group.Id}");
        await user.SubmitAsync($"/Workshops/Present/{group.Id}", [], "form:has(#present-close)");
        await Get("summary-group", user, $"/Workshops/Summary/{group.Id}");
        await Get("group-takehome", groupPhones[2], $"/w/{group.Code}/ergebnis");
        var groupAssessment = await factory.WithDbAsync(db => db.Assessments.Where(a => a.WorkshopId == group.Id).Select(a => a.Id).SingleAsync());
        await Get("result-group", user, $"/Checks/Result/{groupAssessment}");
        await Get("report-group", user, $"/Reports/Assessment/{groupAssessment}");
        await Get("details-group", user, $"/Networks/Details/{group.NetworkId}");
        return pages;
    }

    private static async Task<string> ConfirmLinkAsync(NetzwerkCheckFactory factory, string email)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var account = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email}.");
        var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GenerateEmailConfirmationTokenAsync(account)));
        return $"/Account/ConfirmEmail?user={Uri.EscapeDataString(account.Id)}&token={token}";
    }

    private static string ReminderOffLink(NetzwerkCheckFactory factory, string email, int networkId)
    {
        using var scope = factory.Services.CreateScope();
        var userId = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().Users.Where(u => u.Email == email).Select(u => u.Id).Single();
        var token = scope.ServiceProvider.GetRequiredService<NetzwerkCheck.Web.Infrastructure.Email.ReminderOptOut>().TokenFor(userId, networkId);
        return $"/Email/RemindersOff?token={Uri.EscapeDataString(token)}";
    }

    /// <summary>A valid reset link for <paramref name="email"/>, as the mail would carry it.</summary>
    public static async Task<string> ResetLinkAsync(NetzwerkCheckFactory factory, string email)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var account = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email}.");
        var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(account)));
        return $"/Account/ResetPassword?user={Uri.EscapeDataString(account.Id)}&token={token}";
    }

    private static async Task<int> CompleteCheckAsync(WebUser user, int networkId, string knowledge, string service, string rating, string[] redFlags)
    {
        var id = await user.StartCheckAsync(networkId);
        await user.SubmitAsync($"/Checks/Goal/{id}", [("Input.Goal", "WinClients"), ("Input.Style", "Hunter"), ("go", "next")]);
        await user.SubmitAsync($"/Checks/Contribution/{id}", [("Input.Contributions", "NothingYet"), ("Input.HoursPerMonth", "20"), ("go", "next")]);
        await user.SubmitAsync($"/Checks/Type/{id}", [
            ("Answers[knowledge-talks]", knowledge), ("Answers[knowledge-exchange]", knowledge),
            ("Answers[service-deals]", service), ("Answers[service-results]", service),
            ("Answers[referral-relationships]", "2"), ("Answers[referral-introductions]", "3"), ("go", "next")]);
        await user.SubmitAsync($"/Checks/Criteria/{id}", [
            ("Criteria[0].Rating", rating), ("Criteria[0].Note", "Open and friendly"), ("Criteria[1].Rating", rating),
            ("Criteria[2].Rating", rating), ("Criteria[3].Rating", "2"), ("Criteria[4].Rating", rating), ("TrialWeeks", "6"), ("go", "next")]);
        await user.SubmitAsync($"/Checks/Flags/{id}", [.. redFlags.Select(f => ("RedFlags", (string?)f)), ("go", "next")]);
        return id;
    }
}
