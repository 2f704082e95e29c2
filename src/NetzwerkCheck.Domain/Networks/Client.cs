namespace NetzwerkCheck.Domain.Networks;

/// <summary>
/// A consultant's client (Mandant): a folder for the networks assessed for them, so they can be listed,
/// compared and exported together. Deleting a client keeps its networks; they are then simply unfiled.
/// </summary>
public class Client
{
    public const int NameMaxLength = 120;
    public const int NoteMaxLength = 500;

    public int Id { get; set; }
    public required string OwnerId { get; set; }
    public required string Name { get; set; }
    public string? Note { get; set; }
    public DateTime CreatedUtc { get; set; }

    public List<Network> Networks { get; } = [];

    /// <summary>Two clients of one owner may not share a name, however it is capitalised or padded.</summary>
    public static bool SameName(string a, string b) =>
        string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
