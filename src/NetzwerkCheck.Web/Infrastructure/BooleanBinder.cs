using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace NetzwerkCheck.Web.Infrastructure;

/// <summary>
/// Binds yes/no fields (checkboxes). A value that is not <c>true</c> or <c>false</c> (<c>1</c>, <c>on</c>, text)
/// becomes the usual model error in our wording (<see cref="BindingMessages"/>) and is kept out of the field's
/// raw value: the checkbox tag helper converts the raw value back to a bool when the page is shown again, and
/// throws on anything else, which answered such a request with 500 and a page of stack trace in the log.
/// </summary>
public sealed class BooleanBinder(IModelBinder fallback) : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value == ValueProviderResult.None || value.All(IsYesOrNo))
        {
            return fallback.BindModelAsync(bindingContext);
        }

        // The text typed stays in the message (the same one as for any invalid value); the raw value stays
        // empty, so the box is drawn unticked.
        var text = value.First(v => !IsYesOrNo(v))!;
        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, rawValue: null, attemptedValue: text);
        var messages = bindingContext.ModelMetadata.ModelBindingMessageProvider;
        bindingContext.ModelState.TryAddModelError(bindingContext.ModelName,
            messages.AttemptedValueIsInvalidAccessor(text, bindingContext.ModelMetadata.GetDisplayName()));
        bindingContext.Result = ModelBindingResult.Failed();
        return Task.CompletedTask;
    }

    private static bool IsYesOrNo(string? value) => string.IsNullOrWhiteSpace(value) || bool.TryParse(value, out _);
}

public sealed class BooleanBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Metadata.UnderlyingOrModelType != typeof(bool))
        {
            return null;
        }
        var loggers = context.Services.GetRequiredService<ILoggerFactory>();
        return new BooleanBinder(new SimpleTypeModelBinder(context.Metadata.ModelType, loggers));
    }
}
