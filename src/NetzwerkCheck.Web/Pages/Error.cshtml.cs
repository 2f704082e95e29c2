namespace NetzwerkCheck.Web.Pages;

[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public class ErrorModel(IStringLocalizer<ErrorModel> l) : PageModel
{
    public string Title { get; private set; } = "";
    public string Message { get; private set; } = "";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    /// <summary>The wait comes from the rate limiter's Retry-After header (FormRateLimits.OnRejected).</summary>
    private string TooManyAttempts()
    {
        if (!int.TryParse(Response.Headers.RetryAfter, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds))
        {
            return l["Bitte warten Sie einen Moment und versuchen Sie es dann erneut."];
        }
        var minutes = Math.Max(1, (seconds + 59) / 60);
        return minutes == 1
            ? l["Zu viele Versuche in kurzer Zeit. Bitte versuchen Sie es in 1 Minute erneut."]
            : l["Zu viele Versuche in kurzer Zeit. Bitte versuchen Sie es in {0} Minuten erneut.", minutes];
    }

    private void Describe(int? code)
    {
        (Title, Message) = code switch
        {
            400 => (l["Ungültige Anfrage"], l["Die Anfrage konnte nicht verarbeitet werden. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal."]),
            403 => (l["Kein Zugriff"], l["Für diese Seite fehlt Ihnen die Berechtigung."]),
            404 => (l["Seite nicht gefunden"], l["Diese Seite gibt es nicht, oder sie gehört zu einem anderen Konto."]),
            429 => (l["Zu viele Versuche"], TooManyAttempts()),
            _ => (l["Ein Fehler ist aufgetreten"], l["Bitte versuchen Sie es später noch einmal. Ihre gespeicherten Daten sind davon nicht betroffen."]),
        };
    }
}
