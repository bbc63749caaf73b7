using Strangler.Cli.Stages;

namespace Strangler.Cli.Backfill;

/// <summary>What every <c>strangler backfill</c> subcommand shares: the migration worker's admin API (<see cref="ServiceCall{TSession}"/>).</summary>
internal sealed class BackfillCall(TextWriter output, TextWriter error, Func<string, string?> environment, TimeProvider clock)
    : ServiceCall<BackfillSession>(output, error, environment, Worker, "Print the worker's JSON as it is.",
        (client, console, json) => new BackfillSession(client, console, json, output, error, clock))
{
    public const string UrlVariable = "STRANGLER_WORKER_URL";
    public const string DefaultUrl = "http://127.0.0.1:5186";

    private static readonly FacadeTarget.Service Worker = new("migration worker", "--worker", UrlVariable, DefaultUrl);
}
