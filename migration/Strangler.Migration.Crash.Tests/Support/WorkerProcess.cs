using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using Strangler.Migration.Worker.Progress;
using Strangler.Migration.Worker.Reconciliation;

namespace Strangler.Migration.Crash.Tests.Support;

/// <summary>
/// The migration worker as a real child process: <c>dotnet Strangler.Migration.Worker.dll</c> configured by environment
/// variables, stdout and stderr in a log file of its own, started when <c>/healthz</c> answers. <see cref="KillHard"/>
/// runs <c>kill -9</c> on it: no shutdown hook, no graceful hand-over, the node simply vanishes.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    public const string OperatorToken = "operator-token-for-crash-tests";

    /// <summary>Guard against a worker that never comes up (not a measurement).</summary>
    private static readonly TimeSpan StartGuard = TimeSpan.FromSeconds(120);

    private readonly Process _process;

    private WorkerProcess(string name, Process process, string logFile, Uri address)
    {
        Name = name;
        _process = process;
        LogFile = logFile;
        Address = address;
        Operator = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        Operator.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", OperatorToken);
    }

    public string Name { get; }

    public int Pid => _process.Id;

    public string LogFile { get; }

    public Uri Address { get; }

    /// <summary>An operator's client of this worker's admin API.</summary>
    public HttpClient Operator { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>
    /// The worker's dll: a referenced Exe project's dll, runtimeconfig.json and deps.json are copied into the test's
    /// output folder; the worker's own bin folder (same configuration) is the fallback.
    /// </summary>
    public static string WorkerDll()
    {
        const string dll = "Strangler.Migration.Worker.dll";
        var here = AppContext.BaseDirectory;
        if (File.Exists(Path.Combine(here, dll)) && File.Exists(Path.Combine(here, "Strangler.Migration.Worker.runtimeconfig.json")))
        {
            return Path.Combine(here, dll);
        }

        // bin/<Configuration>/<tfm>/ of this project → the worker project's folder beside it.
        var tfm = new DirectoryInfo(here.TrimEnd(Path.DirectorySeparatorChar));
        var own = Path.GetFullPath(Path.Combine(here, "..", "..", "..", "..", "Strangler.Migration.Worker", "bin", tfm.Parent!.Name, tfm.Name, dll));
        return File.Exists(own) ? own : throw new FileNotFoundException($"The worker's dll is neither in {here} nor at {own}.");
    }

    /// <summary>Starts a worker on a free loopback port with <paramref name="environment"/> and waits for <c>/healthz</c>.</summary>
    public static async Task<WorkerProcess> StartAsync(string name, IReadOnlyDictionary<string, string> environment, string logDirectory)
    {
        var port = FreePort();
        var logFile = Path.Combine(logDirectory, $"{name}.log");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        // exec: the shell becomes dotnet (one pid, the one kill -9 hits); the redirection writes the log even when the
        // test host reads nothing.
        var start = new ProcessStartInfo("/bin/sh")
        {
            UseShellExecute = false,
            WorkingDirectory = logDirectory,
            ArgumentList = { "-c", "exec \"$0\" \"$1\" >>\"$2\" 2>&1", dotnet, WorkerDll(), logFile },
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        start.Environment["urls"] = $"http://127.0.0.1:{port}";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var worker = new WorkerProcess(name, process, logFile, new Uri($"http://127.0.0.1:{port}"));
        try
        {
            await worker.WaitHealthyAsync();
            return worker;
        }
        catch
        {
            worker.Dispose();
            throw;
        }
    }

    /// <summary>SIGKILL by literally running <c>kill -9 &lt;pid&gt;</c>; returns when the process is gone.</summary>
    public void KillHard()
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-9", Pid.ToString(System.Globalization.CultureInfo.InvariantCulture) }, UseShellExecute = false })!;
        kill.WaitForExit();
        if (kill.ExitCode != 0 && !_process.HasExited)
        {
            throw new InvalidOperationException($"kill -9 {Pid} exited with {kill.ExitCode}");
        }

        _process.WaitForExit();
    }

    public async Task StartUnitAsync(string unit, DateOnly first, DateOnly last)
    {
        using var answer = await Operator.PostAsJsonAsync($"/admin/v1/backfill/{unit}/start",
            new { firstDay = first.ToString("yyyy-MM-dd"), lastDay = last.ToString("yyyy-MM-dd") });
        if (!answer.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"start {unit}: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}\n{Tail()}");
        }
    }

    public async Task<IReadOnlyList<UnitProgress>> ProgressAsync() =>
        (await Operator.GetFromJsonAsync<List<UnitProgress>>("/admin/v1/backfill/"))!;

    /// <summary>
    /// Polls the worker's reconciliation status of <paramref name="unit"/> until its whole-span reconciliation since the
    /// backfill completed has ended (a guard of 3 minutes, not a measurement); answers the last status.
    /// </summary>
    public async Task<ReconciliationStatus> WaitForReconciliationAsync(string unit)
    {
        var status = (await Operator.GetFromJsonAsync<ReconciliationStatus>($"/admin/v1/reconciliation/{unit}"))!;
        // Done when a whole-span run has ended since the backfill completed (reconciled or not).
        static bool Ended(ReconciliationStatus s) => s.Latest is { } run && run.StartedAt >= s.BackfillChangedAt;
        for (var i = 0; i < 900 && !Ended(status); i++)
        {
            await Task.Delay(200);
            status = (await Operator.GetFromJsonAsync<ReconciliationStatus>($"/admin/v1/reconciliation/{unit}"))!;
        }

        return status;
    }

    /// <summary>The whole log so far (empty when there is none).</summary>
    public string Log()
    {
        try
        {
            using var stream = new FileStream(LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
        catch (IOException)
        {
            return "";
        }
    }

    /// <summary>The last lines of the log, for failure messages.</summary>
    public string Tail(int lines = 40) =>
        $"--- last {lines} lines of {LogFile} ({Name}, pid {Pid}):\n" + string.Join('\n', Log().Split('\n').TakeLast(lines));

    public void Dispose()
    {
        Operator.Dispose();
        if (!_process.HasExited)
        {
            KillHard();
        }

        _process.Dispose();
    }

    private async Task WaitHealthyAsync()
    {
        using var probe = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var guard = Stopwatch.StartNew();
        while (guard.Elapsed < StartGuard)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"worker {Name} exited with {_process.ExitCode} before /healthz answered\n{Tail()}");
            }

            try
            {
                using var answer = await probe.GetAsync("/healthz");
                if (answer.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy starting.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"worker {Name} did not answer /healthz within {StartGuard.TotalSeconds} s\n{Tail()}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
