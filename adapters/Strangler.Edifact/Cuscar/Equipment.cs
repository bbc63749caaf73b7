namespace Strangler.Edifact.Cuscar;

/// <summary>
/// One EQD group: a container (number as sent, <c>E031</c> judges it), its ISO 6346 size-type, full
/// (<c>5</c>) or empty (<c>4</c>), and up to three carrier seals.
/// </summary>
public sealed record Equipment(string ContainerNumber, string SizeType, string FullEmptyCode, EquatableList<string> Seals)
{
    public Equipment(string containerNumber, string sizeType, string fullEmptyCode)
        : this(containerNumber, sizeType, fullEmptyCode, EquatableList<string>.Empty)
    {
    }
}
