namespace NetzwerkCheck.Domain.Networks;

public enum NetworkStatus
{
    Considering,
    Trial,
    Member,
    Left,
}
