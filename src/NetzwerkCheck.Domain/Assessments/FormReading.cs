using NetzwerkCheck.Domain.Networks;

namespace NetzwerkCheck.Domain.Assessments;

public enum FormAspect
{
    FaceToFace,
    VariedPeopleRelaxed,
    BoundToEvents,
    GroupDynamics,
    Reach,
    ManyContacts,
    InformationFlood,
    TimeFeelsWasted,
}

/// <summary>
/// What the organisation form means for this user, after the article: a Verein brings people together
/// face to face but ties you to its dates and its group dynamics; a virtual network brings reach and
/// many contacts but a flood of information and time that can feel wasted afterwards. A Mischform has both.
/// </summary>
public sealed record FormReading(OrganisationForm Form, IReadOnlyList<FormAspect> Strengths, IReadOnlyList<FormAspect> Risks, NetworkerStyle? Style)
{
    public static FormReading Of(OrganisationForm form, NetworkerStyle? style) => form switch
    {
        OrganisationForm.Association => new(form, [FormAspect.FaceToFace, FormAspect.VariedPeopleRelaxed], [FormAspect.BoundToEvents, FormAspect.GroupDynamics], style),
        OrganisationForm.Virtual => new(form, [FormAspect.Reach, FormAspect.ManyContacts], [FormAspect.InformationFlood, FormAspect.TimeFeelsWasted], style),
        _ => new(form, [FormAspect.FaceToFace, FormAspect.Reach], [FormAspect.BoundToEvents, FormAspect.InformationFlood], style),
    };
}
