using System.Net;
using System.Net.Http.Headers;

namespace Strangler.Contracts.Http.Tests;

internal static class Bodies
{
    public static ByteArrayContent Bytes(byte[] body, string? contentType = "application/edifact")
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return content;
    }

    public static ByteArrayContent Text(string body, string? contentType = "application/edifact") =>
        Bytes(System.Text.Encoding.UTF8.GetBytes(body), contentType);

    /// <summary>A body sent chunked: its length is not announced.</summary>
    public static HttpContent Chunked(int length, string contentType = "application/edifact")
    {
        var content = new UnannouncedContent(length);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    private sealed class UnannouncedContent(int length) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var chunk = new byte[8192];
            Array.Fill(chunk, (byte)'A');
            for (var sent = 0; sent < length; sent += chunk.Length)
            {
                await stream.WriteAsync(chunk.AsMemory(0, Math.Min(chunk.Length, length - sent)));
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }
}
