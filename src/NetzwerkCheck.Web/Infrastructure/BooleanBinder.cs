using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using Microsoft.Extensions.Localization;

namespace NetzwerkCheck.Web.Infrastructure;

/// <summary>
/// Binds yes/no fields (checkboxes). A value that is not <c>true</c> or <c>false</c> (<c>1</c>, <c>on</c>, text)
/// becomes a model error in our wording and is kept out of the field's raw value: the checkbox tag helper
/// converts the raw value back to a bool when the page is shown again, and throws on anything else, which
/// answered such a request with 500 and a page of stack trace in the log.
/// </summary>
public sealed class BooleanBinder(IModelBinder fallback, IStringLocalizer l) : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value == ValueProviderResult.None || value.All(v => string.IsNullOrWhiteSpace(v) || bool.TryParse(v, out _)))
        {
            return fallback.BindModelAsync(bindingContext);
        }

        // The text typed stays visible in the message; the raw value stays empty, so the box is drawn unticked.
        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, rawValue: null, attemptedValue: value.ToString());
        var field = bindingContext.ModelMetadata.DisplayName;
        bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, field is null
            ? l["Hier ist nur ein Häkchen oder kein Häkchen möglich."]
            : l["„{0}“ kann nur angekreuzt oder leer sein.", field]);
        bindingContext.Result = ModelBindingResult.Failed();
        return Task.CompletedTask;
    }
}

public sealed class BooleanBinderProvider(IStringLocalizer l) : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Metadata.UnderlyingOrModelType != typeof(bool))
        {
            return null;
        }
        var loggers = context.Services.GetRequiredService<ILoggerFactory>();
        return new BooleanBinder(new SimpleTypeModelBinder(context.Metadata.ModelType, loggers), l);
    }
}
