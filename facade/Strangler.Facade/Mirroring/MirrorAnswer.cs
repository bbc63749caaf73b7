namespace Strangler.Facade.Mirroring;

/// <summary>The second system's answer, or why there was none (<paramref name="Status"/> null).</summary>
public sealed record MirrorAnswer(int? Status, byte[]? Body, double Milliseconds, string? Error)
{
    /// <summary>Delivered: the second system took a decision (any status below 500). 5xx and no answer are retried.</summary>
    public bool Delivered => Status is < 500;
}
