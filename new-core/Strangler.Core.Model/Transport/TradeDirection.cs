namespace Strangler.Core.Model.Transport;

/// <summary>Whether goods enter or leave Hong Kong, or only pass through (air transit).</summary>
public enum TradeDirection
{
    Import,
    Export,
    Transit,
}
