using Spectre.Console;

namespace Strangler.Cli.Stages;

/// <summary>One <c>strangler stage</c> subcommand's call against the facade; its problems may carry the routing revision and failed gates.</summary>
internal sealed record AdminSession(AdminClient Client, IAnsiConsole Console, bool Json, TextWriter Output, TextWriter Error)
    : ServiceSession(Client, Console, Json, Output, Error)
{
    protected override string ServiceName => "facade";

    protected override string Forbidden => "changing stages needs the operator role; auditors only read";

    protected override void Explain(AdminAnswer answer)
    {
        var problem = answer.As<ProblemView>();
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
    }
}
