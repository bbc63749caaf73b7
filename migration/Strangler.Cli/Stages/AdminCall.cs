using System.CommandLine;
using System.Net.Sockets;
using Spectre.Console;

namespace Strangler.Cli.Stages;

/// <summary>
/// What every <c>strangler stage</c> subcommand shares: the options naming the facade and the token, <c>--json</c>,
/// and one way to call the admin API and turn an unreachable facade or a problem answer into a message and an exit code.
/// </summary>
internal sealed class AdminCall(TextWriter output, TextWriter error, Func<string, string?> environment)
{
    private readonly Option<string?> _facade = new("--facade")
    {
        Description = $"Base URL of the facade. Default: ${FacadeTarget.UrlVariable}, else {FacadeTarget.DefaultUrl}.",
    };

    private readonly Option<FileInfo?> _tokenFile = new("--token-file")
    {
        Description = $"A file holding the admin bearer token. Default: ${FacadeTarget.TokenVariable}. (Never a command-line value: it would land in shell history.)",
    };

    private readonly Option<bool> _json = new("--json") { Description = "Print the admin API's JSON as it is." };

    public Command With(Command command)
    {
        command.Options.Add(_facade);
        command.Options.Add(_tokenFile);
        command.Options.Add(_json);
        return command;
    }

    /// <summary>Runs <paramref name="work"/> against the facade; it returns the exit code.</summary>
    public int Run(ParseResult result, Func<AdminSession, Task<int>> work)
    {
        if (!FacadeTarget.TryResolve(result.GetValue(_facade), result.GetValue(_tokenFile), environment, out var target, out var problem))
        {
            error.WriteLine(problem);
            return StranglerCommand.UsageError;
        }

        using var client = new AdminClient(target!);
        try
        {
            // The command line is synchronous; the admin client never needs the caller's context.
            return Task.Run(() => work(new AdminSession(client, CliConsole.For(output), result.GetValue(_json), output, error))).GetAwaiter().GetResult();
        }
        catch (HttpRequestException e)
        {
            var why = e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused } ? "connection refused" : e.Message;
            error.WriteLine($"Cannot reach the facade at {client.BaseAddress}: {why}. Is it running? (--facade or ${FacadeTarget.UrlVariable})");
            return StranglerCommand.Invalid;
        }
        catch (TaskCanceledException)
        {
            error.WriteLine($"The facade at {client.BaseAddress} did not answer in time.");
            return StranglerCommand.Invalid;
        }
    }
}
