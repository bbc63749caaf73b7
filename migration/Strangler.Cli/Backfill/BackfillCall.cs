using System.CommandLine;
using System.Net.Sockets;
using Spectre.Console;
using Strangler.Cli.Stages;

namespace Strangler.Cli.Backfill;

/// <summary>
/// What every <c>strangler backfill</c> subcommand shares: the options naming the worker and the token, <c>--json</c>,
/// and one way to turn an unreachable worker or a problem answer into a message and an exit code.
/// </summary>
internal sealed class BackfillCall(TextWriter output, TextWriter error, Func<string, string?> environment, TimeProvider clock)
{
    public const string UrlVariable = "STRANGLER_WORKER_URL";
    public const string DefaultUrl = "http://127.0.0.1:5186";

    private static readonly FacadeTarget.Service Worker = new("migration worker", "--worker", UrlVariable, DefaultUrl);

    private readonly Option<string?> _worker = new("--worker")
    {
        Description = $"Base URL of the migration worker. Default: ${UrlVariable}, else {DefaultUrl}.",
    };

    private readonly Option<FileInfo?> _tokenFile = new("--token-file")
    {
        Description = $"A file holding the admin bearer token. Default: ${FacadeTarget.TokenVariable}. (Never a command-line value: it would land in shell history.)",
    };

    private readonly Option<bool> _json = new("--json") { Description = "Print the worker's JSON as it is." };

    public Command With(Command command)
    {
        command.Options.Add(_worker);
        command.Options.Add(_tokenFile);
        command.Options.Add(_json);
        return command;
    }

    /// <summary>Runs <paramref name="work"/> against the worker; it returns the exit code.</summary>
    public int Run(ParseResult result, Func<BackfillSession, Task<int>> work)
    {
        if (!FacadeTarget.TryResolve(Worker, result.GetValue(_worker), result.GetValue(_tokenFile), environment, out var target, out var problem))
        {
            error.WriteLine(problem);
            return StranglerCommand.UsageError;
        }

        using var client = new AdminClient(target!);
        try
        {
            // The command line is synchronous; the admin client never needs the caller's context.
            return Task.Run(() => work(new BackfillSession(client, CliConsole.For(output), result.GetValue(_json), output, error, clock))).GetAwaiter().GetResult();
        }
        catch (HttpRequestException e)
        {
            var why = e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused } ? "connection refused" : e.Message;
            error.WriteLine($"Cannot reach the migration worker at {client.BaseAddress}: {why}. Is it running? (--worker or ${UrlVariable})");
            return StranglerCommand.Invalid;
        }
        catch (TaskCanceledException)
        {
            error.WriteLine($"The migration worker at {client.BaseAddress} did not answer in time.");
            return StranglerCommand.Invalid;
        }
    }
}
