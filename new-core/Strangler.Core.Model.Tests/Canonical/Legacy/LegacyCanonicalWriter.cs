using System.Globalization;
using System.Text;
using Strangler.Contracts.Time;

namespace Strangler.Core.Model.Tests.Canonical.Legacy;

// A verbatim reference copy of the rendering before issue 7 (only renamed): the new rendering must give the same bytes.

/// <summary>
/// Writes <c>path=value</c> lines in the order called. A null value is the path alone, so null and
/// empty differ; strings are trimmed and escaped so that one value can never read as two lines.
/// </summary>
internal sealed class LegacyCanonicalWriter
{
    private readonly StringBuilder text = new();
    private readonly List<string> path = [];

    public override string ToString() => text.ToString();

    public void Text(string name, string? value)
    {
        Path(name);
        if (value is null)
        {
            text.Append('\n');
            return;
        }

        text.Append('=');
        foreach (var c in value.AsSpan().Trim())
        {
            _ = c switch
            {
                '\\' => text.Append(@"\\"),
                '\n' => text.Append(@"\n"),
                '\r' => text.Append(@"\r"),
                _ => text.Append(c),
            };
        }

        text.Append('\n');
    }

    public void Number(string name, decimal? value) =>
        Text(name, value?.ToString("0.############################", CultureInfo.InvariantCulture));

    public void Number(string name, long? value) => Text(name, value?.ToString(CultureInfo.InvariantCulture));

    public void Flag(string name, bool value) => Text(name, value ? "true" : "false");

    public void Time(string name, DateTimeOffset? value) =>
        Text(name, value is { } t
            ? HongKongTime.TruncateToSeconds(HongKongTime.ToHongKong(t)).ToString("yyyy-MM-dd'T'HH:mm:ss'+08:00'", CultureInfo.InvariantCulture)
            : null);

    public void Date(string name, DateOnly? value) =>
        Text(name, value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>An enum by its member name, which is part of the canonical form (renaming a member changes it).</summary>
    public void Code(string name, Enum? value) => Text(name, value?.ToString());

    /// <summary>A nested object under <paramref name="name"/>; a null object writes its path alone.</summary>
    public void Object<T>(string name, T? value, Action<LegacyCanonicalWriter, T> write)
        where T : class
    {
        if (value is null)
        {
            Text(name, null);
            return;
        }

        path.Add(name);
        write(this, value);
        path.RemoveAt(path.Count - 1);
    }

    /// <summary>The count, then each element under <c>name[i]</c>, so lists of different lengths never collide.</summary>
    public void List<T>(string name, IReadOnlyList<T> items, Action<LegacyCanonicalWriter, T> write)
        where T : notnull
    {
        Number(name + ".count", items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            path.Add(name + "[" + i.ToString(CultureInfo.InvariantCulture) + "]");
            write(this, items[i]);
            path.RemoveAt(path.Count - 1);
        }
    }

    public void Texts(string name, IReadOnlyList<string> items) => List(name, items, (w, s) => w.Text("value", s));

    private void Path(string name)
    {
        foreach (var part in path)
        {
            text.Append(part).Append('.');
        }

        text.Append(name);
    }
}
