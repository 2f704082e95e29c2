using System.Diagnostics.CodeAnalysis;

namespace NetzwerkCheck.Domain.Assessments;

[SuppressMessage("Naming", "CA1711", Justification = "Warnsignal is a red flag in the glossary, not a [Flags] enum.")]
public enum RedFlag
{
    OssifiedStructures,
    GroupDynamicsAgainstPurpose,
    EveryoneOnlyTakes,
    NewcomersIgnored,
    PressureToBuy,
}
