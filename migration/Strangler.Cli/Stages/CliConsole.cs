using Spectre.Console;

namespace Strangler.Cli.Stages;

/// <summary>
/// The console every admin command writes through: colours and live widgets only on a real terminal; in logs and scripts
/// plain text at a width that keeps table columns whole.
/// </summary>
internal static class CliConsole
{
    public static IAnsiConsole For(TextWriter output)
    {
        var interactive = ReferenceEquals(output, System.Console.Out) && !System.Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive)
        {
            console.Profile.Width = Math.Max(console.Profile.Width, 160);
        }

        return console;
    }
}
