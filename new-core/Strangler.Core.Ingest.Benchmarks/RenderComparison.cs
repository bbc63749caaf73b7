using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using Strangler.Core.Model.Canonical;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Tests.Canonical.Legacy;
using Strangler.Core.Store.Tests.Json;

namespace Strangler.Core.Ingest.Benchmarks;

/// <summary>
/// <c>--render N</c>: the rendering of N generated consignment versions by the reference copies of the old code (linked
/// from the test projects) beside the new code, in one run, on one thread: canonical form, canonical form + SHA-256,
/// stored JSON, and all three together. Rounds alternate old and new so both see the same load; the best round of
/// each counts (the least disturbed by other processes), with the process's CPU time and allocations beside it.
/// </summary>
internal static class RenderComparison
{
    private const int Rounds = 7;

    // DocumentJson is internal to Strangler.Core.Store; a delegate to it costs the same as a direct call.
    private static readonly Func<CanonicalDocument, string> NewJson = typeof(Store.Database.CoreDatabase).Assembly
        .GetType("Strangler.Core.Store.Documents.DocumentJson", throwOnError: true)!
        .GetMethod("Write", BindingFlags.Public | BindingFlags.Static)!
        .CreateDelegate<Func<CanonicalDocument, string>>();

    public static int Run(int count)
    {
        var versions = Enumerable.Range(0, count).Select(i => GeneratedConsignments.Version("BENCH", i)).ToArray();
        var sameBytes = versions.All(v => LegacyCanonicalForm.Of(v).AsSpan().SequenceEqual(CanonicalForm.Render(v).Bytes)
            && LegacyDocumentJson.Write(v.Document!) == NewJson(v.Document!));
        var parts = new (string Name, Action<DocumentVersion> Old, Action<DocumentVersion> New)[]
        {
            ("canonical form", v => LegacyCanonicalForm.Of(v), v => CanonicalForm.Of(v)),
            ("canonical + SHA-256", v => OldChecksum(v), v => CanonicalForm.Render(v)),
            ("stored JSON", v => LegacyDocumentJson.Write(v.Document!), v => NewJson(v.Document!)),
            ("all three (StoredForm)", v => { OldChecksum(v); LegacyDocumentJson.Write(v.Document!); }, v => { CanonicalForm.Render(v); NewJson(v.Document!); }),
        };

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count:N0} consignment versions (1 consignment, 3 goods items each), {Rounds} alternating rounds, best round; old = reference copies of the code before issue 7"));
        Console.WriteLine($"same bytes (canonical form and JSON, every version): {(sameBytes ? "yes" : "NO")}");
        Console.WriteLine("part                     old µs/v (CPU)    new µs/v (CPU)    old/new   alloc B/v old -> new   load avg (1 min)");
        foreach (var (name, oldPart, newPart) in parts)
        {
            Measure(versions, oldPart); // warm-up (JIT, tiering, buffers)
            Measure(versions, newPart);
            var (oldBest, newBest) = (Sample.Worst, Sample.Worst);
            for (var round = 0; round < Rounds; round++)
            {
                oldBest = Sample.Best(oldBest, Measure(versions, oldPart));
                newBest = Sample.Best(newBest, Measure(versions, newPart));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-24} {oldBest.Wall,8:F2} ({oldBest.Cpu,6:F2})  {newBest.Wall,8:F2} ({newBest.Cpu,6:F2})  {oldBest.Wall / newBest.Wall,7:F1}x   {oldBest.Allocated,8:N0} -> {newBest.Allocated,6:N0}   {Load()}"));
        }

        Prepared(versions);
        return sameBytes ? 0 : 1;
    }

    /// <summary>
    /// The new code as the ingest runs it: <see cref="BulkIngest.Prepare"/> over batches of 10,000, each batch held
    /// until the next is prepared, as a pipelined backfill holds it until written; once parallel over the cores (as the
    /// ingest calls it), once on this thread (slices under the parallel threshold). The process's CPU includes every
    /// thread, the collector's too; the GC's pause time is shown.
    /// </summary>
    private static void Prepared(DocumentVersion[] versions)
    {
        using var database = new Store.Database.CoreDatabase(Store.Database.CoreStoreProvider.Postgres, "Host=unused"); // Prepare touches no database
        var ingest = new BulkIngest(database);
        foreach (var slice in new[] { 10_000, 500 })
        {
            ingest.Prepare(versions[..Math.Min(versions.Length, 10_000)]); // warm-up
            GC.Collect();
            var (pause, gen2, cpu) = (GC.GetTotalPauseDuration(), GC.CollectionCount(2), Process.GetCurrentProcess().TotalProcessorTime);
            var clock = Stopwatch.StartNew();
            var held = new List<PreparedBatch>();
            for (var from = 0; from < versions.Length; from += slice)
            {
                if (from % 10_000 == 0)
                {
                    held.Clear();
                }

                held.Add(ingest.Prepare(versions[from..Math.Min(versions.Length, from + slice)]));
            }

            var wall = clock.Elapsed.TotalMicroseconds / versions.Length;
            GC.KeepAlive(held);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"BulkIngest.Prepare, batches of 10,000 {(slice == 500 ? "in slices of 500 (one thread)" : (Environment.ProcessorCount >= 4 ? "whole, in parallel          " : "whole (one thread: < 4 cores)"))}: {wall:F2} µs/v wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / versions.Length:F2} µs/v CPU (all threads), GC pauses {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F0} ms, {GC.CollectionCount(2) - gen2} gen-2 collections, load {Load()}"));
        }
    }

    // The old StoredForm: the canonical form rendered to bytes, then hashed.
    private static string OldChecksum(DocumentVersion v) => Convert.ToHexStringLower(SHA256.HashData(LegacyCanonicalForm.Of(v)));

    private static Sample Measure(DocumentVersion[] versions, Action<DocumentVersion> part)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        foreach (var version in versions)
        {
            part(version);
        }

        var wall = clock.Elapsed.TotalMicroseconds / versions.Length;
        return new Sample(
            wall,
            (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / versions.Length,
            (GC.GetAllocatedBytesForCurrentThread() - allocated) / versions.Length);
    }

    private static string Load() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

    private readonly record struct Sample(double Wall, double Cpu, long Allocated)
    {
        public static Sample Worst => new(double.MaxValue, double.MaxValue, long.MaxValue);

        public static Sample Best(Sample a, Sample b) => a.Wall <= b.Wall ? a : b;
    }
}
