using System.Text;
using Strangler.Facade.Routing;

namespace Strangler.Facade.Comparison.Tests;

/// <summary>Shorthands for comparing two 200 answers of one interface.</summary>
internal static class Compare
{
    public static ContractInterface InterfaceOf(string file) => file[..file.IndexOf('/', StringComparison.Ordinal)] switch
    {
        "gets" => ContractInterface.Gets,
        "eman" => ContractInterface.Eman,
        "rocars" => ContractInterface.Rocars,
        _ => ContractInterface.Accs,
    };

    public static AnswerComparison Ok(ContractInterface iface, byte[] primary, byte[] secondary) =>
        AnswerComparer.Compare(iface, 200, primary, 200, secondary);

    public static AnswerComparison Ok(ContractInterface iface, string primary, string secondary) =>
        Ok(iface, Encoding.UTF8.GetBytes(primary), Encoding.UTF8.GetBytes(secondary));

    /// <summary>The text with exactly one occurrence of <paramref name="from"/> replaced (fails the test otherwise).</summary>
    public static string ReplaceOnce(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(from, at + 1, StringComparison.Ordinal) < 0, $"expected exactly one '{from}' in: {text}");
        return string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length));
    }
}
