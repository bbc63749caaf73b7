using Strangler.Core.Risk.Subjects;

namespace Strangler.Core.Risk.Relationships;

/// <summary>A document in the history: its parties and whether an examination of it found something.</summary>
public sealed record PastDocument(string Reference, IReadOnlyList<SubjectParty> Parties, bool ExaminedWithFindings);
