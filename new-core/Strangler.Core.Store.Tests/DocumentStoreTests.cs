using Dapper;
using Strangler.Contracts.CodeLists;
using Strangler.Core.Model.Canonical;
using Strangler.Core.Model.Declarations;
using Strangler.Core.Model.Documents;
using Strangler.Core.Store.Database;
using Strangler.Core.Store.Documents;

namespace Strangler.Core.Store.Tests;

/// <summary>The document store's behaviour, run on each provider by a subclass.</summary>
public abstract class DocumentStoreTests
{
    protected abstract CoreDatabase Database { get; }

    public static TheoryData<string> SamplePaths => [.. MappedSamples.Paths];

    [Fact]
    public async Task Migrations_create_the_core_tables_and_can_run_again()
    {
        await Database.MigrateAsync();
        await using var connection = await Database.OpenAsync();
        foreach (var table in new[] { "core_document", "core_document_version", "core_document_event", "core_reference_sequence" })
        {
            Assert.True(await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}") >= 0);
        }
    }

    [Theory]
    [MemberData(nameof(SamplePaths))]
    public async Task A_mapped_sample_is_read_back_equal_with_the_same_canonical_checksum(string path)
    {
        var reference = Unique();
        var saved = MappedSamples.Version(reference, 1, MappedSamples.Document(path));

        Assert.Equal(SaveOutcome.Saved, await Writer.SaveVersionAsync(saved));

        var read = await Reader.CurrentAsync(reference);
        Assert.NotNull(read);
        Assert.Equal(CanonicalForm.Checksum(saved), CanonicalForm.Checksum(read));
        Assert.Equal(saved.Document, read.Document);
        Assert.Equal(saved.ReceivedAt, read.ReceivedAt);
        Assert.Equal(TimeSpan.FromHours(8), read.ReceivedAt.Offset);
    }

    [Fact]
    public async Task The_document_row_records_kind_mode_source_client_and_status()
    {
        var reference = Unique();
        await Writer.SaveVersionAsync(MappedSamples.Version(reference, 1, MappedSamples.Document("gets/01-import-sea-accepted.edi")));

        var stored = await Reader.DocumentAsync(reference);

        Assert.Equal(
            new StoredDocument(reference, "Declaration", TransportMode.Maritime, SourceInterface.Gets, "test-client", 1, DocumentStatus.Active),
            stored);
    }

    [Fact]
    public async Task Received_at_is_stored_in_utc_as_timestamptz_or_iso_text()
    {
        var reference = Unique();
        await Writer.SaveVersionAsync(MappedSamples.Version(reference, 1, MappedSamples.Document("gets/01-import-sea-accepted.edi")));

        await using var connection = await Database.OpenAsync();
        var stored = await connection.ExecuteScalarAsync<object>(
            "SELECT v.received_at FROM core_document_version v JOIN core_document d ON d.id = v.document_id WHERE d.reference = @reference",
            new { reference });

        // 12:01 Hong Kong time is 04:01 UTC.
        if (Database.Provider == CoreStoreProvider.Postgres)
        {
            Assert.Equal(new DateTime(2026, 3, 16, 4, 1, 0, DateTimeKind.Utc), stored);
            Assert.Equal(DateTimeKind.Utc, ((DateTime)stored!).Kind);
        }
        else
        {
            Assert.Equal("2026-03-16T04:01:00.000000Z", stored);
        }
    }

    [Fact]
    public async Task Saving_the_same_version_twice_changes_nothing()
    {
        var reference = Unique();
        var version = MappedSamples.Version(reference, 1, MappedSamples.Document("gets/01-import-sea-accepted.edi"));

        Assert.Equal(SaveOutcome.Saved, await Writer.SaveVersionAsync(version));
        Assert.Equal(SaveOutcome.AlreadySaved, await Writer.SaveVersionAsync(version));

        Assert.Single(await Reader.VersionsAsync(reference));
        Assert.Single(await Reader.EventsAsync(reference));
    }

    [Fact]
    public async Task A_different_version_under_a_stored_number_is_a_conflict_and_changes_nothing()
    {
        var reference = Unique();
        var declaration = (Declaration)MappedSamples.Document("gets/01-import-sea-accepted.edi");
        await Writer.SaveVersionAsync(MappedSamples.Version(reference, 1, declaration));

        var other = MappedSamples.Version(reference, 1, declaration with { Lrn = "OTHER-LRN" });

        Assert.Equal(SaveOutcome.Conflict, await Writer.SaveVersionAsync(other));
        Assert.Equal(declaration, (await Reader.CurrentAsync(reference))!.Document);
    }

    [Fact]
    public async Task Every_version_is_kept_and_a_cancellation_cancels_the_document()
    {
        var reference = Unique();
        var declaration = (Declaration)MappedSamples.Document("gets/01-import-sea-accepted.edi");
        var amended = declaration with { ConsignmentCountry = "JP" };
        await Writer.SaveVersionAsync(MappedSamples.Version(reference, 1, declaration));
        await Writer.SaveVersionAsync(MappedSamples.Version(reference, 2, amended, DocumentFunction.Amendment));
        await Writer.SaveVersionAsync(MappedSamples.Version(reference, 3, null, DocumentFunction.Cancellation));

        var versions = await Reader.VersionsAsync(reference);
        Assert.Equal([1, 2, 3], versions.Select(v => v.Number));
        Assert.Equal(declaration, versions[0].Document);
        Assert.Equal(amended, versions[1].Document);
        Assert.Null(versions[2].Document);
        Assert.Equal(3, (await Reader.CurrentAsync(reference))!.Number);
        Assert.Equal(DocumentStatus.Cancelled, (await Reader.DocumentAsync(reference))!.Status);
        Assert.Equal(
            [DocumentEventKind.Received, DocumentEventKind.Amended, DocumentEventKind.Cancelled],
            (await Reader.EventsAsync(reference)).Select(e => e.Kind));
    }

    [Fact]
    public async Task A_first_version_without_a_document_is_refused_and_nothing_is_stored()
    {
        var reference = Unique();

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => Writer.SaveVersionAsync(MappedSamples.Version(reference, 1, null, DocumentFunction.Cancellation)));

        Assert.Null(await Reader.DocumentAsync(reference));
    }

    [Fact]
    public async Task An_unknown_reference_reads_as_nothing()
    {
        Assert.Null(await Reader.CurrentAsync("NO-SUCH-REF"));
        Assert.Empty(await Reader.VersionsAsync("NO-SUCH-REF"));
    }

    [Fact]
    public async Task Concurrent_resends_of_one_version_store_it_once()
    {
        var reference = Unique();
        var version = MappedSamples.Version(reference, 1, MappedSamples.Document("eman/01-sea-import-s1-accepted.edi"));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Writer.SaveVersionAsync(version))));

        Assert.Equal(1, outcomes.Count(o => o == SaveOutcome.Saved));
        Assert.Equal(7, outcomes.Count(o => o == SaveOutcome.AlreadySaved));
        Assert.Single(await Reader.EventsAsync(reference));
    }

    private DocumentWriter Writer => new(Database);

    private DocumentReader Reader => new(Database);

    private static string Unique() => "REF" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();
}
