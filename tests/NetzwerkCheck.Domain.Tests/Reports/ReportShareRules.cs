using NetzwerkCheck.Domain.Reports;

namespace NetzwerkCheck.Domain.Tests.Reports;

public sealed class ReportShareRules
{
    private static readonly DateTime Now = new(2026, 12, 1, 9, 30, 0, DateTimeKind.Utc);
    private const string Token = "AbCdEf0123456789AbCdEf0123456789AbCdEf01234";

    [Theory]
    [InlineData(1)]
    [InlineData(30)]
    [InlineData(365)]
    public void ALinkLastsTheChosenNumberOfDays(int days)
    {
        var share = ReportShare.Create(7, Token, "HASH", null, days, Now);

        Assert.Equal(Now.AddDays(days), share.ExpiresUtc);
        Assert.Equal(ReportShareStatus.Active, share.StatusAt(share.ExpiresUtc.AddTicks(-1)));
        Assert.Equal(ReportShareStatus.Expired, share.StatusAt(share.ExpiresUtc));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(366)]
    public void DaysOutsideOneToAYearAreRefused(int days) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportShare.Create(7, Token, "HASH", null, days, Now));

    [Fact]
    public void OnlyTheFirstCharactersOfTheTokenAreKept()
    {
        var share = ReportShare.Create(7, Token, "HASH", "  für Frau Berger ", ReportShare.DefaultDays, Now);

        Assert.Equal("AbCdEf", share.TokenHint);
        Assert.Equal("HASH", share.TokenHash);
        Assert.Equal("für Frau Berger", share.Label);
        Assert.Null(ReportShare.Create(7, Token, "HASH", "   ", 30, Now).Label);
    }

    [Fact]
    public void RevokedIsTheReasonEvenAfterTheLinkExpired()
    {
        var share = ReportShare.Create(7, Token, "HASH", null, 1, Now);
        share.RevokedUtc = Now.AddHours(1);

        Assert.Equal(ReportShareStatus.Revoked, share.StatusAt(Now.AddHours(2)));
        Assert.Equal(ReportShareStatus.Revoked, share.StatusAt(Now.AddDays(3)));
    }
}
