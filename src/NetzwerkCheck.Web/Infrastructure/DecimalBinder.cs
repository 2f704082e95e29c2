using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace NetzwerkCheck.Web.Infrastructure;

/// <summary>
/// Binds euro amounts and hours as people type them: "49,90", "1.234,50" and "49.90" in German, "49.90" and
/// "1,234.50" in English, with or without "€". The default binder reads "49.90" in German as 4990 (the dot
/// being a thousands separator there) – a silently wrong amount. Here a separator followed by exactly three
/// digits groups thousands only when it is the language's grouping sign; otherwise the last separator is the
/// decimal point. A number too large for a decimal binds as its largest value, so the field's [Range] names the
/// limit. Anything else is invalid with the usual message.
/// </summary>
public sealed class DecimalBinder : IModelBinder
{
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
            bindingContext.Result = bindingContext.ModelMetadata.IsReferenceOrNullableType
                ? ModelBindingResult.Success(null)
                : ModelBindingResult.Failed();
            return Task.CompletedTask;
        }
        if (TryParse(text, CultureInfo.CurrentCulture, out var number))
        {
            bindingContext.Result = ModelBindingResult.Success(number);
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName,
                bindingContext.ModelMetadata.ModelBindingMessageProvider.AttemptedValueIsInvalidAccessor(text, bindingContext.ModelMetadata.GetDisplayName()));
        }
        return Task.CompletedTask;
    }

    public static bool TryParse(string text, CultureInfo culture, out decimal number)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(culture);
        number = 0;
        var plain = text.Replace("€", "", StringComparison.Ordinal).Replace("EUR", "", StringComparison.OrdinalIgnoreCase)
            .Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal).Replace("\u202f", "", StringComparison.Ordinal);
        var negative = plain.StartsWith('-');
        var digits = negative ? plain[1..] : plain;
        if (!digits.Any(char.IsAsciiDigit) || digits.Any(c => !char.IsAsciiDigit(c) && c != '.' && c != ','))
        {
            return false;
        }
        var lastSeparator = digits.LastIndexOfAny(['.', ',']);
        string whole, fraction;
        if (lastSeparator < 0)
        {
            (whole, fraction) = (digits, "");
        }
        else
        {
            var sign = digits[lastSeparator];
            var groupsOnly = digits.Count(c => c == '.' || c == ',') == digits.Count(c => c == sign)
                && sign.ToString() == culture.NumberFormat.NumberGroupSeparator
                && digits.Length - lastSeparator - 1 == 3;
            (whole, fraction) = groupsOnly ? (digits, "") : (digits[..lastSeparator], digits[(lastSeparator + 1)..]);
            if (fraction.Any(c => !char.IsAsciiDigit(c)))
            {
                return false;
            }
        }
        // What is left of the decimal point may only group thousands: 1.234.567, never 12.34.
        var groups = whole.Split('.', ',');
        if (groups.Length > 1 && (groups[0].Length is 0 or > 3 || groups.Skip(1).Any(g => g.Length != 3)))
        {
            return false;
        }
        var joined = string.Concat(groups) + (fraction.Length > 0 ? "." + fraction : "");
        if (!decimal.TryParse(joined, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number))
        {
            // Only too many digits are left: the field's [Range] then names the limit.
            number = decimal.MaxValue;
        }
        number = negative ? -number : number;
        return true;
    }
}

public sealed class DecimalBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Metadata.UnderlyingOrModelType == typeof(decimal) ? new DecimalBinder() : null;
    }
}
