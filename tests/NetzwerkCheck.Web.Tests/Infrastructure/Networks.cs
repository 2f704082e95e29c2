namespace NetzwerkCheck.Web.Tests.Infrastructure;

public static class Networks
{
    public static async Task<int> CreateNetworkAsync(this WebUser user, string name = "Unternehmerclub Leipzig")
    {
        var response = await user.SubmitAsync("/Networks/Create", [
            ("Input.Name", name), ("Input.OrganisationForm", "Association"), ("Input.Status", "Trial"), ("Input.ApproxMemberCount", "80")]);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return Html.IdFrom(response.Headers.Location!);
    }

    /// <summary>Creates a client (Mandant) and returns its id.</summary>
    public static async Task<int> CreateClientAsync(this WebUser user, string name = "Bäckerei Schmidt")
    {
        var response = await user.SubmitAsync("/Clients", [("Input.Name", name)]);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        var page = await user.GetDocumentAsync("/Clients");
        var card = page.QuerySelectorAll("[data-client]").Single(c => c.QuerySelector("h2")!.TextContent.Trim() == name.Trim());
        return int.Parse(card.GetAttribute("data-client")!, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Starts a check for the network and returns the draft's id.</summary>
    public static async Task<int> StartCheckAsync(this WebUser user, int networkId)
    {
        var response = await user.SubmitAsync($"/Networks/Details/{networkId}", [], "form[action^='/Checks/Start']");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return Html.IdFrom(response.Headers.Location!);
    }
}
