using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace NetzwerkCheck.Web.Data.Configurations;

/// <summary>
/// Euro amounts and hours are stored as whole hundredths (cents, hundredths of an hour): SQLite keeps a decimal as
/// text, which neither sums nor sorts, and both providers agree on integers.
/// </summary>
public static class Hundredths
{
    public static ValueConverter<decimal, long> Converter { get; } = new(
        value => (long)Math.Round(value * 100m, MidpointRounding.AwayFromZero),
        stored => stored / 100m);
}
