using System.Text;

namespace Strangler.CargoImp.Lines;

/// <summary>Collects output lines, each ended with CRLF, and gives them as ASCII bytes.</summary>
internal sealed class LineWriter
{
    private readonly StringBuilder _text = new();

    public LineWriter Line(string line)
    {
        _text.Append(line).Append("\r\n");
        return this;
    }

    /// <summary>The empty line that ends each entry of the status feed.</summary>
    public LineWriter EmptyLine()
    {
        _text.Append("\r\n");
        return this;
    }

    public byte[] ToBytes() => Encoding.ASCII.GetBytes(_text.ToString());

    public override string ToString() => _text.ToString();
}
