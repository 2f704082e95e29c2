using System.Globalization;
using NetzwerkCheck.Web.Localization;

namespace NetzwerkCheck.Web.Infrastructure.Accounts;

public static class AccountSettingsQueries
{
    /// <summary>The account's settings row, added (not yet saved) if it has none.</summary>
    public static async Task<AccountSettings> SettingsOfAsync(this AppDbContext db, string userId)
    {
        var settings = await db.AccountSettings.SingleOrDefaultAsync(s => s.UserId == userId);
        if (settings is null)
        {
            settings = new AccountSettings { UserId = userId, Culture = CultureInfo.CurrentUICulture.Name };
            db.AccountSettings.Add(settings);
        }
        return settings;
    }

    /// <summary>Keeps the language of the current request (and where the app was reached) for mails sent later in the background.</summary>
    public static async Task RememberAsync(this AppDbContext db, string userId, string requestBase, CultureInfo? culture = null)
    {
        var settings = await db.SettingsOfAsync(userId);
        settings.Culture = (culture ?? CultureInfo.CurrentUICulture).Name;
        settings.BaseUrl = requestBase.Length <= 200 ? requestBase : settings.BaseUrl;
        await db.SaveChangesAsync();
    }

    public static CultureInfo CultureOf(AccountSettings? settings) => Cultures.Find(settings?.Culture) ?? Cultures.German;
}
