namespace Strangler.RocarsXml.Documents;

/// <summary>Which way the goods vehicle crosses the boundary (<c>IMPORT</c>, <c>EXPORT</c>).</summary>
public enum CrossingDirection
{
    Import,
    Export,
}
