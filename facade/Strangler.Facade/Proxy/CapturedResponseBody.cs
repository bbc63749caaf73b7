using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;

namespace Strangler.Facade.Proxy;

/// <summary>
/// Holds the first system's answer in memory instead of sending it, so the facade can record a mirrored write in the
/// outbox before the client sees the answer, and keep the bytes for the comparison. Contract answers are small.
/// </summary>
internal sealed class CapturedResponseBody : IHttpResponseBodyFeature
{
    private readonly MemoryStream _buffer = new();
    private PipeWriter? _writer;

    public Stream Stream => _buffer;

    public PipeWriter Writer => _writer ??= PipeWriter.Create(_buffer, new StreamPipeWriterOptions(leaveOpen: true));

    public async Task CompleteAsync()
    {
        if (_writer is not null)
        {
            await _writer.FlushAsync();
        }
    }

    public void DisableBuffering()
    {
    }

    public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) =>
        SendFileFallback.SendFileAsync(_buffer, path, offset, count, cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public async Task<byte[]> ToArrayAsync()
    {
        await CompleteAsync();
        return _buffer.ToArray();
    }
}
