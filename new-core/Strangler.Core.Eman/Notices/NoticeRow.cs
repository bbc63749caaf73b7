namespace Strangler.Core.Eman.Notices;

/// <summary>One stored notice: its cursor in the key's feed, EMAN ref, kind (DN or RV), issue time and CNI lines.</summary>
internal sealed class NoticeRow
{
    public long Cursor { get; set; }

    public string EmanRef { get; set; } = "";

    public string Kind { get; set; } = "";

    public object IssuedAt { get; set; } = "";

    /// <summary>"seq TAB document number" per consignment, LF-separated.</summary>
    public string Lines { get; set; } = "";

    public object? ReleaseDue { get; set; }
}
