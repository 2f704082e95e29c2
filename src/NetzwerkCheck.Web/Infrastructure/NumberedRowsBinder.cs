using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace NetzwerkCheck.Web.Infrastructure;

/// <summary>
/// Lists and dictionaries bind only rows numbered from 0 (<c>Criteria[0].Rating</c>), the way every form of
/// the app names them. ASP.NET Core also accepts explicitly named rows (<c>Criteria.index=7</c>), and for a
/// named row without values it puts null into a list and a null key into a dictionary, which throws inside
/// the binder: a request answered with 500. The app never sends such names, so they are ignored.
/// </summary>
public sealed class NumberedRowsBinder(IModelBinder collectionBinder) : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var original = bindingContext.ValueProvider;
        bindingContext.ValueProvider = new WithoutKey(original, bindingContext.ModelName + ".index");
        try
        {
            await collectionBinder.BindModelAsync(bindingContext);
        }
        finally
        {
            bindingContext.ValueProvider = original;
        }
    }

    private sealed class WithoutKey(IValueProvider values, string hidden) : IEnumerableValueProvider
    {
        public bool ContainsPrefix(string prefix) => values.ContainsPrefix(prefix);

        public ValueProviderResult GetValue(string key) =>
            string.Equals(key, hidden, StringComparison.OrdinalIgnoreCase) ? ValueProviderResult.None : values.GetValue(key);

        public IDictionary<string, string> GetKeysFromPrefix(string prefix) =>
            values is IEnumerableValueProvider keys ? keys.GetKeysFromPrefix(prefix) : new Dictionary<string, string>();
    }
}

public sealed class NumberedRowsBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // The framework's own binders, in the framework's order, each wrapped.
        var binder = new DictionaryModelBinderProvider().GetBinder(context)
            ?? new ArrayModelBinderProvider().GetBinder(context)
            ?? new CollectionModelBinderProvider().GetBinder(context);
        return binder is null ? null : new NumberedRowsBinder(binder);
    }
}
