namespace NetzwerkCheck.Domain.Assessments;

public enum RedFlag
{
    OssifiedStructures,
    GroupDynamicsAgainstPurpose,
    EveryoneOnlyTakes,
    NewcomersIgnored,
    PressureToBuy,
}
