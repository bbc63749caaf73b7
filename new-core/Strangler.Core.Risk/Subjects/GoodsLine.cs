namespace Strangler.Core.Risk.Subjects;

/// <summary>One goods line as declared; HS code, value and weight may be missing depending on the document.</summary>
public sealed record GoodsLine(
    string Description,
    string? HsCode,
    string? OriginCountry,
    decimal? ValueHkd,
    decimal? GrossWeightKg);
