using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace NetzwerkCheck.Web.Infrastructure;

/// <summary>Model binding's messages (wrong type, missing value) in our wording, German by default.</summary>
public sealed class BindingMessages
{
    public static void Use(MvcOptions options, IStringLocalizerFactory localizers)
    {
        var l = localizers.Create(typeof(BindingMessages));
        var messages = options.ModelBindingMessageProvider;
        messages.SetValueIsInvalidAccessor(value => l["Der Wert „{0}“ ist hier nicht gültig.", value]);
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => l["Der Wert „{0}“ ist für „{1}“ nicht gültig.", value, field]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => l["Der Wert „{0}“ ist nicht gültig.", value]);
        messages.SetValueMustBeANumberAccessor(field => l["„{0}“ muss eine Zahl sein.", field]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => l["Bitte geben Sie eine Zahl ein."]);
        messages.SetUnknownValueIsInvalidAccessor(field => l["Der Wert für „{0}“ ist nicht gültig.", field]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["Der Wert ist nicht gültig."]);
        messages.SetMissingBindRequiredValueAccessor(field => l["Bitte geben Sie „{0}“ an.", field]);
        messages.SetMissingKeyOrValueAccessor(() => l["Ein Wert fehlt."]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => l["Die Anfrage enthält keine Daten."]);
        messages.SetValueMustNotBeNullAccessor(field => l["Bitte geben Sie „{0}“ an.", field]);
    }
}
