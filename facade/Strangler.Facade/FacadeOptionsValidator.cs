using Microsoft.Extensions.Options;

namespace Strangler.Facade;

/// <summary>Names every bad facade setting at start-up.</summary>
internal sealed class FacadeOptionsValidator : IValidateOptions<FacadeOptions>
{
    public ValidateOptionsResult Validate(string? name, FacadeOptions options)
    {
        var problems = options.Validate();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
