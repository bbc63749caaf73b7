using System.Net.Http.Headers;
using Strangler.Cli.Parity.Export;
using Strangler.Facade.Testing;

namespace Strangler.Parity.Replay.Tests.Exported;

/// <summary>
/// Recorded traffic for the corpus: the contract samples sent through one stack's facade in shadow, then exported from
/// that facade's admin API over HTTP with the auditor's token by the <c>strangler parity export</c> code, into a file.
/// The stack is gone afterwards; only the file is left for the replays.
/// </summary>
public sealed class ExportedCorpus : IAsyncLifetime
{
    public string File { get; } = Path.Combine(Path.GetTempPath(), $"corpus-{Guid.NewGuid():N}.jsonl");

    public IReadOnlyList<CorpusEntry> Entries { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var source = new SqliteStack();
        await source.InitializeAsync();
        try
        {
            await ShadowReplay.ShadowEverythingAsync(source);
            var after = await ShadowReplay.LastIdAsync(ShadowReplay.Comparisons(source));
            await Corpus.SendAsync(source);
            await ShadowReplay.ClassifyAllAsync(source, after, Corpus.Samples.Count);
            using var admin = new HttpClient { BaseAddress = source.Facade.Address };
            admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", StranglerStack.AuditorToken);
            await using (var writer = new StreamWriter(File))
            {
                await CorpusExport.WriteAsync(admin, writer, unit: null, after, max: null, CancellationToken.None);
            }

            Entries = CorpusEntry.ReadFile(File);
        }
        finally
        {
            await source.DisposeAsync();
        }
    }

    public Task DisposeAsync()
    {
        System.IO.File.Delete(File);
        return Task.CompletedTask;
    }
}
