namespace Strangler.Cli.Stages;

/// <summary>What every <c>strangler stage</c> subcommand shares: the facade's admin API (<see cref="ServiceCall{TSession}"/>).</summary>
internal sealed class AdminCall(TextWriter output, TextWriter error, Func<string, string?> environment)
    : ServiceCall<AdminSession>(output, error, environment, FacadeTarget.Facade, "Print the admin API's JSON as it is.",
        (client, console, json) => new AdminSession(client, console, json, output, error));
