namespace Strangler.Migration.Legacy.Gets;

/// <summary>Thrown inside a reader while mapping one legacy document; the reader quarantines the document with the message.</summary>
internal sealed class UnmappableException(string reason) : Exception(reason);
