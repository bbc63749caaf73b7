using System.CommandLine;
using System.Globalization;
using Strangler.Contracts.Checking;
using Strangler.Contracts.Testing;
using Strangler.Contracts.Time;

namespace Strangler.Cli.Messages;

/// <summary>`strangler message check &lt;file&gt; [--at &lt;time&gt;]`: detect, decode and validate one message file.</summary>
internal static class MessageCommand
{
    public static Command Create(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var file = new Argument<FileInfo>("file") { Description = "The message file: EDIFACT (GETS, EMAN), Cargo-IMP (ACCS) or ROCARS XML." };
        var at = new Option<string?>("--at")
        {
            Description = "Received-at time for time-window rules, e.g. 2026-11-26T12:00:00+08:00 (no offset means Hong Kong time). Default: now.",
        };
        var profile = new Option<string>("--rules")
        {
            Description = "Whose rules apply where the contracts let them differ: legacy or new-core.",
            DefaultValueFactory = _ => "legacy",
        };
        profile.AcceptOnlyFromAmong("legacy", "new-core");
        var fill = new Option<bool>("--fill-sample-placeholders")
        {
            Description = "Fill ${NOW…} placeholders of the contract samples against --at before checking.",
        };

        var check = new Command("check", "Detect the syntax, decode and validate one message; print what it holds or its contract errors.")
        {
            file, at, profile, fill,
        };
        check.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(file)!;
            if (!TryReadReceivedAt(parseResult.GetValue(at), clock, out var receivedAt))
            {
                error.WriteLine($"--at: '{parseResult.GetValue(at)}' is not a date and time (use 2026-11-26T12:00:00+08:00).");
                return StranglerCommand.UsageError;
            }

            if (!path.Exists)
            {
                error.WriteLine($"{path.FullName}: no such file.");
                return StranglerCommand.UsageError;
            }

            byte[] body;
            try
            {
                body = File.ReadAllBytes(path.FullName);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"{path.FullName}: {e.Message}");
                return StranglerCommand.UsageError;
            }

            if (parseResult.GetValue(fill))
            {
                body = SamplePlaceholders.Fill(body, receivedAt, _ => "C260115000000019");
            }

            var rules = parseResult.GetValue(profile) == "new-core" ? RuleProfile.NewCore : RuleProfile.Legacy;
            var result = MessageInspector.Check(body, new CheckContext(receivedAt, null, rules));
            MessageReport.Write(output, path.Name, receivedAt, rules, result);
            return result.IsValid ? StranglerCommand.Ok : StranglerCommand.Invalid;
        });

        return new Command("message", "Work with legacy interface messages.") { check };
    }

    internal static bool TryReadReceivedAt(string? text, TimeProvider clock, out DateTimeOffset receivedAt)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            receivedAt = HongKongTime.ReceivedAt(clock);
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) && HasOffset(text))
        {
            receivedAt = HongKongTime.TruncateToSeconds(HongKongTime.ToHongKong(parsed));
            return true;
        }

        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            receivedAt = HongKongTime.TruncateToSeconds(HongKongTime.FromLocal(local));
            return true;
        }

        receivedAt = default;
        return false;
    }

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
}
