using System.Buffers.Binary;
using Microsoft.EntityFrameworkCore;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Security;

/// <summary>The test host hashes with few PBKDF2 rounds (the suite's speed depends on it); the app's own setting is untouched.</summary>
public sealed class TestPasswordHashingTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    [Fact]
    public async Task StoredHashesUseTheTestHostsIterationCount()
    {
        var user = await WebUser.RegisterAsync(factory);

        var hash = Convert.FromBase64String(await factory.WithDbAsync(db => db.Users.Where(u => u.Email == user.Email).Select(u => u.PasswordHash!).SingleAsync()));

        // Identity's v3 format: marker 0x01, PRF (4 bytes), iteration count (4 bytes, big-endian), …
        Assert.Equal(0x01, hash[0]);
        Assert.Equal(NetzwerkCheckFactory.PasswordIterations, (int)BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5, 4)));
    }
}
