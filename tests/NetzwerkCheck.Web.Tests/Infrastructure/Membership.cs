using System.Globalization;

namespace NetzwerkCheck.Web.Tests.Infrastructure;

/// <summary>Costs and journal entries entered through their real forms.</summary>
public static class Membership
{
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Fills the Kosten und Zeit form; fields not named keep what the form shows.</summary>
    public static Task<HttpResponseMessage> SaveCostsAsync(this WebUser user, int networkId, params (string Field, string? Value)[] values) =>
        user.SubmitAsync($"/Networks/Costs/{networkId}", values.Select(v => ("Input." + v.Field, v.Value)));

    /// <summary>Adds a journal entry; without a date it takes the form's default, the app's today.</summary>
    public static Task<HttpResponseMessage> AddEntryAsync(this WebUser user, int networkId, string kind, string text = "", DateOnly? date = null, string? amount = null)
    {
        List<(string, string?)> values = [("Entry.Kind", kind), ("Entry.Text", text), ("Entry.Amount", amount ?? "")];
        if (date is DateOnly d)
        {
            values.Add(("Entry.Date", Iso(d)));
        }
        return user.SubmitAsync($"/Networks/Journal/{networkId}", values, "form.journal-form");
    }
}
