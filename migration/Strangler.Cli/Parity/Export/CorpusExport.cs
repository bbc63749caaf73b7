using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Strangler.Cli.Parity.Export;

/// <summary>
/// Exports the facade's comparison records as a replay corpus: pages through <c>GET /admin/v1/comparisons</c> (by id,
/// optionally one unit, after an id) and writes each record's request (<c>GET /admin/v1/comparisons/{id}</c>) as a
/// <see cref="CorpusEntry"/> line. The read role (auditor) is enough.
/// </summary>
public static class CorpusExport
{
    private const int PageSize = 1000;

    /// <summary>An admin API GET: the path relative to the facade, answered with its status and body.</summary>
    public delegate Task<(HttpStatusCode Status, string Body)> AdminGet(string relative, CancellationToken cancellationToken);

    /// <summary>Writes the entries to <paramref name="output"/>; returns how many and the last id written (0 when none).</summary>
    public static async Task<(int Count, long LastId)> WriteAsync(
        AdminGet get, TextWriter output, string? unit, long after, int? max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(get);
        ArgumentNullException.ThrowIfNull(output);
        var count = 0;
        var last = 0L;
        var unitQuery = unit is null ? "" : "unit=" + Uri.EscapeDataString(unit) + "&";
        while (max is null || count < max)
        {
            var page = Read<List<ListedComparison>>(await get(
                string.Create(CultureInfo.InvariantCulture, $"admin/v1/comparisons?{unitQuery}after={after}&max={PageSize}"), cancellationToken));
            if (page.Count == 0)
            {
                break;
            }

            foreach (var record in page.Take(max is null ? page.Count : max.Value - count))
            {
                var bodies = Read<RecordedBodies>(await get(
                    string.Create(CultureInfo.InvariantCulture, $"admin/v1/comparisons/{record.Id}"), cancellationToken));
                var entry = new CorpusEntry(record.Id, record.At, record.Interface, record.Unit, record.Method, record.Path, record.MessageType, bodies.Request);
                await output.WriteLineAsync(entry.ToLine().AsMemory(), cancellationToken);
                count++;
                last = record.Id;
            }

            after = page[^1].Id;
        }

        await output.FlushAsync(cancellationToken);
        return (count, last);
    }

    /// <summary>The same with an <see cref="HttpClient"/> whose base address is the facade and which carries the bearer token.</summary>
    public static Task<(int Count, long LastId)> WriteAsync(
        HttpClient admin, TextWriter output, string? unit, long after, int? max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(admin);
        return WriteAsync(async (relative, ct) =>
        {
            using var response = await admin.GetAsync(new Uri(relative, UriKind.Relative), ct);
            return (response.StatusCode, await response.Content.ReadAsStringAsync(ct));
        }, output, unit, after, max, cancellationToken);
    }

    private static T Read<T>((HttpStatusCode Status, string Body) answer)
        where T : class
    {
        if ((int)answer.Status is < 200 or >= 300)
        {
            throw new CorpusExportException($"The facade answered {(int)answer.Status}: {answer.Body}");
        }

        try
        {
            return JsonSerializer.Deserialize<T>(answer.Body, CorpusEntry.Json) ?? throw new CorpusExportException("The facade answered an empty body.");
        }
        catch (JsonException e)
        {
            throw new CorpusExportException($"The facade's answer is not the expected JSON: {e.Message}");
        }
    }

    private sealed record ListedComparison(long Id, DateTimeOffset At, string Interface, string? Unit, string Method, string Path, string? MessageType);

    private sealed record RecordedBodies(long Id, string Request);
}

/// <summary>The facade refused or could not be read while exporting.</summary>
public sealed class CorpusExportException(string message) : Exception(message);
