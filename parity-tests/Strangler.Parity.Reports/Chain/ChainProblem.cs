namespace Strangler.Parity.Reports.Chain;

/// <summary>What verification found wrong.</summary>
public enum ChainProblemKind
{
    /// <summary>The folder to verify does not exist.</summary>
    ChainMissing,

    /// <summary>A report folder has no manifest.json.</summary>
    ManifestMissing,

    /// <summary>manifest.json cannot be read as a manifest.</summary>
    ManifestUnreadable,

    /// <summary>manifest.json was edited: its seal or its exact bytes no longer match.</summary>
    ManifestAltered,

    /// <summary>A file the manifest lists is gone.</summary>
    FileMissing,

    /// <summary>A file's SHA-256 or length differs from the manifest's.</summary>
    FileAltered,

    /// <summary>A file in a report folder that its manifest does not list.</summary>
    UnexpectedFile,

    /// <summary>A report's link does not equal the SHA-256 of the previous report's manifest.</summary>
    LinkBroken,

    /// <summary>Sequence numbers skip or repeat: a report was removed or added.</summary>
    SequenceBroken,

    /// <summary>The newest manifest is not the one the caller expected (the newest report was removed or replaced).</summary>
    HeadMismatch,

    /// <summary>The change-log entry a report was made after has another hash in the change log now: the entry was altered.</summary>
    ChangeLogEntryAltered,

    /// <summary>The change-log entry a report was made after is not in the change log any more: it was removed.</summary>
    ChangeLogEntryMissing,
}

/// <summary>One thing wrong: which report (folder name) and which file, and why, in words an auditor can act on.</summary>
public sealed record ChainProblem(ChainProblemKind Kind, string Report, string? File, string Detail)
{
    public override string ToString() => File is null ? $"{Report}: {Kind}: {Detail}" : $"{Report}/{File}: {Kind}: {Detail}";
}
