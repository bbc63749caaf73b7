using System.Net;
using Spectre.Console;
using Strangler.Cli.Stages;

namespace Strangler.Cli.Backfill;

/// <summary>One <c>strangler backfill</c> subcommand's call against the worker; a refused command (409) carries the unit's state.</summary>
internal sealed record BackfillSession(AdminClient Client, IAnsiConsole Console, bool Json, TextWriter Output, TextWriter Error, TimeProvider Clock)
    : ServiceSession(Client, Console, Json, Output, Error)
{
    protected override string ServiceName => "worker";

    protected override string Forbidden =>
        "starting, pausing, resuming, cancelling and re-running need the operator role; auditors only read";

    protected override void Explain(AdminAnswer answer)
    {
        if (answer.Status == HttpStatusCode.Conflict && answer.As<BackfillProblemView>()?.State is { } state)
        {
            Error.WriteLine($"The unit is {state}.");
        }
    }
}
