using System.Globalization;

namespace NetzwerkCheck.Web.Pages.Networks;

/// <summary>
/// Two to four of the user's own networks side by side, each with its latest completed assessment.
/// A selection that cannot be compared shows a message instead; ids that are not the user's own
/// answer 404 with the same message whether the network belongs to someone else or does not exist.
/// </summary>
public class CompareModel(AppDbContext db, AssessmentRules rules, IStringLocalizer<CompareModel> l) : PageModel
{
    public const int MinNetworks = 2;
    public const int MaxNetworks = 4;

    public string? Message { get; private set; }

    public IReadOnlyList<ComparedNetwork> Networks { get; private set; } = [];

    public AssessmentRules Rules => rules;

    public async Task<IActionResult> OnGetAsync()
    {
        var raw = Request.Query["ids"];
        var ids = new List<int>();
        foreach (var value in raw)
        {
            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
            {
                return ShowMessage(l["Die Auswahl enthält eine ungültige Angabe. Bitte wählen Sie die Netzwerke erneut aus."]);
            }
            ids.Add(id);
        }
        if (ids.Distinct().Count() != ids.Count)
        {
            return ShowMessage(l["Sie haben ein Netzwerk mehrfach ausgewählt. Bitte wählen Sie jedes Netzwerk nur einmal aus."]);
        }
        if (ids.Count < MinNetworks)
        {
            return ShowMessage(l["Bitte wählen Sie mindestens zwei Netzwerke aus, um sie zu vergleichen."]);
        }
        if (ids.Count > MaxNetworks)
        {
            return ShowMessage(l["Bitte wählen Sie höchstens vier Netzwerke aus – Sie haben {0} gewählt. Mehr passen nicht übersichtlich nebeneinander.", ids.Count]);
        }

        var networks = await db.Networks.OwnedBy(User).AsNoTracking().Where(n => ids.Contains(n.Id)).ToListAsync();
        if (networks.Count != ids.Count)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return ShowMessage(l["Mindestens eines der ausgewählten Netzwerke gibt es in Ihrem Konto nicht (mehr)."]);
        }

        var latest = await db.Assessments.AsNoTracking().WithDetails().LatestCompletedOf(ids).ToDictionaryAsync(a => a.NetworkId);
        Networks = ids
            .Select(id => networks.Single(n => n.Id == id))
            .Select(network => new ComparedNetwork(
                network.Id,
                network.Name,
                network.OrganisationForm,
                network.Status,
                latest.TryGetValue(network.Id, out var check) ? new ComparedAssessment(check.Id, check.CompletedUtc!.Value, check.Goal, check.Evaluate(rules)) : null))
            .ToList();
        return Page();
    }

    private PageResult ShowMessage(string message)
    {
        Message = message;
        return Page();
    }

    public sealed record ComparedNetwork(int Id, string Name, OrganisationForm Form, NetworkStatus Status, ComparedAssessment? Latest);

    public sealed record ComparedAssessment(int Id, DateTime CompletedUtc, Goal? Goal, AssessmentResult Result)
    {
        public CriterionResult CriterionOf(Criterion criterion) => Result.Criteria.Single(c => c.Criterion == criterion);
    }
}
