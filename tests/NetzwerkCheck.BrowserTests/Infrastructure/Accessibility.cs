using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace NetzwerkCheck.BrowserTests.Infrastructure;

/// <summary>axe-core on the page as it is now; every rule stays on.</summary>
public static class Accessibility
{
    public static async Task AssertAccessibleAsync(IPage page, string pageName)
    {
        var result = await page.RunAxe();
        if (result.Violations.Length == 0)
        {
            return;
        }
        Assert.Fail(Describe(pageName, page.Url, result.Violations));
    }

    private static string Describe(string pageName, string url, AxeResultItem[] violations)
    {
        var message = new StringBuilder()
            .Append("axe: ").Append(violations.Length).Append(" Verstoß/Verstöße auf „").Append(pageName).Append("“ (").Append(url).AppendLine(")");
        foreach (var violation in violations)
        {
            message.Append("- ").Append(violation.Id).Append(" [").Append(violation.Impact).Append("]: ").Append(violation.Help)
                .Append(" (").Append(violation.HelpUrl).AppendLine(")");
            foreach (var node in violation.Nodes)
            {
                message.Append("    ").Append(node.Target).Append("  ").AppendLine(node.Html);
                var checks = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []);
                foreach (var check in checks.Where(c => !string.IsNullOrWhiteSpace(c.Message)))
                {
                    message.Append("      ").AppendLine(check.Message.ReplaceLineEndings(" "));
                }
            }
        }
        return message.ToString();
    }
}
