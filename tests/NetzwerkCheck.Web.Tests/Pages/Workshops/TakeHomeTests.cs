using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Domain.Assessments;
using NetzwerkCheck.Domain.Workshops;
using NetzwerkCheck.Web.Tests.Email;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Pages.Workshops;

/// <summary>The debrief slide, every phone's own take-home once the workshop is closed, and keeping it in an account.</summary>
public sealed class TakeHomeTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    private const string HunterTalk = "Bieten Sie einen Kurzvortrag oder Fachbeitrag dort an, wo Ihre Leistung gebraucht wird: So lernt man Sie als Fachleute kennen, bevor es ums Geschäft geht.";

    internal static async Task NextAsync(WebUser facilitator, int id, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            await facilitator.SubmitAsync($"/Workshops/Present/{id}", [], "form[data-key=next]");
        }
    }

    internal static int IndexOf(string key) => WorkshopQuestions.Challenge.ToList().FindIndex(q => q.Key == key);

    /// <summary>A closed workshop: phone "hunter" answered Jäger and knowledge + referrals, phone "silent" answered nothing.</summary>
    internal static async Task<(int Id, string Code, WebUser Facilitator, WebUser Hunter, WebUser Silent)> ClosedWorkshopAsync(NetzwerkCheckFactory factory)
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, code) = await WorkshopTests.OpenWorkshopAsync(facilitator);
        var hunter = await WorkshopTests.JoinAsync(factory.CreateBrowserClient(), code);
        var silent = await WorkshopTests.JoinAsync(factory.CreateBrowserClient(), code);
        await hunter.SubmitAsync($"/w/{code}", [("Values", "hunter")]);
        await NextAsync(facilitator, id, IndexOf("contributions"));
        await hunter.SubmitAsync($"/w/{code}", [("Values", "referrals"), ("Values", "knowledge")]);
        await facilitator.SubmitAsync($"/Workshops/Present/{id}", [], "form[action*='handler=Close']");
        return (id, code, facilitator, hunter, silent);
    }

    private static async Task<string> TokenAsync(WebUser who, string page) =>
        (await who.GetDocumentAsync(page)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    private static Task<HttpResponseMessage> PostKeepAsync(WebUser who, string code, string token) =>
        who.Client.PostAsync($"/w/{code}/ergebnis?handler=Keep", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), TestContext.Current.CancellationToken);

    [Fact]
    public async Task TheDebriefShowsTheRoomsSplitAndTheStrategiesWhilePhonesLookAtTheProjector()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, code) = await WorkshopTests.OpenWorkshopAsync(facilitator);
        var phones = new List<WebUser>();
        foreach (var style in new[] { "hunter", "hunter", "gatherer" })
        {
            var phone = await WorkshopTests.JoinAsync(factory.CreateBrowserClient(), code);
            await phone.SubmitAsync($"/w/{code}", [("Values", style)]);
            phones.Add(phone);
        }
        await WorkshopTests.JoinAsync(factory.CreateBrowserClient(), code);

        await NextAsync(facilitator, id, IndexOf("debrief"));

        var stage = Html.Parse(await (await facilitator.Client.GetAsync($"/Workshops/Present/{id}?handler=Stage", TestContext.Current.CancellationToken)).TextAsync());
        Assert.Equal("Jäger und Sammler im Raum", stage.Text(".debrief-title"));
        Assert.Equal("3 von 4 Personen haben ihren Stil genannt", stage.Text(".debrief-count"));
        Assert.Equal("Jäger: 2 (67 %), Sammler: 1 (33 %)", stage.QuerySelector(".debrief-split")!.GetAttribute("aria-label"));
        Assert.Equal("Jäger 2 (67 %)", stage.Text("#debrief-hunter"));
        Assert.Equal("Das Netzwerk als Marktplatz", stage.Text(".debrief-hunter .debrief-image"));
        Assert.Equal("Das Netzwerk als Informationsquelle", stage.Text(".debrief-gatherer .debrief-image"));
        Assert.Equal("Vor lauter Informationen den Überblick verlieren", stage.Texts(".debrief-gatherer .debrief-risks li")[0]);
        Assert.Empty(stage.QuerySelectorAll(".stage-bars"));
        // Nothing to reveal on the debrief: no reveal button (and no R key target) on the projector.
        var projector = await facilitator.GetDocumentAsync($"/Workshops/Present/{id}");
        Assert.Null(projector.QuerySelector("form[data-key=reveal]"));
        Assert.NotNull(projector.QuerySelector("form[data-key=next]"));

        await using (var events = await LiveEvents.OpenAsync(facilitator.Client, $"/Workshops/Present/{id}?handler=Events"))
        {
            var (_, state) = await events.NextAsync();
            Assert.Equal(("debrief", 3, 4), (state.GetProperty("key").GetString(), state.GetProperty("respondents").GetInt32(), state.GetProperty("participants").GetInt32()));
        }

        var room = await phones[0].GetDocumentAsync($"/w/{code}");
        Assert.Equal("Schauen Sie auf die Leinwand", room.Text("h1"));
        Assert.Empty(room.QuerySelectorAll("input[name=Values]"));
        var token = room.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var answer = await phones[0].Client.PostAsync($"/w/{code}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["questionKey"] = "debrief",
            ["Values"] = "hunter",
        }), TestContext.Current.CancellationToken);
        (await WebUser.ParseAsync(answer)).AssertError("Gerade gibt es nichts zu beantworten: Schauen Sie auf die Leinwand.");
        Assert.Equal(0, await factory.WithDbAsync(db => db.WorkshopAnswers.CountAsync(a => a.WorkshopId == id && a.QuestionKey == "debrief")));
    }

    [Fact]
    public async Task NothingForNowCannotBeCombinedWithAnythingElse()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, code) = await WorkshopTests.OpenWorkshopAsync(facilitator);
        var phone = await WorkshopTests.JoinAsync(factory.CreateBrowserClient(), code);
        await NextAsync(facilitator, id, IndexOf("contributions"));

        var room = await phone.GetDocumentAsync($"/w/{code}");
        Assert.Equal("Was bringen Sie ein?", room.Text("h1"));
        Assert.Equal(5, room.QuerySelectorAll("input[type=checkbox][name=Values]").Length);
        var response = await phone.SubmitAsync($"/w/{code}", [("Values", "nothing-yet"), ("Values", "referrals")]);

        (await WebUser.ParseAsync(response)).AssertError("„Vorerst nichts: Ich möchte erst sehen, was es mir bringt“ lässt sich nicht mit anderen Antworten verbinden.");
        Assert.Equal(0, await factory.WithDbAsync(db => db.WorkshopAnswers.CountAsync(a => a.WorkshopId == id)));
    }

    [Fact]
    public async Task OnceClosedEveryPhoneSeesItsOwnTakeHomeAndNobodyElseDoes()
    {
        var (_, code, facilitator, hunter, silent) = await ClosedWorkshopAsync(factory);

        var room = await hunter.Client.GetAsync($"/w/{code}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, room.StatusCode);
        Assert.Equal($"/w/{code}/ergebnis", room.Headers.Location!.OriginalString);

        var own = await hunter.GetDocumentAsync($"/w/{code}/ergebnis");
        Assert.Equal("Jäger", own.Text("#takehome-style"));
        Assert.Equal("Kontakte dort knüpfen, wo Ihre Leistung gefragt ist", own.Texts(".takehome-strategy li")[0]);
        Assert.Equal(["Wissen teilen, etwa mit einem Vortrag oder Fachbeitrag", "Andere weiterempfehlen"], own.Texts("#takehome-contributions li"));
        var steps = own.Texts("#takehome-steps li");
        Assert.Equal(3, steps.Count);
        Assert.Equal(HunterTalk, steps[0]);
        Assert.NotNull(own.QuerySelector("#takehome-print[data-print]"));

        var other = await silent.GetDocumentAsync($"/w/{code}/ergebnis");
        Assert.Null(other.QuerySelector("#takehome-style"));
        Assert.StartsWith("Die Frage nach Ihrem Stil haben Sie offengelassen", other.Text("#takehome-no-style"), StringComparison.Ordinal);
        Assert.Equal(["Jäger: Das Netzwerk als Marktplatz", "Sammler: Das Netzwerk als Informationsquelle"], other.Texts(".takehome-both"));
        Assert.Equal("Dazu haben Sie im Workshop nichts angegeben.", other.Text("#takehome-no-contributions"));
        Assert.Equal("Überlegen Sie bis zum nächsten Treffen, was Sie einbringen wollen: Wissen, Empfehlungen, Kontakte oder eine helfende Hand.", other.Texts("#takehome-steps li")[0]);

        // A phone that never joined, and the facilitator, get the join form with the code filled in.
        foreach (var stranger in new[] { new WebUser(factory.CreateBrowserClient()), facilitator })
        {
            var guessed = await stranger.Client.GetAsync($"/w/{code}/ergebnis", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Redirect, guessed.StatusCode);
            Assert.Equal($"/w?Input.Code={code}", guessed.Headers.Location!.OriginalString);
        }
        var unknown = await hunter.Client.GetAsync("/w/ZZZZZZ/ergebnis", TestContext.Current.CancellationToken);
        Assert.Equal("/w?Input.Code=ZZZZZZ", unknown.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task BeforeTheEndThereIsNoTakeHomeYetOnlyTheCurrentQuestion()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (_, code) = await WorkshopTests.OpenWorkshopAsync(facilitator);
        var phone = await WorkshopTests.JoinAsync(factory.CreateBrowserClient(), code);

        var early = await phone.Client.GetAsync($"/w/{code}/ergebnis", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, early.StatusCode);
        Assert.Equal($"/w/{code}", early.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AWorkshopWithoutTheStyleQuestionEndsWithTheClosedPageAsBefore()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var (id, code) = await WorkshopTests.OpenWorkshopAsync(facilitator);
        var phone = await WorkshopTests.JoinAsync(factory.CreateBrowserClient(), code);
        var questions = await factory.WithDbAsync(db => db.Workshops.Where(w => w.Id == id).Select(w => w.Questions).SingleAsync());
        await factory.WithDbAsync(async db =>
        {
            var workshop = await db.Workshops.SingleAsync(w => w.Id == id);
            workshop.Questions = [.. questions.Where(q => q.Key != "style")];
            return await db.SaveChangesAsync();
        });
        await facilitator.SubmitAsync($"/Workshops/Present/{id}", [], "form[action*='handler=Close']");

        var room = await phone.Client.GetAsync($"/w/{code}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Gone, room.StatusCode);
        var closed = await WebUser.ParseAsync(room);
        Assert.Equal("Dieser Workshop ist beendet", closed.Text("h1"));
        Assert.Null(closed.QuerySelector("#room-takehome"));
        Assert.Equal($"/w/{code}", (await phone.Client.GetAsync($"/w/{code}/ergebnis", TestContext.Current.CancellationToken)).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task KeepingItCopiesItIntoTheNewAccountOnceAndOnlyFromThatPhone()
    {
        var (_, code, _, hunter, _) = await ClosedWorkshopAsync(factory);
        var takeHome = await hunter.GetDocumentAsync($"/w/{code}/ergebnis");
        Assert.Null(takeHome.QuerySelector("#keep-submit"));

        // Anonymous "keep" goes to sign-in first and comes back.
        var anonymous = await PostKeepAsync(hunter, code, await TokenAsync(hunter, $"/w/{code}/ergebnis"));
        Assert.Equal($"/Account/Login?ReturnUrl=%2Fw%2F{code}%2Fergebnis", anonymous.Headers.Location!.OriginalString);

        var register = takeHome.QuerySelector("#keep-register")!.GetAttribute("href")!;
        var email = $"mitnehmen-{Guid.NewGuid():N}@example.org";
        var registered = await hunter.SubmitAsync(register, [("Input.Email", email), ("Input.Password", WebUser.Password), ("Input.ConfirmPassword", WebUser.Password)]);
        Assert.Equal($"/Account/Login?ReturnUrl=%2Fw%2F{code}%2Fergebnis", registered.Headers.Location!.OriginalString);
        var signedIn = await hunter.SubmitAsync(registered.Headers.Location!.OriginalString, [("Input.Email", email), ("Input.Password", WebUser.Password)]);
        Assert.Equal($"/w/{code}/ergebnis", signedIn.Headers.Location!.OriginalString);

        var kept = await hunter.SubmitAsync($"/w/{code}/ergebnis", [], "form[action*='handler=Keep']");
        Assert.Equal(HttpStatusCode.Redirect, kept.StatusCode);
        var saved = await factory.WithDbAsync(db => db.SavedTakeHomes.AsNoTracking().SingleAsync(t => t.OwnerId == db.Users.Single(u => u.Email == email).Id));
        // The class shares one database: later counts compare with this one.
        var keptInAll = await factory.WithDbAsync(db => db.SavedTakeHomes.CountAsync());
        Assert.Equal($"/TakeHomes/Details/{saved.Id}", kept.Headers.Location!.OriginalString);
        Assert.Equal(("Herausforderung Netzwerken", NetworkerStyle.Hunter), (saved.WorkshopTitle, saved.Style));
        Assert.Equal([Contribution.KnowledgeOrTalks, Contribution.ReferralsForOthers], saved.Contributions);
        Assert.Equal([TakeHomeStep.OfferTalkWhereServicesAreNeeded, TakeHomeStep.PickContactsWhereNeeded, TakeHomeStep.PlanRegularPresence], saved.Steps);

        var details = await hunter.FollowToDocumentAsync(kept);
        Assert.Equal("Ihr Workshop-Ergebnis ist jetzt in Ihrem Konto gespeichert.", details.Text("[role=status]"));
        Assert.Equal("Jäger", details.Text("#takehome-style"));
        Assert.Equal(HunterTalk, details.Texts("#takehome-steps li")[0]);
        Assert.NotNull(details.QuerySelector("#report-print"));
        var networks = await hunter.GetDocumentAsync("/Networks");
        Assert.Equal(["Herausforderung Netzwerken"], networks.Texts(".takehome-list h3 a"));

        // A second keep (another tab, a double tap) copies nothing more.
        var again = await PostKeepAsync(hunter, code, await TokenAsync(hunter, $"/w/{code}/ergebnis"));
        Assert.Equal("Dieses Ergebnis ist schon in einem Konto gespeichert.", (await hunter.FollowToDocumentAsync(again)).Text("[role=status]"));
        Assert.Equal(keptInAll, await factory.WithDbAsync(db => db.SavedTakeHomes.CountAsync()));
        Assert.Equal("Dieses Ergebnis ist schon in einem Konto gespeichert.", (await hunter.GetDocumentAsync($"/w/{code}/ergebnis")).Text("#keep-done"));

        // The same account on another device that never joined cannot copy anyone's take-home.
        var laptop = new WebUser(factory.CreateBrowserClient());
        await laptop.SubmitAsync("/Account/Login", [("Input.Email", email), ("Input.Password", WebUser.Password)]);
        var foreign = await PostKeepAsync(laptop, code, await TokenAsync(laptop, "/Networks/Create"));
        Assert.Equal($"/w?Input.Code={code}", foreign.Headers.Location!.OriginalString);
        Assert.Equal(keptInAll, await factory.WithDbAsync(db => db.SavedTakeHomes.CountAsync()));
    }

    [Fact]
    public async Task AKeptTakeHomeIsTheOwnersOnlyExportedAndDeletedWithTheAccount()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var id = await OwnerWorld.SaveTakeHomeAsync(factory, owner.Email, "Frühjahrsrunde");
        var stranger = await WebUser.RegisterAsync(factory);

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/TakeHomes/Details/{id}", TestContext.Current.CancellationToken)).StatusCode);
        var strangersDelete = await stranger.Client.PostAsync($"/TakeHomes/Details/{id}?handler=Delete", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await TokenAsync(stranger, "/Networks/Create"),
        }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, strangersDelete.StatusCode);
        Assert.Empty((await stranger.GetDocumentAsync("/Networks")).QuerySelectorAll(".takehome-list"));

        Assert.Equal("1 Workshop-Ergebnis zum Mitnehmen mit Stil, Beitrag und nächsten Schritten.", (await owner.GetDocumentAsync("/Account/Data")).Text("#stored-takehomes"));
        var json = await owner.Client.GetByteArrayAsync("/Account/Data?handler=Json", TestContext.Current.CancellationToken);
        var exported = JsonDocument.Parse(json).RootElement.GetProperty("WorkshopTakeHomes")[0];
        Assert.Equal(("Frühjahrsrunde", "Gatherer", "2026-11-30"), (exported.GetProperty("WorkshopTitle").GetString(), exported.GetProperty("Style").GetString(), exported.GetProperty("WorkshopDate").GetString()));
        Assert.Equal(["HelpAtNextMeeting", "ChooseFocusTopics", "LimitTimeSpent"], exported.GetProperty("Steps").EnumerateArray().Select(s => s.GetString()));

        var deleted = await owner.SubmitAsync($"/TakeHomes/Details/{id}", [], "form[action*='handler=Delete']");
        Assert.Equal("Das Workshop-Ergebnis ist gelöscht.", (await owner.FollowToDocumentAsync(deleted)).Text("[role=status]"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.SavedTakeHomes.CountAsync(t => t.Id == id)));

        var again = await OwnerWorld.SaveTakeHomeAsync(factory, owner.Email);
        var gone = await owner.SubmitAsync("/Account/Data", [("Input.Password", WebUser.Password), ("Input.Confirm", "true")], "form[action*='handler=Delete']");
        Assert.Equal(HttpStatusCode.Redirect, gone.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.SavedTakeHomes.CountAsync(t => t.Id == again)));
    }
}

/// <summary>With Email:RequireConfirmedAddress the copy still reaches the account: confirm, come back on the phone, sign in, keep.</summary>
public sealed class TakeHomeWithConfirmationTests(RequiredConfirmationTests.RequiringFactory factory) : IClassFixture<RequiredConfirmationTests.RequiringFactory>
{
    [Fact]
    public async Task AfterConfirmingTheAddressThePhoneSignsInAndKeepsIt()
    {
        var facilitatorEmail = $"moderation-{Guid.NewGuid():N}@example.org";
        var facilitator = new WebUser(factory.CreateBrowserClient());
        await facilitator.SubmitAsync("/Account/Register", [("Input.Email", facilitatorEmail), ("Input.Password", WebUser.Password), ("Input.ConfirmPassword", WebUser.Password)]);
        await ConfirmationMails.ConfirmAsync(facilitator, await ConfirmationMails.LinkToAsync(factory.Smtp, facilitatorEmail));
        await facilitator.SubmitAsync("/Account/Login", [("Input.Email", facilitatorEmail), ("Input.Password", WebUser.Password)]);
        var (id, code) = await WorkshopTests.OpenWorkshopAsync(facilitator);
        var phone = await WorkshopTests.JoinAsync(factory.CreateBrowserClient(), code);
        await phone.SubmitAsync($"/w/{code}", [("Values", "gatherer")]);
        await facilitator.SubmitAsync($"/Workshops/Present/{id}", [], "form[action*='handler=Close']");

        var takeHome = await phone.GetDocumentAsync($"/w/{code}/ergebnis");
        var email = $"sammlerin-{Guid.NewGuid():N}@example.org";
        var registered = await phone.SubmitAsync(takeHome.QuerySelector("#keep-register")!.GetAttribute("href")!, [("Input.Email", email), ("Input.Password", WebUser.Password), ("Input.ConfirmPassword", WebUser.Password)]);
        var refused = await phone.SubmitAsync(registered.Headers.Location!.OriginalString, [("Input.Email", email), ("Input.Password", WebUser.Password)]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);

        await ConfirmationMails.ConfirmAsync(phone, await ConfirmationMails.LinkToAsync(factory.Smtp, email));
        var login = (await phone.GetDocumentAsync($"/w/{code}/ergebnis")).QuerySelector("#keep-login")!.GetAttribute("href")!;
        var signedIn = await phone.SubmitAsync(login, [("Input.Email", email), ("Input.Password", WebUser.Password)]);
        Assert.Equal($"/w/{code}/ergebnis", signedIn.Headers.Location!.OriginalString);
        var kept = await phone.SubmitAsync($"/w/{code}/ergebnis", [], "form[action*='handler=Keep']");

        Assert.Equal("Sammler", (await phone.FollowToDocumentAsync(kept)).Text("#takehome-style"));
        Assert.Equal(1, await factory.WithDbAsync(db => db.SavedTakeHomes.CountAsync(t => t.OwnerId == db.Users.Single(u => u.Email == email).Id)));
    }
}
