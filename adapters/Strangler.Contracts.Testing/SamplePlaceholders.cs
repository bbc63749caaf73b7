using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace Strangler.Contracts.Testing;

/// <summary>
/// Fills the placeholders of the contract samples (samples/README.md): <c>${NOW:fmt}</c>,
/// <c>${NOW+P6D:fmt}</c>, <c>${NOW-PT20M:fmt}</c> and <c>${CCRN:file}</c>.
/// </summary>
public static partial class SamplePlaceholders
{
    /// <summary>The fixed clock of the samples: 12:00:00 Hong Kong time on the given date.</summary>
    public static DateTimeOffset NoonHongKong(DateOnly date) =>
        new(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(8));

    public static byte[] Fill(byte[] template, DateTimeOffset now, Func<string, string>? ccrnOf = null)
    {
        var text = Encoding.UTF8.GetString(template);
        var filled = Placeholder().Replace(text, m => Expand(m, now.ToOffset(TimeSpan.FromHours(8)), ccrnOf));
        return Encoding.UTF8.GetBytes(filled);
    }

    private static string Expand(Match m, DateTimeOffset now, Func<string, string>? ccrnOf)
    {
        if (m.Groups["ccrn"].Success)
        {
            if (ccrnOf is null)
            {
                throw new InvalidOperationException($"{m.Value} needs the CCRN of an earlier answer.");
            }

            return ccrnOf(m.Groups["ccrn"].Value);
        }

        var at = now;
        if (m.Groups["sign"].Success)
        {
            var duration = XmlConvert.ToTimeSpan(m.Groups["duration"].Value);
            at = m.Groups["sign"].Value == "+" ? now + duration : now - duration;
        }

        return Format(at, m.Groups["format"].Value);
    }

    public static string Format(DateTimeOffset at, string format) => format switch
    {
        "CCYYMMDD" => at.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
        "CCYYMMDDHHMM" => at.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture),
        "YYMMDD" => at.ToString("yyMMdd", CultureInfo.InvariantCulture),
        "HHMM" => at.ToString("HHmm", CultureInfo.InvariantCulture),
        "DD" => at.ToString("dd", CultureInfo.InvariantCulture),
        "DDMMM" => at.ToString("ddMMM", CultureInfo.InvariantCulture).ToUpperInvariant(),
        "ISO" => at.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+08:00",
        _ => throw new InvalidOperationException($"Unknown placeholder format {format}."),
    };

    [GeneratedRegex(@"\$\{(?:CCRN:(?<ccrn>[^}]+)|NOW(?:(?<sign>[+-])(?<duration>P[0-9A-Z]+))?:(?<format>[A-Z]+))\}")]
    private static partial Regex Placeholder();
}
