using System.Globalization;
using Strangler.Legacy.History.Sinks;

namespace Strangler.Local;

/// <summary>
/// The quick start's run command: generates a small legacy history on first use, starts the four legacy
/// stand-ins, the new core, the facade and the migration worker on SQLite under <c>.local/data</c>, prints what runs where, and stops on Ctrl-C.
/// </summary>
internal static class LocalRun
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TimeProvider clock)
    {
        var reset = args.Contains("--reset");
        var seed = 1;
        var seedAt = Array.IndexOf(args, "--seed");
        if (seedAt >= 0 && (seedAt + 1 >= args.Length || !int.TryParse(args[seedAt + 1], NumberStyles.None, CultureInfo.InvariantCulture, out seed)))
        {
            await Console.Error.WriteLineAsync("--seed takes a whole number.");
            return 2;
        }

        var dataFolder = Path.Combine(RepositoryRoot(), ".local", "data");
        if (reset && Directory.Exists(dataFolder))
        {
            Directory.Delete(dataFolder, recursive: true);
        }

        Directory.CreateDirectory(dataFolder);
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };

        try
        {
            var plan = await LocalHistory.EnsureAsync(dataFolder, seed, clock, output, stop.Token);
            var history = new Strangler.Legacy.History.Driving.HistoryGenerator(plan);

            // The facade's credential is drawn per run and given to every system; it is never written to a file.
            var credential = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
            var settings = new Dictionary<string, string?>(StandInKeys.Configuration(history.Clients)) { ["Facade:Credential"] = credential };
            await using var standIns = LocalStandIns.Build(dataFolder, settings);
            await standIns.StartAsync(stop.Token);
            await using var core = LocalCore.Build(dataFolder, settings);
            await core.StartAsync(stop.Token);
            var legacy = standIns.Urls.Select(u => (char.ToUpperInvariant(u.Name[0]) + u.Name[1..], u.Url)).ToList();
            await using var facade = LocalFacade.Build(
                dataFolder, legacy, core.Url, credential, core.OperatorToken, core.AuditorToken, workerUrl: LocalWorker.DefaultUrl);
            await facade.StartAsync(stop.Token);
            // After the core: the core's start creates its store, which the engine writes into.
            await using var worker = LocalWorker.Build(dataFolder, core.OperatorToken, core.AuditorToken);
            await worker.StartAsync(stop.Token);

            // SIGTERM (and Ctrl-C) reach each host's lifetime: stop the whole run then.
            foreach (var (_, app) in standIns.Apps.Append(("core", core.App)).Append(("facade", facade.App)).Append(("worker", worker.App)))
            {
                app.Lifetime.ApplicationStopping.Register(stop.Cancel);
            }

            QuickStart.Write(output, clock, SamplesFolder.Locate(), standIns.Urls, core, facade, worker, (plan.FirstDay, plan.LastDay));
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            output.WriteLine("Stopped.");
        }

        return 0;
    }

    // The folder holding Strangler.sln above the working directory, else the working directory.
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Strangler.sln")))
            {
                return dir.FullName;
            }
        }

        return Environment.CurrentDirectory;
    }
}
