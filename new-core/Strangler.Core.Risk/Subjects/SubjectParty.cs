namespace Strangler.Core.Risk.Subjects;

/// <summary>A party named on a subject; the BR number is null for overseas parties.</summary>
public sealed record SubjectParty(PartyRole Role, string Name, string? Address, string? Country, string? BrNumber);
