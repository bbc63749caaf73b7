using System.Net;
using Spectre.Console;
using Strangler.Cli.Stages;

namespace Strangler.Cli.Backfill;

/// <summary>One backfill subcommand's call: the worker's client, where to write, and how a failed answer is reported.</summary>
internal sealed record BackfillSession(AdminClient Client, IAnsiConsole Console, bool Json, TextWriter Output, TextWriter Error, TimeProvider Clock)
{
    /// <summary>A successful answer: as JSON when asked, else written for humans by <paramref name="write"/>.</summary>
    public int Show<T>(AdminAnswer answer, Action<IAnsiConsole, T> write)
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
            Error.WriteLine($"The worker answered {(int)answer.Status} with a body this command does not understand.");
            return StranglerCommand.Invalid;
        }

        return StranglerCommand.Ok;
    }

    /// <summary>A refused or failed answer: its status, title and detail (and the unit's state), exit 1.</summary>
    public int Problem(AdminAnswer answer)
    {
        if (Json && !string.IsNullOrWhiteSpace(answer.Body))
        {
            Output.WriteLine(answer.Body);
        }

        var problem = answer.As<BackfillProblemView>();
        switch (answer.Status)
        {
            case HttpStatusCode.Unauthorized:
                Error.WriteLine($"401 Unauthorized: the worker does not accept this token (check ${FacadeTarget.TokenVariable} or --token-file).");
                break;
            case HttpStatusCode.Forbidden:
                Error.WriteLine("403 Forbidden: this token's role may not do this (starting, pausing, resuming, cancelling and re-running need the operator role; auditors only read).");
                break;
            default:
                Error.WriteLine($"{(int)answer.Status} {problem?.Title ?? answer.Status.ToString()}: {problem?.Detail ?? "(no detail)"}");
                break;
        }

        if (answer.Status == HttpStatusCode.Conflict && problem?.State is { } state)
        {
            Error.WriteLine($"The unit is {state}.");
        }

        return StranglerCommand.Invalid;
    }
}
