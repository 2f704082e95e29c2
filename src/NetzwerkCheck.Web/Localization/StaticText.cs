using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace NetzwerkCheck.Web.Localization;

/// <summary>
/// Localizers for static helpers (labels, exports, calendar files) that cannot take one by injection.
/// Same resources and lookup as the injected IStringLocalizer: Resources/&lt;namespace path&gt;/&lt;Type&gt;.en.resx,
/// keyed by the German text; the culture comes from the current request.
/// </summary>
public static class StaticText
{
    private static readonly ResourceManagerStringLocalizerFactory Factory = new(
        Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);

    public static IStringLocalizer For(Type type) => Factory.Create(type);
}
