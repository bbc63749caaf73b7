using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Strangler.Core.Ingest;
using Strangler.Core.Ingest.Benchmarks;
using Strangler.Core.Model.Documents;
using Strangler.Core.Store.Database;
using CanonicalText = Strangler.Core.Model.Canonical.CanonicalForm;

// Usage: STRANGLER_PG='Host=...;Username=...;Database=postgres' dotnet <dll> [consignments] [batch] [--lz4] [--keep]
//    or: dotnet <dll> --render [versions]
// Creates a legacy and a core database on that server, seeds the legacy one, measures, and drops both (unless --keep).
// --lz4 sets lz4 compression on the wide version columns first (the schema change the README proposes).
// --render N: old and new rendering side by side, no database (RenderComparison).
if (Array.IndexOf(args, "--render") is var render and >= 0)
{
    return RenderComparison.Run(render + 1 < args.Length ? int.Parse(args[render + 1], CultureInfo.InvariantCulture) : 50_000);
}

var numbers = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
var count = numbers.Length > 0 ? int.Parse(numbers[0], CultureInfo.InvariantCulture) : 200_000;
var batchSize = numbers.Length > 1 ? int.Parse(numbers[1], CultureInfo.InvariantCulture) : 10_000;
var (lz4, keep) = (args.Contains("--lz4"), args.Contains("--keep"));
var admin = Environment.GetEnvironmentVariable("STRANGLER_PG");
if (string.IsNullOrWhiteSpace(admin))
{
    Console.Error.WriteLine("Set STRANGLER_PG to an Npgsql connection string of a server where a database may be created.");
    return 2;
}

var run = Guid.NewGuid().ToString("N")[..12];
var (legacyName, coreName) = ("strangler_bench_legacy_" + run, "strangler_bench_core_" + run);
await using (var server = NpgsqlDataSource.Create(admin))
{
    await server.CreateCommand($"CREATE DATABASE {legacyName}").ExecuteNonQueryAsync();
    await server.CreateCommand($"CREATE DATABASE {coreName}").ExecuteNonQueryAsync();
}

