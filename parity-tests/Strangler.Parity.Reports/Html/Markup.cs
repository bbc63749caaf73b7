using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Strangler.Parity.Reports.Html;

/// <summary>Encoding of every value that comes from the data, for HTML text, attributes and SVG alike.</summary>
internal static class Markup
{
    // All Unicode ranges allowed so that Chinese names stay readable; markup characters (<>&"'+`) are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string? value) => value is null ? "" : Encoder.Encode(value);

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Percent(double fraction) => (fraction * 100).ToString("0.00", CultureInfo.InvariantCulture) + " %";
}
