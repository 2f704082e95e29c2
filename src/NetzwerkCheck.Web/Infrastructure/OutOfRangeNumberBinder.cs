using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Numerics;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace NetzwerkCheck.Web.Infrastructure;

/// <summary>
/// Binds a whole number too large for an int (99999999999999 in a member count) as int.MaxValue
/// (or MinValue), so the field's [Range] answers with the allowed range instead of a bare "invalid".
/// Only for int fields that carry a [Range]; anything else that is not a number stays invalid.
/// </summary>
public sealed class OutOfRangeNumberBinder(IModelBinder fallback) : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        var text = value.FirstValue?.Trim();
        if (!string.IsNullOrEmpty(text)
            && BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            && (number > int.MaxValue || number < int.MinValue))
        {
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
            bindingContext.Result = ModelBindingResult.Success(number > int.MaxValue ? int.MaxValue : int.MinValue);
            return Task.CompletedTask;
        }
        return fallback.BindModelAsync(bindingContext);
    }
}

public sealed class OutOfRangeNumberBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var metadata = context.Metadata;
        if (metadata.UnderlyingOrModelType != typeof(int) || !metadata.ValidatorMetadata.OfType<RangeAttribute>().Any())
        {
            return null;
        }
        var loggers = context.Services.GetRequiredService<ILoggerFactory>();
        return new OutOfRangeNumberBinder(new SimpleTypeModelBinder(metadata.ModelType, loggers));
    }
}
