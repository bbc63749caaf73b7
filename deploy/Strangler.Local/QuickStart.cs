using System.Globalization;
using Strangler.Contracts.Time;

namespace Strangler.Local;

/// <summary>
/// What <c>dotnet run --project deploy/Strangler.Local</c> prints at this stage: the built components, the
/// contract samples, and the services that do not exist yet. It claims nothing it has not checked.
/// </summary>
internal static class QuickStart
{
    public static void Write(TextWriter output, TimeProvider clock, string? samplesFolder, IReadOnlyList<(string Name, string Url)> running, LocalCore core, LocalFacade facade, LocalWorker worker,
        (DateOnly First, DateOnly Last) historyDays)
    {
        var now = HongKongTime.Now(clock);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Strangler, local run, {now:yyyy-MM-dd HH:mm:ss zzz} (Hong Kong time)"));
        output.WriteLine();

        output.WriteLine("Built components (this command was built with them):");
        foreach (var component in Component.Built)
        {
            var types = component.PublicTypeCount();
            var state = types is { } count ? $"built, {count} public types" : "missing";
            output.WriteLine($"  {component.Assembly,-22}{state,-24}{component.Purpose}");
        }

        output.WriteLine();
        if (samplesFolder is null)
        {
            output.WriteLine("Contract samples: not found (expected ../shared/contracts/samples beside the repository, or set STRANGLER_CONTRACTS).");
        }
        else
        {
            output.WriteLine($"Contract samples: {samplesFolder}");
            foreach (var folder in Directory.GetDirectories(samplesFolder).Order(StringComparer.Ordinal))
            {
                output.WriteLine($"  {Path.GetFileName(folder),-8}{Directory.GetFiles(folder).Length,3} request bodies");
            }
        }

        output.WriteLine();
        output.WriteLine("Running (SQLite stores under .local/data; client keys: the seven sample keys and the history's hist-… keys):");
        output.WriteLine($"  facade                   {facade.Url,-24}what clients call: /gets/…, /eman/…, /rocars/…, /accs/…; /admin/v1/…, /metrics, /healthz");
        foreach (var (name, url) in running)
        {
            output.WriteLine($"  legacy {name.ToUpperInvariant(),-8}stand-in   {url,-24}/healthz, /{name}/…");
        }

        output.WriteLine($"  new core                 {core.Url,-24}/healthz, /gets/…, /eman/…, /rocars/…, /accs/…, /api/v1/…, /openapi/v1.json");
        output.WriteLine($"  migration worker         {worker.Url,-24}/admin/v1/backfill/…, /admin/v1/reconciliation/…, /metrics, /healthz (Quartz in scheduler.db; the backfill engine: stand-ins' stores -> core.db; the facade's backfill-reconciled gate asks it)");
        output.WriteLine($"    admin tokens of this run, facade, core and worker (Authorization: Bearer …): operator {core.OperatorToken}");
        output.WriteLine($"                                                                    auditor  {core.AuditorToken}");

        output.WriteLine();
        output.WriteLine("Not yet running (later issues; the URLs they will use):");
        foreach (var service in PlannedService.All.Where(s => !s.Name.StartsWith("legacy", StringComparison.Ordinal) && s.Name is not "new core" and not "facade" and not "migration worker"))
        {
            output.WriteLine($"  {service.Name,-24}{service.Url,-24}{service.Purpose}");
        }

        output.WriteLine();
        output.WriteLine("Every unit starts in legacy. Try:");
        output.WriteLine($"  curl -s -H 'X-Api-Key: test-hactl' '{facade.Url}/accs/v1/status?max=3'                       (through the facade)");
        output.WriteLine($"  export STRANGLER_TOKEN={core.OperatorToken} STRANGLER_FACADE_URL={facade.Url}");
        output.WriteLine("  dotnet run --project migration/Strangler.Cli -- stage set road shadow --reason \"try shadow locally\"");
        output.WriteLine("  dotnet run --project migration/Strangler.Cli -- stage status");
        output.WriteLine("  dotnet run --project migration/Strangler.Cli -- stage set road legacy --reason \"back to legacy\"");
        output.WriteLine($"     curl -s -H 'X-Api-Key: test-tradelink' '{core.Url}/api/v1/documents?limit=5'");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  dotnet run --project migration/Strangler.Cli -- backfill start road --first-day {historyDays.First:yyyy-MM-dd} --last-day {historyDays.Last:yyyy-MM-dd}"));
        output.WriteLine("  dotnet run --project migration/Strangler.Cli -- backfill status --watch                 (worker: STRANGLER_WORKER_URL, default " + worker.Url + ")");
        output.WriteLine("  dotnet run --project migration/Strangler.Cli -- backfill reconciliation road            (reconciled when the backfill completes)");
        output.WriteLine("  dotnet run --project migration/Strangler.Cli -- stage gates road --to live             (the backfill-reconciled gate asks the worker)");
        output.WriteLine("Press Ctrl-C to stop.");
        output.WriteLine();
        output.WriteLine("Run every test with ./test.sh");
    }
}
