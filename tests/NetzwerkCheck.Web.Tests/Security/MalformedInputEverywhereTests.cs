using System.Collections;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetzwerkCheck.Domain.Workshops;
using NetzwerkCheck.Web.Tests.Infrastructure;
using NetzwerkCheck.Web.Tests.Pages.Workshops;

namespace NetzwerkCheck.Web.Tests.Security;

/// <summary>
/// Every POST handler of every page, found through the routing table, gets malformed values for every field
/// it binds – found by reflection over its bound properties (nested input classes, collections, dictionaries),
/// the inputs it updates by hand and its handler parameters, and in its real form. Signed in as the owner of
/// real data, so id routes reach their handlers. Whatever arrives, the answer is never a 5xx.
/// </summary>
public sealed partial class MalformedInputEverywhereTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    private const string HugeIndex = "999999999";

    /// <summary>The values every field gets, one at a time, in an otherwise real form.</summary>
    private static readonly (string Label, string?[] Values)[] Malformed =
    [
        ("missing", []),
        ("empty", [""]),
        ("whitespace", ["  \t "]),
        ("5,000 characters", [string.Concat(Enumerable.Repeat("Ää<x>&", 834))[..5000]]),
        ("wrong type", ["keine-zahl"]),
        ("unknown enum value", ["Unbekannt"]),
        ("number outside every enum", ["999"]),
        ("negative", ["-1"]),
        ("too large for any number", ["99999999999999999999999999999"]),
        ("non-boolean checkbox", ["1"]),
        ("checkbox without value", ["on"]),
        ("last day of the calendar", ["9999-12-31"]),
        ("first day of the calendar", ["0001-01-01"]),
        ("control characters", ["a\0b\u0001c"]),
        ("duplicated", ["true", "false"]),
        ("duplicated text", ["eins", "zwei"]),
    ];

    [Fact]
    public async Task NoPostAnswersWithA5xxWhateverItCarries()
    {
        var loader = factory.Services.GetRequiredService<PageLoader>();
        var pages = new List<(string Template, CompiledPageActionDescriptor Page)>();
        foreach (var endpoint in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } descriptor)
            {
                var compiled = await loader.LoadAsync(descriptor, endpoint.Metadata);
                if (compiled.HandlerMethods.Any(h => h.HttpMethod == "Post"))
                {
                    pages.Add((endpoint.RoutePattern.RawText ?? "", compiled));
                }
            }
        }
        pages = pages.DistinctBy(p => p.Template).ToList();
        Assert.Contains(pages, p => p.Template == "Networks/Create");
        Assert.True(pages.Count >= 20, $"Only {pages.Count} pages with a POST handler found.");

        var failures = new List<string>();
        var requests = 0;
        foreach (var (template, page) in pages)
        {
            // A fresh owner for every page: handlers that delete or sign out leave the next page untouched.
            var world = await OwnerWorld.CreateAsync(factory);
            foreach (var url in world.Urls(template))
            {
                var document = await GetDocumentOrNullAsync(world.Owner.Client, url);
                foreach (var handler in page.HandlerMethods.Where(h => h.HttpMethod == "Post"))
                {
                    var target = handler.Name is null ? url : $"{url}?handler={handler.Name}";
                    var form = FormFor(document, url, handler.Name);
                    var baseline = form is null ? [] : WebUser.FormValues(form).Where(f => f.Key != Token).ToList();
                    var fields = FieldsOf(page, handler)
                        .Concat(baseline.Select(f => new Field(f.Key, typeof(string), null)))
                        .DistinctBy(f => f.Name)
                        .ToList();
                    Assert.True(fields.Count > 0 || handler.Parameters.Count > 0 || page.BoundProperties.Count == 0, $"No fields found for POST {target}.");

                    foreach (var attempt in Attempts(fields))
                    {
                        var values = baseline.Where(f => !attempt.Drops(f.Key)).ToList();
                        values.AddRange(attempt.Values);
                        values.Add(new(Token, world.AntiforgeryToken));
                        var response = await world.Owner.Client.PostAsync(target, new FormUrlEncodedContent(values), TestContext.Current.CancellationToken);
                        requests++;
                        if ((int)response.StatusCode >= 500)
                        {
                            failures.Add($"POST {target} with {attempt.Label} answered {(int)response.StatusCode}");
                        }
                    }
                }
            }
        }

        Assert.True(requests > 1000, $"Only {requests} malformed requests were sent.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {requests} malformed requests failed:\n" + string.Join("\n", failures.Take(100))
            + "\n\nExceptions in the log:\n" + await ExceptionsInTheLogAsync());
    }

    private const string Token = "__RequestVerificationToken";

    /// <summary>The first lines of every distinct exception the log recorded, to say why a request failed.</summary>
    private async Task<string> ExceptionsInTheLogAsync()
    {
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        var lines = LogFiles.Read(factory).Split('\n');
        return string.Join("\n", lines
            .Select((line, i) => (line, i))
            .Where(x => x.line.Contains("Exception:", StringComparison.Ordinal))
            .DistinctBy(x => x.line)
            .Take(10)
            .SelectMany(x => lines.Skip(x.i).Take(4)));
    }

    private sealed record Field(string Name, Type Type, string? Key);

    /// <param name="Drops">Which of the form's own fields the attempt leaves out.</param>
    private sealed record Attempt(string Label, Func<string, bool> Drops, List<KeyValuePair<string, string>> Values);

    private static IEnumerable<Attempt> Attempts(IReadOnlyList<Field> fields)
    {
        foreach (var field in fields)
        {
            foreach (var (label, values) in Malformed)
            {
                yield return new($"{label} in {field.Name}", name => name == field.Name, [.. values.Select(v => new KeyValuePair<string, string>(field.Name, v!))]);
            }
        }
        // Collections and dictionaries: an index far beyond any list, a negative and a non-numeric one.
        foreach (var field in fields.Where(f => f.Key is not null).DistinctBy(f => f.Key))
        {
            var prefix = field.Key![..field.Key!.LastIndexOf("[0]", StringComparison.Ordinal)];
            bool Listed(string name) => name.StartsWith(prefix + "[", StringComparison.Ordinal) || name.StartsWith(prefix + ".index", StringComparison.Ordinal);
            foreach (var index in new[] { HugeIndex, "-1", "abc", "" })
            {
                foreach (var leaf in fields.Where(f => f.Key == field.Key))
                {
                    var name = prefix + $"[{index}]" + leaf.Name[field.Key.Length..];
                    yield return new($"index [{index}] in {name}", _ => false, [new(name, "3")]);
                    yield return new($"only index [{index}] in {name}", Listed, [new(name, "3")]);
                }
            }
            yield return new($"{prefix}.index = {HugeIndex}", Listed, [new($"{prefix}.index", HugeIndex), new($"{prefix}[{HugeIndex}]", "3")]);
        }
        // Every field twice.
        yield return new("every field duplicated", _ => false, [.. fields.Select(f => new KeyValuePair<string, string>(f.Name, "1"))]);
    }

    /// <summary>What the handler binds: [BindProperty] properties, inputs bound by hand (TryUpdateModelAsync) and handler parameters.</summary>
    private static IEnumerable<Field> FieldsOf(CompiledPageActionDescriptor page, HandlerMethodDescriptor handler)
    {
        var roots = new List<(string Name, Type Type)>();
        roots.AddRange(page.BoundProperties.Select(p => (p.BindingInfo?.BinderModelName ?? p.Name, p.ParameterType)));
        roots.AddRange(handler.Parameters.Select(p => (p.BindingInfo?.BinderModelName ?? p.Name, p.ParameterType)));
        var model = page.ModelTypeInfo ?? page.PageTypeInfo;
        roots.AddRange(model.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && IsInputClass(p.PropertyType))
            .Select(p => (p.Name, p.PropertyType)));
        return roots.DistinctBy(r => r.Name).SelectMany(r => Expand(r.Name, r.Type, null, 0));
    }

    private static bool IsInputClass(Type type) =>
        type.IsClass && type != typeof(string) && type.Assembly == typeof(Program).Assembly && !typeof(PageModel).IsAssignableFrom(type);

    private static IEnumerable<Field> Expand(string name, Type type, string? collection, int depth)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (IsSimple(underlying))
        {
            yield return new(name, underlying, collection);
            yield break;
        }
        if (depth > 3)
        {
            yield break;
        }
        if (underlying.GetInterfaces().Append(underlying).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>)) is { } dictionary)
        {
            foreach (var field in Expand($"{name}[0]", dictionary.GetGenericArguments()[1], $"{name}[0]", depth + 1))
            {
                yield return field;
            }
            yield break;
        }
        if (typeof(IEnumerable).IsAssignableFrom(underlying)
            && underlying.GetInterfaces().Append(underlying).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)) is { } sequence)
        {
            var element = sequence.GetGenericArguments()[0];
            if (IsSimple(Nullable.GetUnderlyingType(element) ?? element))
            {
                yield return new(name, element, null);
            }
            foreach (var field in Expand($"{name}[0]", element, collection ?? $"{name}[0]", depth + 1))
            {
                yield return field;
            }
            yield break;
        }
        foreach (var property in underlying.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }))
        {
            foreach (var field in Expand($"{name}.{property.Name}", property.PropertyType, collection, depth + 1))
            {
                yield return field;
            }
        }
    }

    private static bool IsSimple(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateOnly)
        || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeOnly) || type == typeof(Guid) || type == typeof(Uri);

    private static async Task<IHtmlDocument?> GetDocumentOrNullAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        return response.StatusCode == HttpStatusCode.OK && response.Content.Headers.ContentType?.MediaType == "text/html"
            ? await WebUser.ParseAsync(response)
            : null;
    }

    /// <summary>The page's form that posts to <paramref name="handler"/>, if the page shows one.</summary>
    private static IHtmlFormElement? FormFor(IHtmlDocument? document, string url, string? handler) =>
        document?.QuerySelectorAll("form").OfType<IHtmlFormElement>().FirstOrDefault(form =>
        {
            if (!string.Equals(form.Method, "post", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
            var action = form.GetAttribute("action");
            var path = string.IsNullOrEmpty(action) ? url : action.Split('?')[0];
            var query = string.IsNullOrEmpty(action) || !action.Contains('?', StringComparison.Ordinal) ? "" : action[(action.IndexOf('?', StringComparison.Ordinal) + 1)..];
            var formHandler = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query).TryGetValue("handler", out var h) ? h.ToString() : null;
            return string.Equals(path, url, StringComparison.OrdinalIgnoreCase) && string.Equals(formHandler, handler, StringComparison.OrdinalIgnoreCase);
        });
}
