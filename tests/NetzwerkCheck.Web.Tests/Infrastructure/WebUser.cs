using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Dom;

namespace NetzwerkCheck.Web.Tests.Infrastructure;

/// <summary>
/// A person using the app over HTTP: reads pages and submits their real forms, antiforgery token included.
/// </summary>
public sealed class WebUser(HttpClient client)
{
    public const string Password = "lange-genug-123";

    public HttpClient Client { get; } = client;

    public string Email { get; private set; } = "";

    public static async Task<WebUser> RegisterAsync(NetzwerkCheckFactory factory, string? email = null, HttpClient? client = null)
    {
        var user = new WebUser(client ?? factory.CreateBrowserClient());
        user.Email = email ?? $"user-{Guid.NewGuid():N}@example.org";
        var registered = await user.SubmitAsync("/Account/Register", [
            ("Input.Email", user.Email), ("Input.Password", Password), ("Input.ConfirmPassword", Password)]);
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Equal("/Account/Login", registered.Headers.Location!.OriginalString);
        var signedIn = await user.SubmitAsync("/Account/Login", [("Input.Email", user.Email), ("Input.Password", Password)]);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return user;
    }

    public async Task<IHtmlDocument> GetDocumentAsync(string url)
    {
        var response = await Client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

    /// <summary>
    /// Loads <paramref name="url"/>, takes the form's current values, replaces those named in
    /// <paramref name="values"/> (a null value removes the field) and posts it like a browser would.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitAsync(string url, IEnumerable<(string Name, string? Value)> values, string formSelector = "main form")
    {
        var document = await GetDocumentAsync(url);
        var form = document.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {url}.");
        var fields = FormValues(form);
        var overrides = values.ToList();
        foreach (var name in overrides.Select(v => v.Name).Distinct())
        {
            fields.RemoveAll(f => f.Key == name);
        }
        fields.AddRange(overrides.Where(v => v.Value is not null).Select(v => new KeyValuePair<string, string>(v.Name, v.Value!)));

        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? url : form.GetAttribute("action")!;
        return await Client.PostAsync(action, new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
    }

    /// <summary>Chooses the language with the footer's switch, as a visitor would.</summary>
    public async Task SwitchLanguageAsync(string culture, string page = "/w")
    {
        var response = await SubmitAsync(page, [("culture", culture)], "form.language-switch");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public async Task<string> FollowAsync(HttpResponseMessage redirect)
    {
        Assert.True(redirect.StatusCode == HttpStatusCode.Redirect, $"Expected a redirect but got {(int)redirect.StatusCode}.");
        var page = await Client.GetAsync(redirect.Headers.Location, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Follows <paramref name="redirect"/> and parses the page it leads to.</summary>
    public async Task<IHtmlDocument> FollowToDocumentAsync(HttpResponseMessage redirect) => Html.Parse(await FollowAsync(redirect));

    /// <summary>What a browser would send for <paramref name="form"/> as it stands: named fields, ticked boxes, chosen radio buttons and selected options.</summary>
    public static List<KeyValuePair<string, string>> FormValues(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when string.IsNullOrEmpty(input.Name) || input.Type is "submit" or "button":
                    break;
                case IHtmlInputElement input when input.Type is "radio" or "checkbox":
                    if (input.IsChecked)
                    {
                        fields.Add(new(input.Name!, input.Value));
                    }
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlTextAreaElement textArea when !string.IsNullOrEmpty(textArea.Name):
                    fields.Add(new(textArea.Name!, textArea.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields.Add(new(select.Name!, select.Value ?? ""));
                    break;
            }
        }
        return fields;
    }
}
