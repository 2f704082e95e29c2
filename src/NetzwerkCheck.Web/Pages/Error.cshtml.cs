using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NetzwerkCheck.Web.Pages;

[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Ein Fehler ist aufgetreten";
    public string Message { get; private set; } = "Bitte versuchen Sie es später noch einmal. Ihre gespeicherten Daten sind davon nicht betroffen.";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        (Title, Message) = code switch
        {
            400 => ("Ungültige Anfrage", "Die Anfrage konnte nicht verarbeitet werden. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal."),
            403 => ("Kein Zugriff", "Für diese Seite fehlt Ihnen die Berechtigung."),
            404 => ("Seite nicht gefunden", "Diese Seite gibt es nicht, oder sie gehört zu einem anderen Konto."),
            429 => ("Zu viele Anfragen", "Bitte warten Sie einen Moment und versuchen Sie es dann erneut."),
            _ => (Title, Message),
        };
    }
}
