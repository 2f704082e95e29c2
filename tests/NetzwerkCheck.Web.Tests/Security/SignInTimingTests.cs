using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Security;

/// <summary>
/// Hashing the password is what makes a sign-in slow; an unknown address must cost the same hashing as a
/// known one, or the time of the answer tells who has an account. Counted, not timed, so the test is exact.
/// </summary>
public sealed class SignInTimingTests(SignInTimingTests.CountingFactory factory) : IClassFixture<SignInTimingTests.CountingFactory>
{
    [Fact]
    public async Task AnUnknownAddressCostsTheSamePasswordCheckAsAKnownOne()
    {
        var owner = await WebUser.RegisterAsync(factory);
        var visitor = new WebUser(factory.CreateBrowserClient());

        async Task<int> ChecksForAsync(string email)
        {
            var before = factory.Hasher.Verifications;
            await visitor.SubmitAsync("/Account/Login", [("Input.Email", email), ("Input.Password", "falsch-falsch-falsch")]);
            return factory.Hasher.Verifications - before;
        }

        Assert.Equal(1, await ChecksForAsync(owner.Email));
        Assert.Equal(1, await ChecksForAsync($"niemand-{Guid.NewGuid():N}@example.org"));
    }

    public sealed class CountingFactory : NetzwerkCheckFactory
    {
        public CountingHasher Hasher { get; } = new();

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IPasswordHasher<IdentityUser>>(provider =>
            {
                Hasher.Inner = new PasswordHasher<IdentityUser>(provider.GetRequiredService<IOptions<PasswordHasherOptions>>());
                return Hasher;
            }));
        }
    }

    public sealed class CountingHasher : IPasswordHasher<IdentityUser>
    {
        private int _verifications;

        public IPasswordHasher<IdentityUser> Inner { get; set; } = new PasswordHasher<IdentityUser>();

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(IdentityUser user, string password) => Inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(IdentityUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return Inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
