using MimeKit;

namespace NetzwerkCheck.BrowserTests.Infrastructure;

/// <summary>The .eml files the app under test wrote into its pickup folder.</summary>
public static class Mails
{
    /// <summary>Waits (bounded) for a mail to <paramref name="email"/> that <paramref name="which"/> accepts.</summary>
    public static async Task<MimeMessage> ToAsync(string folder, string email, Func<MimeMessage, bool> which)
    {
        for (var waited = 0; waited < 300; waited++)
        {
            foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : [])
            {
                var message = await MimeMessage.LoadAsync(file, TestContext.Current.CancellationToken);
                if (message.To.Mailboxes.Any(m => m.Address == email) && which(message))
                {
                    return message;
                }
            }
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        Assert.Fail($"No such mail to {email} in {folder}");
        return null!;
    }
}
