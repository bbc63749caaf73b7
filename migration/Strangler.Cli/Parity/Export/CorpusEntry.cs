using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Strangler.Cli.Parity.Export;

/// <summary>
/// One request of an exported replay corpus (a line of <c>corpus.jsonl</c>): the comparison it came from, when it was
/// received (Hong Kong time), where it went and its body as text. No API key and no answers: a replay sends it with a
/// key of its own and gets fresh answers from both systems.
/// </summary>
public sealed record CorpusEntry(
    long Id,
    DateTimeOffset At,
    string Interface,
    string? Unit,
    string Method,
    string Path,
    string? MessageType,
    string Body)
{
    /// <summary>camelCase, one line per entry, the bodies' characters kept as they are (the file is not HTML).</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new HongKongInstant() },
    };

    public string ToLine() => JsonSerializer.Serialize(this, Json);

    public static CorpusEntry Parse(string line) =>
        JsonSerializer.Deserialize<CorpusEntry>(line, Json) ?? throw new JsonException("An empty corpus line.");

    /// <summary>Every entry of a corpus file, in the file's order (blank lines skipped).</summary>
    public static IReadOnlyList<CorpusEntry> ReadFile(string path) =>
        File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)).Select(Parse).ToList();

    /// <summary>Writes instants as ISO 8601 in Hong Kong time (<c>+08:00</c>), to the millisecond.</summary>
    private sealed class HongKongInstant : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetDateTimeOffset();

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(Strangler.Contracts.Time.HongKongTime.ToHongKong(value)
                .ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", System.Globalization.CultureInfo.InvariantCulture));
    }
}