try
{
    string On(string database) => new NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString;
    await using var legacySource = NpgsqlDataSource.Create(On(legacyName));
    using var database = new CoreDatabase(CoreStoreProvider.Postgres, On(coreName));
    await database.MigrateAsync();
    await using var core = new NpgsqlConnection(On(coreName));
    await core.OpenAsync();
    await new NpgsqlCommand(RawCopy.CreateTables + "CREATE TABLE bench_checkpoint (chunk integer PRIMARY KEY);", core).ExecuteNonQueryAsync();
    if (lz4)
    {
        await new NpgsqlCommand(
            "ALTER TABLE core_document_version ALTER COLUMN canonical_form SET COMPRESSION lz4, ALTER COLUMN document_json SET COMPRESSION lz4",
            core).ExecuteNonQueryAsync();
    }

    var clock = Stopwatch.StartNew();
    var generated = Enumerable.Range(0, count).Select(i => GeneratedConsignments.Version("BENCH", i)).ToArray();
    await using (var legacy = await legacySource.OpenConnectionAsync())
    {
        await new NpgsqlCommand(LegacyAirStore.CreateTables, legacy).ExecuteNonQueryAsync();
        await LegacyAirStore.SeedAsync(legacy, generated);
    }

    var seeding = clock.Elapsed;
    var ingest = new BulkIngest(database);
    await ingest.IngestAsync([.. Enumerable.Range(0, 2_000).Select(i => GeneratedConsignments.Version("WARM", i))]); // JIT, pool
    await using (var legacy = await legacySource.OpenConnectionAsync())
    {
        await LegacyAirReader.ReadAsync(legacy, 0, 2_000);
    }

    // Where the client's CPU goes, per 50,000 versions scaled to the run: canonical form alone, the whole rendering
    // (canonical form + SHA-256 + JSON), and reading + mapping from the legacy store.
    var sample = Math.Min(count, 50_000);
    var scale = count / (double)sample;
    var canonical = Cpu(() => { foreach (var version in generated.Take(sample)) { _ = CanonicalText.Of(version); } }) * scale;
    var rendering = Cpu(() => ingest.Prepare(new ArraySegment<DocumentVersion>(generated, 0, sample))) * scale;
    var reading = Cpu(() =>
    {
        using var legacy = legacySource.OpenConnection();
        LegacyAirReader.ReadAsync(legacy, 0, sample).GetAwaiter().GetResult();
    }) * scale;

    var loadBefore = File.ReadAllText("/proc/loadavg").Split(' ')[0];
    var cpu0 = CpuTime.Now(legacyName, coreName);
    clock.Restart();
    await using (var legacy = await legacySource.OpenConnectionAsync())
    {
        await RawCopy.RunAsync(legacy, core);
    }

    var copied = clock.Elapsed;
    var cpu1 = CpuTime.Now(legacyName, coreName);

    // The whole path, as a backfill runs it: each chunk (a key range) read from the legacy store, mapped and rendered
    // while the previous chunk is written; each chunk its own transaction with its checkpoint row.
    clock.Restart();
    var inserted = 0;
    var chunks = (count + batchSize - 1) / batchSize;
    var next = ReadAndPrepareAsync(0);
    for (var chunk = 0; chunk < chunks; chunk++)
    {
        var batch = await next;
        if (chunk + 1 < chunks)
        {
            next = ReadAndPrepareAsync(chunk + 1);
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
    var cpu2 = CpuTime.Now(legacyName, coreName);
    var loadAfter = File.ReadAllText("/proc/loadavg").Split(' ')[0];

    clock.Restart();
    var again = await ingest.IngestAsync(await ReadAndPrepareAsync(0));
    var rerun = clock.Elapsed;

    var mismatches = await MappingMismatchesAsync();
    if (inserted != count || again.Inserted != 0 || mismatches != 0)
    {
        Console.Error.WriteLine($"Unexpected: inserted {inserted} of {count}, re-run inserted {again.Inserted}, {mismatches} sampled checksums differ.");
        return 1;
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
        consignments               {count:N0} (3 goods items each) in the legacy database, chunks of {batchSize:N0} with a checkpoint row each{(lz4 ? ", lz4 on the version columns" : "")}
        seeding the legacy store   {seeding.TotalSeconds:F2} s (generating the model + COPY; not counted)
        client CPU, by part        canonical form {canonical:F2} s, rendering (canonical + SHA-256 + JSON) {rendering:F2} s, reading + mapping {reading:F2} s (from 50,000, scaled)
        raw binary COPY            {copied.TotalSeconds:F2} s  {count / copied.TotalSeconds:N0} consignments/s (legacy -> core, + {3 * count:N0} goods-item rows)
        ingest, legacy -> core     {ingested.TotalSeconds:F2} s  {count / ingested.TotalSeconds:N0} consignments/s (read, map, render, write, checkpoint)
        ingest / raw COPY time     {ingested.TotalSeconds / copied.TotalSeconds:F2}x
        CPU, raw COPY              {cpu1.Client - cpu0.Client:F2} s this process + {cpu1.Server - cpu0.Server:F2} s PostgreSQL backends
        CPU, ingest                {cpu2.Client - cpu1.Client:F2} s this process + {cpu2.Server - cpu1.Server:F2} s PostgreSQL backends
        ingest / raw COPY CPU      {(cpu2.Client - cpu1.Client + cpu2.Server - cpu1.Server) / (cpu1.Client - cpu0.Client + cpu1.Server - cpu0.Server):F2}x
        load average (1 min)       {loadBefore} before the COPY, {loadAfter} after the ingest
        re-run of chunk 0          {rerun.TotalMilliseconds:F0} ms (read, map, render, write), {again.Skipped:N0} versions skipped
        mapping check              every 997th stored checksum equals the generated version's: yes
        """));
    return 0;

    static double Cpu(Action action)
    {
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        action();
        return (Process.GetCurrentProcess().TotalProcessorTime - before).TotalSeconds;
    }

    async Task<PreparedBatch> ReadAndPrepareAsync(int chunk)
    {
        await using var legacy = await legacySource.OpenConnectionAsync();
        var from = (long)chunk * batchSize;
        var versions = await LegacyAirReader.ReadAsync(legacy, from, Math.Min(from + batchSize, count));
        return await Task.Run(() => ingest.Prepare(versions));
    }

    async Task<int> MappingMismatchesAsync()
    {
        var differing = 0;
        for (var i = 0; i < count; i += 997)
        {
            await using var select = new NpgsqlCommand(
                "SELECT v.checksum FROM core_document_version v JOIN core_document d ON d.id = v.document_id WHERE d.reference = @reference", core);
            select.Parameters.AddWithValue("reference", GeneratedConsignments.Reference("BENCH", i));
            differing += Equals(await select.ExecuteScalarAsync(), CanonicalText.Checksum(generated[i])) ? 0 : 1;
        }

        return differing;
    }
}
finally
{
    NpgsqlConnection.ClearAllPools();
    if (!keep)
    {
        await using var server = NpgsqlDataSource.Create(admin);
        await server.CreateCommand($"DROP DATABASE IF EXISTS {legacyName} WITH (FORCE)").ExecuteNonQueryAsync();
        await server.CreateCommand($"DROP DATABASE IF EXISTS {coreName} WITH (FORCE)").ExecuteNonQueryAsync();
    }
}
