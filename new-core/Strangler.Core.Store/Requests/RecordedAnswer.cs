namespace Strangler.Core.Store.Requests;

/// <summary>A recorded request: the hash of its content and the answer bytes it got.</summary>
public sealed record RecordedAnswer(string ContentHash, byte[] Answer);
