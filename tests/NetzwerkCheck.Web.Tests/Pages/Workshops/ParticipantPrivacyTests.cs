using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Pages.Workshops;

public sealed class ParticipantPrivacyTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    [Fact]
    public async Task OnePhoneInTwoWorkshopsLeavesTwoUnrelatedHashesAndOnlyTheDay()
    {
        var facilitator = await WebUser.RegisterAsync(factory);
        var first = await WorkshopTests.OpenWorkshopAsync(facilitator);
        var second = await WorkshopTests.OpenWorkshopAsync(facilitator);
        var phone = factory.CreateBrowserClient();

        await WorkshopTests.JoinAsync(phone, first.Code);
        await WorkshopTests.JoinAsync(phone, second.Code);
        // Joining again is recognised in each workshop: still one participant each.
        await WorkshopTests.JoinAsync(phone, first.Code);

        var participants = await factory.WithDbAsync(db => db.WorkshopParticipants
            .Where(p => p.WorkshopId == first.Id || p.WorkshopId == second.Id)
            .ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(2, participants.Count);
        Assert.NotEqual(participants[0].ParticipantHash, participants[1].ParticipantHash);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.All(participants, p => Assert.InRange(p.JoinedOn, today.AddDays(-1), today));
        var salts = await factory.WithDbAsync(db => db.Workshops.Where(w => w.Id == first.Id || w.Id == second.Id).Select(w => w.ParticipantSalt).ToListAsync(TestContext.Current.CancellationToken));
        Assert.All(salts, s => Assert.True(s.Length >= 43));
        Assert.NotEqual(salts[0], salts[1]);
    }
}
