namespace Strangler.Legacy.Platform.Store;

/// <summary>A sequence ran past the top of its number block: the system cannot issue a number (answered 5xx).</summary>
public sealed class SequenceExhaustedException : Exception
{
    public SequenceExhaustedException(string message)
        : base(message)
    {
    }

    public SequenceExhaustedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SequenceExhaustedException()
    {
    }
}
