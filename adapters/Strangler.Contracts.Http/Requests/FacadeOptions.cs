namespace Strangler.Contracts.Http.Requests;

/// <summary>Section <c>Facade</c>: the credential the facade presents in <c>X-Strangler-Facade</c>.</summary>
public sealed class FacadeOptions
{
    public const string SectionName = "Facade";

    /// <summary>Empty or absent: no caller is ever trusted as the facade, and X-Strangler-* headers are ignored.</summary>
    public string? Credential { get; set; }
}
