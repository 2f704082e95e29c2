using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace NetzwerkCheck.Web.Infrastructure;

/// <summary>
/// The one-line notice after a redirect (post/redirect/get). A page shows it from its own
/// <c>[TempData] public string? StatusMessage { get; set; }</c> through <c>_StatusMessage</c>;
/// a page that redirects to another one sets it with <see cref="SetStatus"/>.
/// </summary>
public static class StatusMessages
{
    /// <summary>The TempData key: a <c>[TempData]</c> property uses its own name, <c>StatusMessage</c>.</summary>
    public const string Key = "StatusMessage";

    public static void SetStatus(this ITempDataDictionary tempData, string text) => tempData[Key] = text;
}
