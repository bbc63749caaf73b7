namespace Strangler.Core.Risk.Subjects;

/// <summary>
/// The route as codes the documents carry (UN/LOCODE, airport or control point code); any may be
/// unknown for a given mode.
/// </summary>
public sealed record SubjectRoute(string? Origin, string? Loading, string? Discharge, string? Destination)
{
    public static SubjectRoute Unknown { get; } = new(null, null, null, null);
}
