using System.Diagnostics;
using Strangler.Contracts.CodeLists;
using Strangler.Migration.Worker.Progress;

namespace Strangler.Migration.Crash.Tests.Support;

/// <summary>
/// Worker processes of one test on one PostgreSQL scheduler: starts them (each learns its Quartz node id from the
/// scheduler's check-in table), knows every process it started (all are killed on dispose) and waits for the backfill.
/// </summary>
internal sealed partial class WorkerCluster : IDisposable
{
    /// <summary>Guards against a backfill that never ends (not measurements).</summary>
    private static readonly TimeSpan NodeGuard = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan CompletionGuard = TimeSpan.FromSeconds(240);

    private readonly BackfillDatabases _databases;
    private readonly Dictionary<string, string> _environment;
    private readonly List<WorkerProcess> _started = [];
    private readonly HashSet<string> _knownNodes = [];

    public WorkerCluster(BackfillDatabases databases, Dictionary<string, string> environment)
    {
        _databases = databases;
        _environment = environment;
        LogDirectory = Directory.CreateTempSubdirectory("strangler-crash-logs-").FullName;
    }

    public string LogDirectory { get; }

    /// <summary>The environment the next workers start with (a test may change it between starts).</summary>
    public Dictionary<string, string> Environment => _environment;

    /// <summary>Set by a test that passed: its logs are removed on dispose (a failed test's stay for reading).</summary>
    public bool Passed { get; set; }

    public IReadOnlyList<WorkerProcess> Started => _started;

    /// <summary>Starts one worker per name, all at once; returns them with their Quartz node ids.</summary>
    public async Task<IReadOnlyList<(WorkerProcess Worker, string Node)>> StartAsync(params string[] names)
    {
        _knownNodes.UnionWith(await _databases.CheckedInNodesAsync());
        var workers = await Task.WhenAll(names.Select(name => WorkerProcess.StartAsync(name, _environment, LogDirectory)));
        lock (_started)
        {
            _started.AddRange(workers);
        }

        var nodes = await NewNodesAsync(workers.Length);
        // Several at once: the node ids cannot be told apart by order; a single worker gets its own.
        return [.. workers.Select((worker, i) => (worker, nodes[i]))];
    }

    /// <summary>Waits until every unit is completed (read from the scheduler database, so no worker has to answer).</summary>
    public async Task WaitForAllUnitsCompletedAsync(Func<string> context)
    {
        var guard = Stopwatch.StartNew();
        var units = Enum.GetValues<CutoverUnit>().Select(u => u.Name()).ToList();
        IReadOnlyDictionary<string, string> states = new Dictionary<string, string>();
        while (guard.Elapsed < CompletionGuard)
        {
            states = await _databases.UnitStatesAsync();
            if (units.All(u => states.TryGetValue(u, out var state) && state == UnitState.Completed))
            {
                return;
            }

            if (_started.Count > 0 && _started[^1].HasExited)
            {
                break;
            }

            await Task.Delay(250);
        }

        var chunks = await _databases.ChunksAsync();
        var open = chunks.Where(c => c.State != ChunkState.Done).Take(20);
        Assert.Fail($"the backfill did not complete within {CompletionGuard.TotalSeconds} s (or the last worker exited): units " +
            $"{string.Join(", ", states.Select(s => $"{s.Key}={s.Value}"))}; chunks not done: {string.Join("; ", open)}\n{context()}");
    }

    /// <summary>Waits until Quartz holds no fired trigger (no chunk executing, none left behind by a dead node).</summary>
    public async Task<long> WaitForNoFiredTriggersAsync()
    {
        var guard = Stopwatch.StartNew();
        var fired = await _databases.FiredTriggersAsync();
        while (fired != 0 && guard.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(250);
            fired = await _databases.FiredTriggersAsync();
        }

        return fired;
    }

    /// <summary>The chunks whose run finished under a Quartz recovery firing (event 7101 with <c>recovering: True</c>), from every log.</summary>
    public IReadOnlySet<string> ChunksDoneByRecovery()
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var worker in _started)
        {
            foreach (System.Text.RegularExpressions.Match match in RecoveredRun().Matches(worker.Log()))
            {
                done.Add(match.Groups["chunk"].Value);
            }
        }

        return done;
    }

    /// <summary>The last lines of the newest workers' logs.</summary>
    public string Tails(int workers = 2) =>
        $"logs in {LogDirectory}\n" + string.Join("\n", _started.TakeLast(workers).Select(w => w.Tail()));

    public void Dispose()
    {
        foreach (var worker in _started)
        {
            worker.Dispose();
        }

        if (Passed)
        {
            Directory.Delete(LogDirectory, recursive: true);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"Chunk (?<chunk>[a-z]+-[a-z]+-[0-9]{8}) done on [^:]+: [0-9]+ documents, [0-9]+ inserted \(recovering: True\)")]
    private static partial System.Text.RegularExpressions.Regex RecoveredRun();

    private async Task<IReadOnlyList<string>> NewNodesAsync(int count)
    {
        var guard = Stopwatch.StartNew();
        while (true)
        {
            var fresh = (await _databases.CheckedInNodesAsync()).Where(n => !_knownNodes.Contains(n)).ToList();
            if (fresh.Count == count)
            {
                _knownNodes.UnionWith(fresh);
                return fresh;
            }

            Assert.True(fresh.Count < count && guard.Elapsed < NodeGuard,
                $"expected {count} new Quartz node(s) checked in, found [{string.Join(", ", fresh)}]\n{Tails(count)}");
            await Task.Delay(100);
        }
    }
}
