using NetzwerkCheck.Domain.Networks;

namespace NetzwerkCheck.Domain.Assessments;

/// <summary>What the user said about the network itself, which the verdict reads alongside the answers.</summary>
public sealed record NetworkContext(OrganisationForm Form, int? MemberCount, NetworkStatus Status)
{
    public static NetworkContext Unknown { get; } = new(OrganisationForm.Mixed, null, NetworkStatus.Considering);

    /// <summary>Members and people on trial: only they can raise problems with the organisers or leave.</summary>
    public bool IsInside => Status is NetworkStatus.Member or NetworkStatus.Trial;
}
