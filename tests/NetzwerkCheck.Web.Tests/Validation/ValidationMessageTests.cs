using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Validation;

/// <summary>Bad input gets a German message that names no internal field, and a too large number gets the range.</summary>
public sealed partial class ValidationMessageTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    [Theory]
    [InlineData("Criteria", "TrialWeeks", "99999999999999", "Die Probezeit muss zwischen 0 und 520 Wochen liegen.")]
    [InlineData("Criteria", "TrialWeeks", "-99999999999999", "Die Probezeit muss zwischen 0 und 520 Wochen liegen.")]
    [InlineData("Criteria", "TrialWeeks", "521", "Die Probezeit muss zwischen 0 und 520 Wochen liegen.")]
    [InlineData("Criteria", "Criteria[1].Rating", "99999999999999", "Bitte wählen Sie eine Bewertung von 1 bis 5")]
    [InlineData("Criteria", "Criteria[1].Rating", "gut", "Der Wert „gut“ ist hier nicht gültig.")]
    [InlineData("Goal", "Input.Goal", "Reich werden", "Der Wert „Reich werden“ ist hier nicht gültig.")]
    [InlineData("Goal", "Input.Style", "Fischer", "Der Wert „Fischer“ ist hier nicht gültig.")]
    [InlineData("Type", "Answers[service-deals]", "viel", "Der Wert „viel“ ist hier nicht gültig.")]
    [InlineData("Type", "Answers[service-deals]", "99999999999999", "Der Wert „99999999999999“ ist hier nicht gültig.")]
    public async Task WizardMessagesAreGermanAndNameNoInternalField(string step, string field, string value, string message)
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.StartCheckAsync(await user.CreateNetworkAsync());

        var response = await user.SubmitAsync($"/Checks/{step}/{id}", [(field, value), ("go", "next")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = Errors(await WebUser.ParseAsync(response));
        Assert.Contains(errors, e => e.Contains(message, StringComparison.Ordinal));
        AssertNoInternalNames(errors, field);
    }

    [Fact]
    public async Task EveryFieldOfTheWizardAndTheNetworkFormNamesNoInternalFieldWhenGarbled()
    {
        var user = await WebUser.RegisterAsync(factory);
        var networkId = await user.CreateNetworkAsync();
        var id = await user.StartCheckAsync(networkId);
        string[] urls = ["/Networks/Create", $"/Networks/Edit/{networkId}", $"/Checks/Goal/{id}", $"/Checks/Type/{id}", $"/Checks/Criteria/{id}", $"/Checks/Flags/{id}"];

        foreach (var url in urls)
        {
            var form = (IHtmlFormElement)(await user.GetDocumentAsync(url)).QuerySelector("main form")!;
            var fields = form.Elements.Select(e => e.GetAttribute("name")).OfType<string>()
                .Where(n => n is not "__RequestVerificationToken" and not "go").Distinct().ToList();
            Assert.NotEmpty(fields);
            foreach (var field in fields)
            {
                foreach (var value in new[] { "x%y", "99999999999999" })
                {
                    var response = await user.SubmitAsync(url, [(field, value), ("go", "later")]);
                    var errors = response.StatusCode == HttpStatusCode.OK ? Errors(await WebUser.ParseAsync(response)) : [];
                    AssertNoInternalNames(errors, field);
                }
            }
        }
    }

    [Fact]
    public async Task EnglishMessagesNameNoInternalFieldEither()
    {
        var user = await WebUser.RegisterAsync(factory);
        var id = await user.StartCheckAsync(await user.CreateNetworkAsync());
        await user.SwitchLanguageAsync("en-GB");

        var goal = await user.SubmitAsync($"/Checks/Goal/{id}", [("Input.Goal", "Reich werden"), ("go", "next")]);
        var weeks = await user.SubmitAsync($"/Checks/Criteria/{id}", [("TrialWeeks", "99999999999999"), ("go", "next")]);

        Assert.Contains("The value “Reich werden” is not valid here.", Errors(await WebUser.ParseAsync(goal)));
        Assert.Contains(Errors(await WebUser.ParseAsync(weeks)), e => e.Contains("520", StringComparison.Ordinal) && e.Contains("weeks", StringComparison.Ordinal));
    }

    private static List<string> Errors(IHtmlDocument document) =>
        [.. document.QuerySelectorAll(".field-error, .error-summary li").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0)];

    private static void AssertNoInternalNames(IEnumerable<string> errors, string field)
    {
        var segments = Segments().Matches(field).Select(m => m.Value).Append("Value").Append("Key").ToHashSet();
        foreach (var error in errors)
        {
            foreach (var quoted in Quoted().Matches(error).Select(m => m.Groups[1].Value))
            {
                Assert.False(segments.Contains(quoted) || quoted.Contains('.') && quoted == field, $"„{quoted}“ is an internal name in: {error}");
            }
            Assert.DoesNotContain(field, error, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex("[A-Za-z]+")]
    private static partial Regex Segments();

    [GeneratedRegex("[„“\"]([^„“\"]+)[“\"]")]
    private static partial Regex Quoted();
}
