using System.Text;
using Strangler.Facade.Testing;

namespace Strangler.Migration.Legacy.Tests.Gets;

/// <summary>CUSDEC interchanges for the tests: the sea import sample amended and cancelled (Facade.Testing's <see cref="Strangler.Facade.Testing.Gets"/>).</summary>
internal static class GetsMessages
{
    public static byte[] Amendment(DateTimeOffset now, string interchangeRef, string lrn, string tdecNo) =>
        Facade.Testing.Gets.Interchange(now, interchangeRef, Facade.Testing.Gets.Message(now, "M1", '1', lrn, amends: tdecNo)
            .Replace("MOBILE PHONE PARTS", "MOBILE PHONE SCREENS", StringComparison.Ordinal));

    /// <summary>A cancellation (gets.md): only BGM function 1, the form GIS, DTM+137, RFF+ABT, NAD+DT and <c>CNT+5:0</c>.</summary>
    public static byte[] Cancellation(DateTimeOffset now, string interchangeRef, string lrn, string tdecNo)
    {
        string[] kept = ["UNH+", "BGM+", "GIS+", "DTM+137", "RFF+ABT", "NAD+DT"];
        var message = Facade.Testing.Gets.Message(now, "M1", '1', lrn, amends: tdecNo).Replace($"+{lrn}+5'", $"+{lrn}+1'", StringComparison.Ordinal);
        var segments = message.Split('\'').Select(s => s.Trim('\n', '\r'))
            .Where(s => kept.Any(k => s.StartsWith(k, StringComparison.Ordinal))).ToList();
        segments.Add("CNT+5:0");
        segments.Add($"UNT+{segments.Count + 1}+M1");
        return Facade.Testing.Gets.Interchange(now, interchangeRef, string.Concat(segments.Select(s => s + "'\n")));
    }

    public static string Text(byte[] body) => Encoding.UTF8.GetString(body);
}
