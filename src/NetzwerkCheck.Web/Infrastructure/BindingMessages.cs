using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace NetzwerkCheck.Web.Infrastructure;

/// <summary>
/// Model binding's messages (wrong type, missing value) in our wording, German by default. A field
/// without a display name gets messages that name no field at all, so no internal name such as
/// "Goal" or "Value" ever reaches the page; a number too large for its type is bound at the type's
/// limit so that its [Range] says what is allowed (<see cref="OutOfRangeNumberBinder"/>); a yes/no field with
/// anything but true or false is an error, not a crash (<see cref="BooleanBinder"/>), and lists bind only
/// rows numbered from 0 (<see cref="NumberedRowsBinder"/>).
/// </summary>
public sealed class BindingMessages
{
    public static void Use(MvcOptions options, IStringLocalizerFactory localizers)
    {
        ArgumentNullException.ThrowIfNull(options);
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
        // Model binding passes the (empty) value here, not the field name: a message that names nothing.
        messages.SetValueMustNotBeNullAccessor(_ => l["Bitte geben Sie einen Wert an."]);

        var unnamed = new DefaultModelBindingMessageProvider(messages);
        unnamed.SetAttemptedValueIsInvalidAccessor((value, _) => l["Der Wert „{0}“ ist hier nicht gültig.", value]);
        unnamed.SetValueMustBeANumberAccessor(_ => l["Bitte geben Sie eine Zahl ein."]);
        unnamed.SetUnknownValueIsInvalidAccessor(_ => l["Der Wert ist nicht gültig."]);
        unnamed.SetMissingBindRequiredValueAccessor(_ => l["Bitte geben Sie einen Wert an."]);
        unnamed.SetValueMustNotBeNullAccessor(_ => l["Bitte geben Sie einen Wert an."]);
        options.ModelMetadataDetailsProviders.Add(new UnnamedFieldMessages(unnamed));
        options.ModelBinderProviders.Insert(0, new OutOfRangeNumberBinderProvider());
        options.ModelBinderProviders.Insert(0, new BooleanBinderProvider());
        options.ModelBinderProviders.Insert(0, new NumberedRowsBinderProvider());
    }

    private sealed class UnnamedFieldMessages(DefaultModelBindingMessageProvider unnamed) : IBindingMetadataProvider
    {
        public void CreateBindingMetadata(BindingMetadataProviderContext context)
        {
            if (context.Key.MetadataKind == ModelMetadataKind.Property
                && !context.Attributes.Any(a => a is DisplayAttribute { Name: not null } or DisplayNameAttribute))
            {
                context.BindingMetadata.ModelBindingMessageProvider = unnamed;
            }
        }
    }
}
