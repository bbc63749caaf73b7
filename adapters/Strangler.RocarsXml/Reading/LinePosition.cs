namespace Strangler.RocarsXml.Reading;

/// <summary>Where a node starts in the body, kept as an annotation for the people reading an error's Where.</summary>
internal sealed record LinePosition(int Line, int Column);
