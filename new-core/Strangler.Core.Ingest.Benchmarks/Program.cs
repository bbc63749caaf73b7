using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Strangler.Core.Ingest;
using Strangler.Core.Ingest.Benchmarks;
using Strangler.Core.Model.Documents;
using Strangler.Core.Store.Database;

// Usage: STRANGLER_PG='Host=...;Username=...;Database=postgres' dotnet run -c Release --project new-core/Strangler.Core.Ingest.Benchmarks [consignments] [batch]
// Creates a database of its own on that server, measures, and drops it.
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200_000;
var batchSize = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
var admin = Environment.GetEnvironmentVariable("STRANGLER_PG");
if (string.IsNullOrWhiteSpace(admin))
{
    Console.Error.WriteLine("Set STRANGLER_PG to an Npgsql connection string of a server where a database may be created.");
    return 2;
}

var name = "strangler_ingest_bench_" + Guid.NewGuid().ToString("N")[..12];
await using (var server = NpgsqlDataSource.Create(admin))
{
    await server.CreateCommand($"CREATE DATABASE {name}").ExecuteNonQueryAsync();
}

try
{
    var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    using var database = new CoreDatabase(CoreStoreProvider.Postgres, connectionString);
    await database.MigrateAsync();
    await using var raw = new NpgsqlConnection(connectionString);
    await raw.OpenAsync();
    await new NpgsqlCommand(RawCopy.CreateTables + "CREATE TABLE bench_checkpoint (chunk integer PRIMARY KEY);", raw).ExecuteNonQueryAsync();

    var ingest = new BulkIngest(database);
    await ingest.IngestAsync([.. Enumerable.Range(0, 2_000).Select(i => GeneratedConsignments.Version("WARM", i))]); // JIT, pool
    await RawCopy.RunAsync(raw, [.. Enumerable.Range(0, 2_000).Select(i => GeneratedConsignments.Version("WARM", i))]);

    var clock = Stopwatch.StartNew();
    var versions = Enumerable.Range(0, count).Select(i => GeneratedConsignments.Version("BENCH", i)).ToArray();
    var generated = clock.Elapsed;

    clock.Restart();
    foreach (var version in versions)
    {
        _ = Strangler.Core.Model.Canonical.CanonicalForm.Of(version);
    }

    var canonical = clock.Elapsed;

    clock.Restart();
    await RawCopy.RunAsync(raw, versions);
    var copied = clock.Elapsed;

    // As a backfill would run: each chunk its own transaction with its checkpoint row, the next chunk rendered while
    // the previous one is written.
    clock.Restart();
    var inserted = 0;
    var chunks = (count + batchSize - 1) / batchSize;
    var next = Task.Run(() => ingest.Prepare(Chunk(0)));
    for (var chunk = 0; chunk < chunks; chunk++)
    {
        var batch = await next;
        if (chunk + 1 < chunks)
        {
            var following = chunk + 1;
            next = Task.Run(() => ingest.Prepare(Chunk(following)));
        }

        var number = chunk;
        var result = await ingest.IngestAsync(batch, async (connection, transaction) =>
        {
            await using var checkpoint = new NpgsqlCommand(
                "INSERT INTO bench_checkpoint VALUES (@chunk)", (NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
            checkpoint.Parameters.AddWithValue("chunk", number);
            await checkpoint.ExecuteNonQueryAsync();
        });
        inserted += result.Inserted;
    }

    var ingested = clock.Elapsed;

    clock.Restart();
    var repeated = ingest.Prepare(Chunk(0));
    var rendering = clock.Elapsed;
    clock.Restart();
    var again = await ingest.IngestAsync(repeated);
    var rerun = clock.Elapsed;

    if (inserted != count || again.Inserted != 0)
    {
        Console.Error.WriteLine($"Unexpected counts: inserted {inserted} of {count}, re-run inserted {again.Inserted}.");
        return 1;
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
        consignments               {count:N0} (3 goods items each), ingest batches of {batchSize:N0} with a checkpoint row each
        generating the model       {generated.TotalSeconds:F2} s (not counted)
        canonical form alone       {canonical.TotalSeconds:F2} s on one core (part of the ingest)
        raw binary COPY            {copied.TotalSeconds:F2} s  {count / copied.TotalSeconds:N0} consignments/s (+ {3 * count:N0} goods-item rows)
        bulk ingest                {ingested.TotalSeconds:F2} s  {count / ingested.TotalSeconds:N0} consignments/s
        ingest / raw COPY time     {ingested.TotalSeconds / copied.TotalSeconds:F2}x
        re-ingest of one batch     {rendering.TotalMilliseconds:F0} ms rendering + {rerun.TotalMilliseconds:F0} ms writing, {again.Skipped:N0} versions skipped
        """));
    return 0;

    ArraySegment<DocumentVersion> Chunk(int chunk) => new(versions, chunk * batchSize, Math.Min(batchSize, count - chunk * batchSize));
}
finally
{
    NpgsqlConnection.ClearAllPools();
    await using var server = NpgsqlDataSource.Create(admin);
    await server.CreateCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)").ExecuteNonQueryAsync();
}
