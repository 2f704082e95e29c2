using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace NetzwerkCheck.BrowserTests.Infrastructure;

/// <summary>Short ways through the app for tests whose subject lies further in.</summary>
public static class Flows
{
    public const string Password = "Ablauf-Passwort 2026";

    public static async Task<string> RegisterAsync(IPage page, string password = Password)
    {
        var email = $"flow-{Guid.NewGuid():N}@example.org";
        await page.GotoAsync("/Account/Register");
        await page.GetByLabel("E-Mail-Adresse").FillAsync(email);
        await page.GetByLabel("Passwort", new() { Exact = true }).FillAsync(password);
        await page.GetByLabel("Passwort wiederholen").FillAsync(password);
        await page.Locator("#register-submit").ClickAsync();
        await SignInAfterRegistrationAsync(page, email, password);
        return email;
    }

    /// <summary>Registration continues at the sign-in page with the address filled in (the same for new and known addresses).</summary>
    public static async Task SignInAfterRegistrationAsync(IPage page, string email, string password = Password)
    {
        await page.ArriveAtAsync("**/Account/Login");
        await Expect(page.GetByLabel("E-Mail-Adresse")).ToHaveValueAsync(email);
        await page.GetByLabel("Passwort", new() { Exact = true }).FillAsync(password);
        await page.Locator("#login-submit").ClickAsync();
        await page.ArriveAtAsync("**/Networks");
    }

    public static async Task<int> CreateNetworkAsync(IPage page, string name, string status = "Probezeit")
    {
        await page.GotoAsync("/Networks/Create");
        await page.GetByLabel("Name des Netzwerks").FillAsync(name);
        await page.GetByLabel("Verein").CheckAsync();
        await page.GetByLabel(status, new() { Exact = true }).CheckAsync();
        await page.Locator("#network-save").ClickAsync();
        await page.ArriveAtAsync("**/Networks/Details/*");
        return int.Parse(page.Url.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Runs a whole check on the network's page, rating every soft criterion with <paramref name="rating"/>.</summary>
    public static async Task QuickCheckAsync(IPage page, int networkId, int rating)
    {
        await page.GotoAsync($"/Networks/Details/{networkId}");
        await page.Locator("#check-start").ClickAsync();
        await page.GetByLabel("Neue Kundschaft und Aufträge gewinnen").CheckAsync();
        await page.Locator("#step-next").ClickAsync();
        await page.GetByLabel("Andere weiterempfehlen").CheckAsync();
        await page.Locator("#step-next").ClickAsync();
        foreach (var fieldset in await page.Locator("fieldset.likert").AllAsync())
        {
            await fieldset.GetByLabel("trifft eher zu").CheckAsync();
        }
        await page.Locator("#step-next").ClickAsync();
        foreach (var criterion in new[] { "conduct", "size", "memberinterviews", "results" })
        {
            await page.Locator($"#criterion-{criterion} input[type=radio][value='{rating}']").CheckAsync();
        }
        await page.Locator("#step-next").ClickAsync();
        await page.Locator("#step-next").ClickAsync();
        await page.ArriveAtAsync("**/Checks/Result/*");
    }
}
