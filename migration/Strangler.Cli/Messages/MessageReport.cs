using Strangler.Contracts.Checking;

namespace Strangler.Cli.Messages;

/// <summary>Writes the readable result of a message check.</summary>
internal static class MessageReport
{
    public static void Write(TextWriter output, string fileName, DateTimeOffset receivedAt, RuleProfile rules, MessageCheck result)
    {
        output.WriteLine($"{fileName}: {result.Syntax} {result.MessageType}");
        output.WriteLine($"  checked at {receivedAt:yyyy-MM-dd'T'HH:mm:sszzz} with {(rules == RuleProfile.NewCore ? "new-core" : "legacy")} rules");
        foreach (var line in result.Summary)
        {
            output.WriteLine($"  {line}");
        }

        if (result.IsValid)
        {
            output.WriteLine("  VALID");
            return;
        }

        output.WriteLine($"  INVALID: {result.Errors.Count} contract error(s)");
        foreach (var contractError in result.Errors)
        {
            output.WriteLine($"  {contractError}");
        }
    }
}
