using Microsoft.AspNetCore.Mvc;

namespace NetzwerkCheck.Web.Infrastructure;

public static class GermanBindingMessages
{
    public static void UseGermanBindingMessages(this MvcOptions options)
    {
        var messages = options.ModelBindingMessageProvider;
        messages.SetValueIsInvalidAccessor(value => $"Der Wert „{value}“ ist hier nicht gültig.");
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"Der Wert „{value}“ ist für „{field}“ nicht gültig.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Der Wert „{value}“ ist nicht gültig.");
        messages.SetValueMustBeANumberAccessor(field => $"„{field}“ muss eine Zahl sein.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Bitte geben Sie eine Zahl ein.");
        messages.SetUnknownValueIsInvalidAccessor(field => $"Der Wert für „{field}“ ist nicht gültig.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Der Wert ist nicht gültig.");
        messages.SetMissingBindRequiredValueAccessor(field => $"Bitte geben Sie „{field}“ an.");
        messages.SetMissingKeyOrValueAccessor(() => "Ein Wert fehlt.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Die Anfrage enthält keine Daten.");
        messages.SetValueMustNotBeNullAccessor(field => $"Bitte geben Sie „{field}“ an.");
    }
}
