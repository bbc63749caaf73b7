using System.Net.Http.Headers;
using System.Text;
using Strangler.Contracts.Testing;

namespace Strangler.Facade.Testing;

/// <summary>Sends contract requests as a client would: samples filled at the stack's clock, each interface's content type.</summary>
public static class Contract
{
    public static async Task<(int Status, string Body)> PostAsync(HttpClient client, string path, byte[] body, string contentType)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var response = await client.PostAsync(path, content);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public static async Task<(int Status, string Body)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public static byte[] Sample(string relativePath, DateTimeOffset now, Func<string, string>? ccrnOf = null) =>
        ContractSamples.Read(relativePath, now, ccrnOf);

    /// <summary>A sample with every occurrence of <paramref name="from"/> replaced (a fresh message id or interchange ref).</summary>
    public static byte[] Vary(byte[] body, params (string From, string To)[] replacements)
    {
        var text = Encoding.UTF8.GetString(body);
        foreach (var (from, to) in replacements)
        {
            Assert.Contains(from, text, StringComparison.Ordinal);
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        return Encoding.UTF8.GetBytes(text);
    }

    public static string Between(string text, string start, string end)
    {
        var i = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(i >= 0, $"'{start}' not in: {text}");
        i += start.Length;
        var j = text.IndexOf(end, i, StringComparison.Ordinal);
        return text[i..j];
    }
}
