namespace Strangler.RocarsXml.Reading;

/// <summary>Text as the contract reads it: after XML whitespace collapsing, lengths in characters.</summary>
internal static class XmlText
{
    /// <summary>XML Schema "collapse": tab, LF and CR become spaces, runs become one, ends trimmed.</summary>
    public static string Collapse(string value)
    {
        var needs = false;
        for (var i = 0; i < value.Length && !needs; i++)
        {
            var c = value[i];
            needs = c is '\t' or '\n' or '\r' || (c == ' ' && (i == 0 || i == value.Length - 1 || value[i + 1] == ' '));
        }

        return needs ? CollapseSlow(value) : value;
    }

    public static bool IsWhitespace(string value)
    {
        foreach (var c in value)
        {
            if (c is not (' ' or '\t' or '\n' or '\r'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The number of characters (Unicode scalar values), as XML counts them.</summary>
    public static int Length(string value)
    {
        var n = value.Length;
        foreach (var c in value)
        {
            if (char.IsLowSurrogate(c))
            {
                n--;
            }
        }

        return n;
    }

    private static string CollapseSlow(string value)
    {
        var buffer = new char[value.Length];
        var n = 0;
        var pendingSpace = false;
        foreach (var raw in value)
        {
            var c = raw is '\t' or '\n' or '\r' ? ' ' : raw;
            if (c == ' ')
            {
                pendingSpace = n > 0;
                continue;
            }

            if (pendingSpace)
            {
                buffer[n++] = ' ';
                pendingSpace = false;
            }

            buffer[n++] = c;
        }

        return new string(buffer, 0, n);
    }
}
