using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Validation;

public sealed class BindingMessageTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    [Fact]
    public void AnEmptyValueForANumberThatMustBeSetGetsAMessageWithoutEmptyQuotes()
    {
        var messages = factory.Services.GetRequiredService<IOptions<MvcOptions>>().Value.ModelBindingMessageProvider;

        // Model binding hands this accessor the attempted value (empty), not the field's name.
        Assert.Equal("Bitte geben Sie einen Wert an.", messages.ValueMustNotBeNullAccessor(""));
        Assert.Equal("Bitte geben Sie „Stunden“ an.", messages.MissingBindRequiredValueAccessor("Stunden"));
    }
}
