namespace Strangler.Core.PostClearance;

/// <summary>What one run did: when (Hong Kong time), how many documents it (re-)indexed, how many cases it opened and closed.</summary>
public sealed record RunResult(DateTimeOffset At, int IndexedDocuments, int OpenedCases, int ClosedCases);
