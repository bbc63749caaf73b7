using System.CommandLine;
using System.Net.Sockets;
using Spectre.Console;

namespace Strangler.Cli.Stages;

/// <summary>
/// What every admin subcommand against one service (the facade, the migration worker) shares: the options naming the
/// service and the token, <c>--json</c>, and one way to call its admin API and turn an unreachable service into a
/// message and an exit code. <paramref name="open"/> makes the command's session (how answers and problems are shown).
/// </summary>
internal class ServiceCall<TSession>(
    TextWriter output, TextWriter error, Func<string, string?> environment, FacadeTarget.Service service, string jsonDescription,
    Func<AdminClient, IAnsiConsole, bool, TSession> open)
{
    private readonly Option<string?> _url = new(service.Option)
    {
        Description = $"Base URL of the {service.Name}. Default: ${service.UrlVariable}, else {service.DefaultUrl}.",
    };

    private readonly Option<FileInfo?> _tokenFile = new("--token-file")
    {
        Description = $"A file holding the admin bearer token. Default: ${FacadeTarget.TokenVariable}. (Never a command-line value: it would land in shell history.)",
    };

    private readonly Option<bool> _json = new("--json") { Description = jsonDescription };

    public Command With(Command command)
    {
        command.Options.Add(_url);
        command.Options.Add(_tokenFile);
        command.Options.Add(_json);
        return command;
    }

    /// <summary>Runs <paramref name="work"/> against the service; it returns the exit code.</summary>
    public int Run(ParseResult result, Func<TSession, Task<int>> work)
    {
        if (!FacadeTarget.TryResolve(service, result.GetValue(_url), result.GetValue(_tokenFile), environment, out var target, out var problem))
        {
            error.WriteLine(problem);
            return StranglerCommand.UsageError;
        }

        using var client = new AdminClient(target!);
        try
        {
            // The command line is synchronous; the admin client never needs the caller's context.
            return Task.Run(() => work(open(client, CliConsole.For(output), result.GetValue(_json)))).GetAwaiter().GetResult();
        }
        catch (HttpRequestException e)
        {
            var why = e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused } ? "connection refused" : e.Message;
            error.WriteLine($"Cannot reach the {service.Name} at {client.BaseAddress}: {why}. Is it running? ({service.Option} or ${service.UrlVariable})");
            return StranglerCommand.Invalid;
        }
        catch (TaskCanceledException)
        {
            error.WriteLine($"The {service.Name} at {client.BaseAddress} did not answer in time.");
            return StranglerCommand.Invalid;
        }
    }
}
