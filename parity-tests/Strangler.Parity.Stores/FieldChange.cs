namespace Strangler.Parity.Stores;

/// <summary>
/// One canonical field that differs between the legacy record and the core's: the path and each side's value; null when
/// the side has no such line, <see cref="NullValue"/> when the line says the field is null.
/// </summary>
public sealed record FieldChange(string Path, string? Legacy, string? Core)
{
    public const string NullValue = "(null)";
}
