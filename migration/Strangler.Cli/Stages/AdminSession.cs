using System.Net;
using Spectre.Console;

namespace Strangler.Cli.Stages;

/// <summary>One subcommand's call: the client, where to write, and how a failed answer is reported.</summary>
internal sealed record AdminSession(AdminClient Client, IAnsiConsole Console, bool Json, TextWriter Output, TextWriter Error)
{
    /// <summary>A successful answer: as JSON when asked, else written for humans by <paramref name="write"/>.</summary>
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
            Error.WriteLine($"The facade answered {(int)answer.Status} with a body this command does not understand.");
            return StranglerCommand.Invalid;
        }

        return exitCode?.Invoke(view) ?? StranglerCommand.Ok;
    }

    /// <summary>A refused or failed answer: its status, title and detail (and failed gates), exit 1.</summary>
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
                Error.WriteLine($"401 Unauthorized: the facade does not accept this token (check ${FacadeTarget.TokenVariable} or --token-file).");
                break;
            case HttpStatusCode.Forbidden:
                Error.WriteLine("403 Forbidden: this token's role may not do this (changing stages needs the operator role; auditors only read).");
                break;
            default:
                Error.WriteLine($"{(int)answer.Status} {problem?.Title ?? answer.Status.ToString()}: {problem?.Detail ?? "(no detail)"}");
                break;
        }

        if (problem?.CurrentRevision is { } revision)
        {
            Error.WriteLine($"Current routing revision: {revision}.");
        }

        if (problem?.Gates is { } gates)
        {
            if (!Json)
            {
                StageReport.Gates(Console, gates);
            }

            Error.WriteLine("To move anyway, repeat with --override (and a reason that says why): it is logged as an override.");
        }

        return StranglerCommand.Invalid;
    }
}
