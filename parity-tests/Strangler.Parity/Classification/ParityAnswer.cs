namespace Strangler.Parity.Classification;

/// <summary>One system's answer to a request: the HTTP status and the body bytes.</summary>
public readonly record struct ParityAnswer(int Status, ReadOnlyMemory<byte> Body);
