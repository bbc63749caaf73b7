using System.CommandLine;
using Strangler.Cli.Stages;

namespace Strangler.Cli.Parity.Export;

/// <summary><c>strangler parity export</c>: the facade's recorded traffic as a replay corpus file.</summary>
internal static class ExportCommand
{
    public const string Help =
        "Export the facade's comparison records as a replay corpus: one JSON line per record (id, at: the record's " +
        "Hong Kong time, ISO 8601 with +08:00, interface, unit, method, path, messageType, body: the request as UTF-8 text), " +
        "in id order. No API keys and no answers are written: a replay sends each request with a test key of the " +
        "interface's role and gets fresh answers from both systems. The read (auditor) role is enough.";

    public static Command Create(AdminCall call, TextWriter output, TextWriter error)
    {
        var file = new Option<FileInfo>("--out") { Description = "The corpus file to write (JSON lines; replaced if it exists).", Required = true };
        var unit = new Option<string?>("--unit") { Description = "Only this unit's records (road, air, sea, river or rail)." };
        var after = new Option<long>("--after") { Description = "Only records with a larger id (continue an earlier export: its last id)." };
        var max = new Option<int?>("--max") { Description = "At most this many records." };
        var export = call.With(new Command("export", Help) { file, unit, after, max });
        export.SetAction(result => call.Run(result, async session =>
        {
            if (result.GetValue(after) < 0 || result.GetValue(max) is < 1)
            {
                error.WriteLine("--after is 0 or more, --max 1 or more.");
                return StranglerCommand.UsageError;
            }

            var path = result.GetValue(file)!.FullName;
            try
            {
                (int Count, long LastId) written;
                await using (var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)))
                {
                    written = await CorpusExport.WriteAsync(
                        async (relative, ct) =>
                        {
                            var answer = await session.Client.GetAsync(relative, ct);
                            return (answer.Status, answer.Body);
                        },
                        writer, result.GetValue(unit), result.GetValue(after), result.GetValue(max), CancellationToken.None);
                }

                output.WriteLine($"Exported {written.Count} requests to {path}" + (written.Count > 0 ? $" (last id {written.LastId}: continue with --after {written.LastId})" : ""));
                return StranglerCommand.Ok;
            }
            catch (CorpusExportException e)
            {
                error.WriteLine(e.Message);
                return StranglerCommand.Invalid;
            }
            catch (IOException e)
            {
                error.WriteLine($"Cannot write the corpus: {e.Message}");
                return StranglerCommand.Invalid;
            }
        }));
        return export;
    }
}
