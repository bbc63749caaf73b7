using System.Collections.Concurrent;
using System.Data.Common;
using Strangler.Core.Model.Documents;
using Strangler.Core.Store.Database;
using Strangler.Core.Store.Documents;

namespace Strangler.Core.Ingest;

/// <summary>
/// Stores many canonical document versions in one transaction, leaving exactly the rows <see cref="DocumentWriter"/>
/// leaves when it saves the same versions one by one, in ascending version number per reference: idempotent by
/// (reference, version number); a version stored with another checksum is a conflict, returned and not written.
/// PostgreSQL: document rows from arrays, the existing documents locked, only the new versions and their events by
/// binary COPY straight into their tables, heads updated from arrays. SQLite: prepared statements.
/// </summary>
public sealed class BulkIngest(CoreDatabase database)
{
    /// <summary>Below this many versions the preparation (canonical form, checksum, JSON) is not worth spreading over cores.</summary>
    private const int ParallelFrom = 512;

    /// <summary>
    /// Rendering is spread over the cores only on a machine with at least this many: on 2 cores, rendering a batch of
    /// 10,000 on two threads took 32 µs a version (wall) against 19 µs on one (GC pauses and the writer's and
    /// PostgreSQL's share of the cores; `--render`, Strangler.Core.Ingest.Benchmarks), and the pipelined ingest already
    /// renders one batch while the previous is written.
    /// </summary>
    private const int ParallelFromCores = 4;

    /// <summary>
    /// Ingests <paramref name="versions"/> (each with its issued reference) and runs <paramref name="alsoInTransaction"/>
    /// in the same transaction before it commits (a backfill checkpoint): either everything commits or nothing does.
    /// A version without a document for a reference that has no document yet is a caller error (as online): it throws
    /// and nothing is stored.
    /// </summary>
    public Task<IngestResult> IngestAsync(
        IReadOnlyList<DocumentVersion> versions,
        Func<DbConnection, DbTransaction, Task>? alsoInTransaction = null,
        CancellationToken cancellationToken = default) =>
        IngestAsync(Prepare(versions), alsoInTransaction, cancellationToken);

    /// <summary>
    /// As the overload without the result, but <paramref name="alsoInTransaction"/> is given this ingest's own result
    /// (inserted, skipped, conflicts) before the commit, so a checkpoint written with the rows records exactly what the
    /// transaction did.
    /// </summary>
    public Task<IngestResult> IngestAsync(
        IReadOnlyList<DocumentVersion> versions,
        Func<DbConnection, DbTransaction, IngestResult, Task> alsoInTransaction,
        CancellationToken cancellationToken = default) =>
        WriteAsync(Prepare(versions), alsoInTransaction, cancellationToken);

    /// <summary>As <see cref="IngestAsync(IReadOnlyList{DocumentVersion}, Func{DbConnection, DbTransaction, Task}?, CancellationToken)"/>, for a batch prepared beforehand.</summary>
    public Task<IngestResult> IngestAsync(
        PreparedBatch batch,
        Func<DbConnection, DbTransaction, Task>? alsoInTransaction = null,
        CancellationToken cancellationToken = default) =>
        WriteAsync(batch, alsoInTransaction is null ? null : (connection, transaction, _) => alsoInTransaction(connection, transaction), cancellationToken);

    private async Task<IngestResult> WriteAsync(
        PreparedBatch batch,
        Func<DbConnection, DbTransaction, IngestResult, Task>? alsoInTransaction,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Provider != database.Provider)
        {
            throw new ArgumentException($"The batch was prepared for {batch.Provider}, the store is {database.Provider}.", nameof(batch));
        }

        return await database.WriteAsync(async (connection, transaction) =>
        {
            var (inserted, conflicts) = batch.Unique.Count == 0
                ? (0, [])
                : database.Provider == CoreStoreProvider.Postgres
                    ? await PostgresIngest.WriteAsync(connection, transaction, batch.Unique, cancellationToken)
                    : await SqliteIngest.WriteAsync(connection, transaction, batch.Unique, cancellationToken);
            IReadOnlyList<IngestConflict> allConflicts = [.. conflicts, .. batch.Conflicts];
            var result = new IngestResult(inserted, batch.Count - inserted - allConflicts.Count, allConflicts);
            if (alsoInTransaction is not null)
            {
                await alsoInTransaction(connection, transaction, result);
            }

            return result;
        }, cancellationToken);
    }

    /// <summary>
    /// Renders <paramref name="versions"/> for this store (the CPU-heavy part of an ingest, spread over the cores), so
    /// that a caller can prepare its next batch while the previous one is written. Touches no database.
    /// </summary>
    public PreparedBatch Prepare(IReadOnlyList<DocumentVersion> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        return PreparedBatch.Of(database.Provider, Render(versions, database.Provider));
    }

    private static StagedVersion[] Render(IReadOnlyList<DocumentVersion> versions, CoreStoreProvider provider)
    {
        var staged = new StagedVersion[versions.Count];
        if (versions.Count < ParallelFrom || Environment.ProcessorCount < ParallelFromCores)
        {
            for (var i = 0; i < staged.Length; i++)
            {
                staged[i] = StoredForm.Of(versions[i], provider);
            }
        }
        else
        {
            // One contiguous range per core: each thread renders a run of versions with its own reused buffers, and the
            // loop pays its synchronisation once per range rather than once per version.
            var size = (staged.Length + Environment.ProcessorCount - 1) / Environment.ProcessorCount;
            Parallel.ForEach(Partitioner.Create(0, staged.Length, Math.Max(ParallelFrom / 2, size)), range =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    staged[i] = StoredForm.Of(versions[i], provider);
                }
            });
        }

        return staged;
    }
}
