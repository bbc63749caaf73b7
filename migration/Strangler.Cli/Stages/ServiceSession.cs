using System.Net;
using Spectre.Console;

namespace Strangler.Cli.Stages;

/// <summary>
/// One admin subcommand's call against a service: the client, where to write, how an answer is shown and how a failed
/// one is reported (status, title, detail; what a 401 and a 403 mean). A service adds what its problems carry.
/// </summary>
internal abstract record ServiceSession(AdminClient Client, IAnsiConsole Console, bool Json, TextWriter Output, TextWriter Error)
{
    /// <summary>How answers name the service ("facade", "worker").</summary>
    protected abstract string ServiceName { get; }

    /// <summary>What a 403 means here (which role may do what).</summary>
    protected abstract string Forbidden { get; }

    /// <summary>A successful answer: as JSON when asked, else written for humans by <paramref name="write"/>; the exit code from <paramref name="exitCode"/> (default 0).</summary>
    public int Show<T>(AdminAnswer answer, Action<IAnsiConsole, T> write, Func<T, int>? exitCode = null)
        where T : class
    {
        if (!answer.IsSuccess)
        {
            return Problem(answer);
        }

        var view = answer.As<T>();
        if (Json)
        {
            Output.WriteLine(answer.Body);
        }
        else if (view is not null)
        {
            write(Console, view);
        }

        if (view is null)
        {
            Error.WriteLine($"The {ServiceName} answered {(int)answer.Status} with a body this command does not understand.");
            return StranglerCommand.Invalid;
        }

        return exitCode?.Invoke(view) ?? StranglerCommand.Ok;
    }

    /// <summary>A refused or failed answer: its status, title and detail, then what the service's problem adds; exit 1.</summary>
    public int Problem(AdminAnswer answer)
    {
        if (Json && !string.IsNullOrWhiteSpace(answer.Body))
        {
            Output.WriteLine(answer.Body);
        }

        var problem = answer.As<ProblemView>();
        switch (answer.Status)
        {
            case HttpStatusCode.Unauthorized:
                Error.WriteLine($"401 Unauthorized: the {ServiceName} does not accept this token (check ${FacadeTarget.TokenVariable} or --token-file).");
                break;
            case HttpStatusCode.Forbidden:
                Error.WriteLine("403 Forbidden: this token's role may not do this (" + Forbidden + ").");
                break;
            default:
                Error.WriteLine($"{(int)answer.Status} {problem?.Title ?? answer.Status.ToString()}: {problem?.Detail ?? "(no detail)"}");
                break;
        }

        Explain(answer);
        return StranglerCommand.Invalid;
    }

    /// <summary>What the service's problem answer carries beyond title and detail (none by default).</summary>
    protected virtual void Explain(AdminAnswer answer)
    {
    }
}
