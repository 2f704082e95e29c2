using System.Net.Http.Headers;
using AngleSharp.Html.Dom;

namespace NetzwerkCheck.Web.Tests.Infrastructure;

/// <summary>Posts a page's real multipart form with a file, as a browser's file picker would.</summary>
public static class Uploads
{
    public static async Task<HttpResponseMessage> UploadAsync(
        this WebUser user, string url, string fileField, byte[]? file, string fileName, string contentType,
        IEnumerable<(string Name, string? Value)> values, string formSelector = "main form")
    {
        ArgumentNullException.ThrowIfNull(user);
        var document = await user.GetDocumentAsync(url);
        var form = document.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {url}.");
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
        var fields = WebUser.FormValues(form);
        var overrides = values.ToList();
        fields.RemoveAll(f => overrides.Any(o => o.Name == f.Key));
        fields.AddRange(overrides.Where(v => v.Value is not null).Select(v => new KeyValuePair<string, string>(v.Name, v.Value!)));

        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }
        if (file is not null)
        {
            var part = new ByteArrayContent(file);
            part.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            content.Add(part, fileField, fileName);
        }
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? url : form.GetAttribute("action")!;
        return await user.Client.PostAsync(action, content, TestContext.Current.CancellationToken);
    }
}
