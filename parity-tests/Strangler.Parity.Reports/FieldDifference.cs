namespace Strangler.Parity.Reports;

/// <summary>
/// One field whose values differ between the two answers. A null value means the field is absent on that side;
/// <see cref="Rule"/> names the declared normalisation rule that explains the difference, if any.
/// </summary>
public sealed record FieldDifference(string Field, string? Legacy, string? Core, string? Rule = null);
