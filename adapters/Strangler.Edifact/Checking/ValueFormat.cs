using System.Globalization;
using Strangler.Contracts.CodeLists;

namespace Strangler.Edifact.Checking;

/// <summary>
/// The format a subset table gives a component (judged in phase 3 as <c>E006</c>), or
/// <see cref="Rule"/> when a business rule judges the value under its own code instead.
/// </summary>
public sealed record ValueFormat
{
    private ValueFormat(FormatKind kind, int maxLength, IReadOnlySet<string>? codes, string text)
    {
        Kind = kind;
        MaxLength = maxLength;
        Codes = codes;
        Text = text;
    }

    public FormatKind Kind { get; }

    public int MaxLength { get; }

    public IReadOnlySet<string>? Codes { get; }

    /// <summary>How the table writes it: <c>an..35</c>, <c>n..6</c>, <c>HKD</c>, <c>CCYYMMDD</c>.</summary>
    public string Text { get; }

    /// <summary>Any characters, 1 to <paramref name="max"/> of them.</summary>
    public static ValueFormat An(int max) => new(FormatKind.Alphanumeric, max, null, $"an..{max}");

    /// <summary>Digits only, 1 to <paramref name="max"/> of them.</summary>
    public static ValueFormat N(int max) => new(FormatKind.Numeric, max, null, $"n..{max}");

    /// <summary>Exactly one of the codes.</summary>
    public static ValueFormat Code(params string[] codes) =>
        new(FormatKind.Code, codes.Max(c => c.Length), new HashSet<string>(codes, StringComparer.Ordinal), string.Join("|", codes));

    /// <summary>A valid calendar date <c>CCYYMMDD</c> (DTM format 102).</summary>
    public static ValueFormat Date102 { get; } = new(FormatKind.Date102, 8, null, "CCYYMMDD");

    /// <summary>A valid date and time <c>CCYYMMDDHHMM</c> (DTM format 203).</summary>
    public static ValueFormat DateTime203 { get; } = new(FormatKind.DateTime203, 12, null, "CCYYMMDDHHMM");

    /// <summary>Judged by a business rule (a BR number, a mode, an amount …): phase 3 only checks presence.</summary>
    public static ValueFormat Rule { get; } = new(FormatKind.Rule, int.MaxValue, null, "rule");

    public bool Accepts(string value) => Kind switch
    {
        FormatKind.Alphanumeric => value.Length <= MaxLength,
        FormatKind.Numeric => value.Length <= MaxLength && CodeFormat.AllDigits(value),
        FormatKind.Code => Codes!.Contains(value),
        FormatKind.Date102 => value.Length == 8 && CodeFormat.AllDigits(value) &&
            DateTime.TryParseExact(value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        FormatKind.DateTime203 => value.Length == 12 && CodeFormat.AllDigits(value) &&
            DateTime.TryParseExact(value, "yyyyMMddHHmm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        _ => true,
    };

    public override string ToString() => Text;
}

public enum FormatKind
{
    Alphanumeric,
    Numeric,
    Code,
    Date102,
    DateTime203,
    Rule,
}
