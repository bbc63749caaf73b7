using Strangler.Core.Risk.Subjects;

namespace Strangler.Core.Risk.Outcomes;

/// <summary>The result of checking or examining a subject: whether anything was found.</summary>
public sealed record ExaminationResult(SubjectKind SubjectKind, string Reference, bool Findings);
