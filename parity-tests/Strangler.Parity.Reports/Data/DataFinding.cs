namespace Strangler.Parity.Reports.Data;

/// <summary>
/// One record (document version) that differs between the stores. <see cref="Difference"/> is <c>missing</c> (in legacy,
/// not in the core), <c>extra</c>, <c>differing</c> or <c>duplicate</c>; <see cref="DuplicateOf"/> names the legacy
/// record an extra one copies; <see cref="Fields"/> the differing canonical fields (null value = line absent).
/// </summary>
public sealed record DataFinding(
    string Key,
    string Kind,
    string Difference,
    string? DuplicateOf,
    IReadOnlyList<FieldDifference> Fields);
