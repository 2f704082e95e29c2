using Microsoft.AspNetCore.Mvc.ModelBinding;
using NetzwerkCheck.Web.Localization;

namespace NetzwerkCheck.Web.Infrastructure;

/// <summary>
/// Binds a euro amount or hours typed into a text field with <see cref="DecimalText"/>, so "49,90", "49.90" and
/// "1.234,50" all work in either language. What cannot be read stays in the field with a message that shows an example;
/// ranges are the field's [Range]. Opt in per property: <c>[ModelBinder&lt;EuroBinder&gt;]</c> or <c>[ModelBinder&lt;HoursBinder&gt;]</c>.
/// </summary>
public abstract class DecimalTextBinder(string notANumber, IStringLocalizer l) : IModelBinder
{
    /// <summary>Amounts and hours are stored as hundredths.</summary>
    public const int MaxDecimals = 2;

    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }
        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
        var text = value.FirstValue;
        if (string.IsNullOrWhiteSpace(text))
        {
            bindingContext.Result = ModelBindingResult.Success(null);
            return Task.CompletedTask;
        }
        string? error = null;
        if (!DecimalText.TryParse(text, value.Culture, out var number))
        {
            error = l[notANumber];
        }
        else if (decimal.Round(number, MaxDecimals) != number)
        {
            error = l["Bitte geben Sie höchstens zwei Stellen nach dem Komma an."];
        }
        if (error is not null)
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, error);
            bindingContext.Result = ModelBindingResult.Failed();
            return Task.CompletedTask;
        }
        bindingContext.Result = ModelBindingResult.Success(number);
        return Task.CompletedTask;
    }
}

public sealed class EuroBinder(IStringLocalizer<DecimalTextBinder> l)
    : DecimalTextBinder("Bitte geben Sie einen Betrag in Euro an, z. B. 49,90.", l);

public sealed class HoursBinder(IStringLocalizer<DecimalTextBinder> l)
    : DecimalTextBinder("Bitte geben Sie die Stunden als Zahl an, z. B. 4 oder 2,5.", l);
