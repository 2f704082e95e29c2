using System.Globalization;
using NetzwerkCheck.Web.Pages.Clients;

namespace NetzwerkCheck.Web.Pages.Networks;

/// <summary>
/// Which networks the list, the comparison and the export show: all, those without a client, or one client's.
/// Read from the query string <c>client</c>; a value that is neither "ohne" nor one of the user's clients is not found.
/// </summary>
public sealed record ClientFilter(ClientFilter.Scope Kind, int? ClientId, string? ClientName)
{
    public const string NoneValue = "ohne";

    public enum Scope
    {
        All,
        Unfiled,
        OneClient,
    }

    public static readonly ClientFilter All = new(Scope.All, null, null);

    /// <summary>The value that selects this filter again, for links and the picker.</summary>
    public string? QueryValue => Kind switch
    {
        Scope.Unfiled => NoneValue,
        Scope.OneClient => ClientId!.Value.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    public IQueryable<Network> Apply(IQueryable<Network> networks) => Kind switch
    {
        Scope.Unfiled => networks.Where(n => n.ClientId == null),
        Scope.OneClient => networks.Where(n => n.ClientId == ClientId),
        _ => networks,
    };

    /// <summary>The filter the value asks for, or null when it names no client of this user.</summary>
    public static ClientFilter? Parse(string? value, IReadOnlyList<ClientNames.Choice> clients)
    {
        if (string.IsNullOrEmpty(value))
        {
            return All;
        }
        if (value == NoneValue)
        {
            return new ClientFilter(Scope.Unfiled, null, null);
        }
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && clients.FirstOrDefault(c => c.Id == id) is { } client)
        {
            return new ClientFilter(Scope.OneClient, client.Id, client.Name);
        }
        return null;
    }
}
