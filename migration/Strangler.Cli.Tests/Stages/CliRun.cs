namespace Strangler.Cli.Tests.Stages;

/// <summary>One run of the <c>strangler</c> command: its exit code and what it wrote.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Start(string[] args, Func<string, string?> environment, TimeProvider clock)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = StranglerCommand.Run(args, output, error, clock, environment);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
