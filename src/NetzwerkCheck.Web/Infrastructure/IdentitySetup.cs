using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using NetzwerkCheck.Web.Infrastructure.Passwords;
using NetzwerkCheck.Web.Infrastructure.TwoFactor;
using NetzwerkCheck.Web.Infrastructure.Sessions;

namespace NetzwerkCheck.Web.Infrastructure;

public static class IdentitySetup
{
    public static void AddNetzwerkCheckIdentity(this IServiceCollection services, IConfiguration configuration, CookieNames cookies)
    {
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<IdentityUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 4;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                // Version 3 adds the passkeys table.
                options.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
                options.Tokens.AuthenticatorTokenProvider = SingleUseAuthenticatorTokenProvider.Name;
                // Not Identity's SignIn.RequireConfirmedEmail: that refuses before checking the password, which would tell
                // anyone who types an address that it has an account (PasswordSignIn checks after the password instead).
                options.Tokens.EmailConfirmationTokenProvider = Email.ConfirmationTokenProvider.ProviderName;
                options.Tokens.ChangeEmailTokenProvider = Email.ConfirmationTokenProvider.ProviderName;
            })
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddPasswordValidator<ContextPasswordValidator>()
            .AddSignInManager()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddUserStore<RecoveryCodeHashingStore>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider>(SingleUseAuthenticatorTokenProvider.Name)
            .AddTokenProvider<Email.ConfirmationTokenProvider>(Email.ConfirmationTokenProvider.ProviderName)
            .AddErrorDescriber<IdentityErrorTexts>();

        services.Configure<PasswordHasherOptions>(options => options.IterationCount = 210_000);
        // Reset links are short-lived; the security stamp makes them single-use. Confirmation links have their own provider.
        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = Email.PasswordReset.LinkLifetime);
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<PasswordReentry>();
        services.Configure<UserSessionOptions>(configuration.GetSection("Sessions"));
        services.AddScoped<SessionStore>();
        services.AddSingleton<SessionCheckCache>();
        services.AddScoped<SignInChange>();

        // Between the password and the second factor: who is signing in, for five minutes, nothing more.
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, options =>
        {
            options.Cookie.Name = cookies.TwoFactor;
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = cookies.SecurePolicy;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.Path = "/";
            options.ExpireTimeSpan = TimeSpan.FromMinutes(5);
        });

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = cookies.Auth;
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = cookies.SecurePolicy;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.Path = "/";
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/Login";
            // The cookie may live this long in the browser; the server-side session (Sessions:*) decides how long it is honoured.
            options.ExpireTimeSpan = TimeSpan.FromDays(14);
            options.SlidingExpiration = true;
            options.Events.OnSigningIn = SessionValidation.SigningInAsync;
            options.Events.OnSigningOut = SessionValidation.SigningOutAsync;
            options.Events.OnValidatePrincipal = SessionValidation.ValidateAsync;
        });
    }
}
