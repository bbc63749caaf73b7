using System.CommandLine;
using Strangler.Cli.Messages;

namespace Strangler.Cli;

/// <summary>
/// The `strangler` command line of the migration team. Exit codes: 0 success, 1 the thing checked is
/// invalid (or the operation failed), 2 usage error.
/// </summary>
public static class StranglerCommand
{
    public const int Ok = 0;
    public const int Invalid = 1;
    public const int UsageError = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider clock) =>
        Run(args, output, error, clock, Environment.GetEnvironmentVariable);

    /// <param name="environment">Reads an environment variable (the admin token, the facade URL); tests pass their own.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider clock, Func<string, string?> environment)
    {
        var root = new RootCommand("Strangler: the Trade Single Window Phase 3 migration tool.")
        {
            MessageCommand.Create(output, error, clock),
            History.HistoryCommand.Create(output, error, clock),
            Stages.StageCommand.Create(output, error, environment),
            Parity.ParityCommand.Create(output, error, environment, clock),
            Backfill.BackfillCommand.Create(output, error, environment, clock),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine(parseError.Message);
            }

            error.WriteLine("Run 'strangler --help' for usage.");
            return UsageError;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
