namespace Strangler.Core.Risk.Subjects;

/// <summary>Whether the goods enter, leave or pass through Hong Kong.</summary>
public enum TradeDirection
{
    Import,
    Export,
    Transit,
}
