namespace NetzwerkCheck.Web.Infrastructure.Email;

public static class EmailSetup
{
    public static void AddNetzwerkCheckEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EmailOptions>(configuration.GetSection("Email"));
        var options = configuration.GetSection("Email").Get<EmailOptions>() ?? new EmailOptions();
        if (options.UsesSmtp)
        {
            services.AddSingleton<IMailTransport, SmtpMailTransport>();
        }
        else
        {
            services.AddSingleton<IMailTransport, PickupDirectoryMailTransport>();
        }
        services.AddSingleton<OutboxSignal>();
        services.AddScoped<MailOutbox>();
        services.AddScoped<PasswordReset>();
        services.AddScoped<AddressConfirmation>();
        services.AddScoped<TrialReminders>();
        services.AddSingleton<ReminderOptOut>();
        services.AddSingleton<TrialReminderJob>();
        services.AddHostedService(provider => provider.GetRequiredService<TrialReminderJob>());
        services.AddSingleton<OutboxSender>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxSender>());
    }
}
